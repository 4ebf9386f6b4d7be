import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHtml } from './parse-html';
import { extractArticle } from '../../utils/article/extract-article';
import { bylineMatches, type Half } from './quality-readability-gold';
import { norm } from './quality-golden';

export const FIELD_PAGES_DIR = resolve(import.meta.dirname, '../../bench-results/dev/fields');

/** A page's hand-stated fields (scripts/data/field-pages.ts); null where its test states none. */
export interface FieldGold {
  url: string;
  title: string | null;
  author: string | null;
  /** ISO time, as the test states it (UTC). */
  published: string | null;
}

/**
 * The field set (`npm run data:fields`, scripts/data/field-pages.ts): about 140 real sites' pages
 * with their title, author and publication time written down by hand in the Postlight parser's
 * tests. Scored for Lede beside plain Readability. Halved once by alphabetical index: "dev" (even)
 * is where misses may be read while tuning rules, "check" (odd) only measures, so a gain that
 * holds on dev alone shows.
 */
export interface FieldRow {
  page: string;
  half: Half;
  url: string;
  gold: FieldGold;
  lede: Answers;
  plain: Answers;
  /** Lede's page type says article: every page of the set is a story (a sites' parser's test page), so a false is an article refused. */
  readerable: boolean;
  error?: string;
}

interface Answers {
  title: string | null;
  byline: string | null;
  published: string | null;
}

export interface FieldScore {
  title: boolean | null;
  byline: boolean | null;
  published: boolean | null;
}

export function listFieldPages(root = FIELD_PAGES_DIR): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** The gold's author line as names: "JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL" is three. */
export function goldNames(author: string): string[] {
  return author
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*/iu)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** Straight and typographic quotes and dashes are the same headline to a reader. */
const foldTitle = (s: string | null): string =>
  norm(s)
    .replace(/[‘’‚‛′]/gu, "'")
    .replace(/[“”„‟″]/gu, '"')
    .replace(/[‐‑‒–—]/gu, '-');

const HOUR_MS = 3_600_000;

/**
 * The publish day, as the issue measures it. The gold states a time in UTC (some of them the
 * page's local time marked UTC by mistake), a page's own date its local day: the day is right
 * when it is the gold's day in some time zone (UTC−12 to UTC+14).
 */
export function samePublished(got: string | null, gold: string): boolean {
  const goldMs = Date.parse(gold);
  if (got === null || Number.isNaN(goldMs)) return false;
  const day = got.slice(0, 10);
  return [-12, 0, 14].some((hours) => new Date(goldMs + hours * HOUR_MS).toISOString().slice(0, 10) === day);
}

export function scoreAnswers(answers: Answers, gold: FieldGold): FieldScore {
  return {
    title: gold.title === null ? null : foldTitle(answers.title) === foldTitle(gold.title),
    byline: gold.author === null ? null : bylineMatches(answers.byline, goldNames(gold.author)),
    published: gold.published === null ? null : samePublished(answers.published, gold.published),
  };
}

function plainAnswers(doc: Document): Answers {
  const parsed = new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (el) => el }).parse();
  return { title: parsed?.title ?? null, byline: parsed?.byline ?? null, published: parsed?.publishedTime ?? null };
}

function scoreFieldPage(name: string, half: Half, root: string): FieldRow {
  const gold = JSON.parse(readFileSync(join(root, `${name}.json`), 'utf8')) as FieldGold;
  const doc = parseHtml(readFileSync(join(root, `${name}.html`), 'utf8'), gold.url);
  try {
    const plain = plainAnswers(doc);
    const result = extractArticle(doc, gold.url);
    const lede: Answers = result.ok
      ? { title: result.article.title, byline: result.article.bylines.join(', ') || null, published: result.article.published }
      : { title: null, byline: null, published: null };
    const readerable = result.ok && result.article.readerable;
    return { page: name, half, url: gold.url, gold, lede, plain, readerable, ...(result.ok ? {} : { error: result.reason }) };
  } finally {
    doc.defaultView?.close();
  }
}

export function scoreFieldPages(onPage: (done: number, total: number) => void, root = FIELD_PAGES_DIR): FieldRow[] {
  const names = listFieldPages(root);
  return names.map((name, i) => {
    onPage(i + 1, names.length);
    return scoreFieldPage(name, i % 2 === 0 ? 'dev' : 'check', root);
  });
}
