import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article } from '../../utils/article/types';
import { norm, ownTextOccurrences, scoreCaptions } from './quality-golden';

/**
 * Our own gold for Readability's test pages (tests/fixtures/readability-gold.json): title,
 * bylines and captions marked by a person from each page's source.html. Readability's
 * expected-metadata.json is its own output and rewards agreeing with it; this gold is what a
 * reader sees. The pages are split once and for all into two halves by alphabetical index:
 * "dev" (even) is where misses may be looked at while tuning rules, "check" (odd) is not, so a
 * gain that only holds on dev shows as overfitting. Pages marked later say their half
 * (`"half": "dev"`) and leave that split as it was.
 */
export interface ReadabilityGold {
  title?: string;
  /** The people (or agency) credited for the story, as a reader would list them; [] for none. */
  bylines?: string[];
  /** The story's own captions without credits (long ones by their opening words). */
  captions?: string[];
  /**
   * The half of a page marked after the first split: "dev" for pages added to tune on. The pages
   * without it are the split's own, halved by their alphabetical index among themselves alone, so
   * a page added later never moves a page from one half to the other.
   */
  half?: Half;
}

export type Half = 'dev' | 'check';

export const READABILITY_GOLD_FILE = resolve(import.meta.dirname, '../../tests/fixtures/readability-gold.json');

/** Each page's half: its own `half`, or by its alphabetical index among the pages of the first split (those without one). */
export function halvesOf(pages: Readonly<Record<string, ReadabilityGold>>): Map<string, Half> {
  const names = Object.keys(pages).sort();
  const split = names.filter((name) => pages[name]?.half === undefined);
  return new Map(names.map((name) => [name, pages[name]?.half ?? (split.indexOf(name) % 2 === 0 ? 'dev' : 'check')]));
}

export function readReadabilityGold(): Map<string, { gold: ReadabilityGold; half: Half }> {
  const raw = JSON.parse(readFileSync(READABILITY_GOLD_FILE, 'utf8')) as { pages: Record<string, ReadabilityGold> };
  return new Map(Array.from(halvesOf(raw.pages), ([name, half]) => [name, { gold: raw.pages[name] ?? {}, half }]));
}

/** One extractor's answers on a page, scored against the gold: null where the gold is silent. */
export interface GoldScore {
  title: boolean | null;
  byline: boolean | null;
  /** Lede only: the list of names exactly as the gold lists them. */
  bylineExact: boolean | null;
  captionsTotal: number;
  captionsFound: number;
  /** Lede only (its body leaves captions out); plain Readability keeps them in its content. */
  captionsLeaked: number;
  got: { title: string | null; byline: string | null; lostCaptions: string[] };
}

/** Words that join or introduce names in a byline line, in the corpus's languages. */
const BYLINE_GLUE = /\b(?:by|and|with|par|et|avec|von|und|por|y|e|di|door|en)\b|[,&()·•|:;\-–—]/giu;

/**
 * A byline answer is right when it names every credited person and little else: once the
 * gold names and the words that join them are taken out, no word is left. The same rule for
 * Lede's list (joined) and plain Readability's one string, so "By X and Y" and ["X", "Y"] agree.
 */
export function bylineMatches(answer: string | null, gold: readonly string[]): boolean {
  let rest = norm(answer);
  if (gold.length === 0) return rest === '';
  for (const name of gold) {
    const n = norm(name);
    if (!rest.includes(n)) return false;
    rest = rest.replace(n, ' ');
  }
  return rest.replace(BYLINE_GLUE, ' ').trim() === '';
}

/** Straight and typographic quotes are the same headline to a reader ("…" and “…”). */
const foldQuotes = (s: string | null | undefined): string => norm(s).replace(/[‘’‚‛′]/gu, "'").replace(/[“”„‟″]/gu, '"');

export function goldOwnText(doc: Document, gold: ReadabilityGold): number[] {
  return ownTextOccurrences(doc, gold.captions ?? []);
}

export function scoreLede(article: Article | null, gold: ReadabilityGold, ownText: readonly number[]): GoldScore {
  const captions = gold.captions ?? [];
  const figures = article ? article.figures.map((f) => norm(f.caption)) : [];
  const byline = article ? article.bylines.join(', ') : null;
  return {
    title: gold.title === undefined ? null : foldQuotes(article?.title) === foldQuotes(gold.title),
    byline: gold.bylines === undefined ? null : bylineMatches(byline, gold.bylines),
    bylineExact: gold.bylines === undefined ? null : norm((article?.bylines ?? []).join('|')) === norm(gold.bylines.join('|')),
    ...scoreCaptions(article, captions, ownText),
    got: { title: article?.title ?? null, byline, lostCaptions: captions.filter((c) => !figures.some((f) => f.includes(norm(c)))) },
  };
}

export function scorePlain(plain: { title: string | null; byline: string | null; text: string }, gold: ReadabilityGold): GoldScore {
  const captions = gold.captions ?? [];
  const text = norm(plain.text);
  const lost = captions.filter((c) => !text.includes(norm(c)));
  return {
    title: gold.title === undefined ? null : foldQuotes(plain.title) === foldQuotes(gold.title),
    byline: gold.bylines === undefined ? null : bylineMatches(plain.byline, gold.bylines),
    bylineExact: null,
    captionsTotal: captions.length,
    captionsFound: captions.length - lost.length,
    captionsLeaked: 0,
    got: { title: plain.title, byline: plain.byline, lostCaptions: lost },
  };
}
