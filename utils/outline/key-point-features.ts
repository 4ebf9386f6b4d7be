import type { OutlineInput } from './input';
import { termsOf } from '../text/tokens';
import { contentTerms } from '../text/stop-words';
import { allLanguages, packFor, perPack, type LanguagePack } from '../lang';
import { escapeRegExp } from '../text/escape-regexp';

/**
 * What the key point scorer knows of a sentence. The order is the order of the weights in
 * key-point-weights.json (`npm run train:keypoints` writes both): change one, retrain.
 */
export const FEATURE_NAMES = [
  'bias',
  /** The article's first usable sentence: news puts the main fact there. */
  'first',
  /** 1 / (1 + rank of the sentence in the article). */
  'early',
  /** The second and the third sentence: how much the lead's follow-ups weigh is learned, not assumed to fall as 1/rank. */
  'second',
  'third',
  /** Rank of the sentence over the article's sentences, 0 at the top, 1 at the end. */
  'relativePosition',
  /** The sentence opens a paragraph after the first: writers put a paragraph's point first. */
  'opensParagraph',
  /** Words the article repeats (log document frequency, per sentence, scaled to the article's best). */
  'centrality',
  /** Share of the first sentence's words it repeats: a restatement of the lead adds little. */
  'leadOverlap',
  /** Share of the title's words it has. */
  'title',
  'hasNumber',
  /** Capitalised words inside the sentence (names of people, places, bodies), per word. */
  'names',
  /** A verb of speech from the language pack ("said", "cho biết"): the reaction, the claim. */
  'speech',
  /** Quotation marks: a direct quote is colour more often than the story. */
  'quoted',
  /** Opens on a quotation mark: the quote itself speaks, the sentence does not report the news. */
  'opensWithQuote',
  /** Words, over 30. */
  'length',
  /** Under 10 words. */
  'short',
  /** Over 40 words. */
  'long',
  /** Words of outcome from the pack (results, records, changes). */
  'outcome',
  /** Opens on a pronoun or a connective from the pack ("He said…", "However, …", "Tuy nhiên"): it leans on the sentence before. */
  'leansOnPrevious',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** A sentence that may become a key point, where it stands, and its words. */
export interface SentenceInArticle {
  text: string;
  /** Rank of its paragraph among the prose paragraphs: the lead is 0. */
  paragraph: number;
  /** Position of the sentence in its paragraph. */
  index: number;
  /** Content words (no stop words, no numbers). */
  terms: string[];
  /** All words, stop words included. */
  words: number;
}

const speechPattern = perPack((pack: LanguagePack) => wordAlternatives(pack.speechVerbs));
const leaningPattern = perPack((pack: LanguagePack) => openerAlternatives([...pack.speakerPronouns, ...pack.connectives]));
const outcomePattern = perPack((pack: LanguagePack) => wordAlternatives(pack.outcomeWords));
let anySpeech: RegExp | null = null;
let anyOutcome: RegExp | null = null;

function wordAlternatives(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const escaped = words.map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})(?![\\p{L}])`, 'iu');
}

/** The words at the very start of a sentence, after any opening quotation mark. */
function openerAlternatives(words: readonly string[]): RegExp | null {
  const inner = wordAlternatives(words);
  return inner ? new RegExp(`^["“«„'‘]?${inner.source}`, 'iu') : null;
}

interface Patterns {
  speech: RegExp | null;
  outcome: RegExp | null;
  leaning: RegExp | null;
}

function patternsFor(lang: string | null): Patterns {
  const pack = packFor(lang);
  if (pack && pack.speechVerbs.length > 0) return { speech: speechPattern(pack), outcome: outcomePattern(pack), leaning: leaningPattern(pack) };
  anySpeech ??= wordAlternatives(allLanguages('speechVerbs'));
  anyOutcome ??= wordAlternatives(allLanguages('outcomeWords'));
  // A language without a pack: no guess at its pronouns from the others' (short words collide across languages).
  return { speech: anySpeech, outcome: anyOutcome, leaning: null };
}

const QUOTE_MARKS = /["“”«»„「」『』]/u;
/** A quotation mark first, the single ones too (British papers quote with ‘…’). */
const OPENING_QUOTE = /^["“”«»„「『'‘]/u;
/** A capital letter after a space: not the sentence's first word, so a name more often than not. */
const INNER_CAPITAL = /\s[\p{Lu}]/gu;

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const term of a) if (b.has(term)) n++;
  return n;
}

function centralities(sentences: SentenceInArticle[]): number[] {
  const frequency = new Map<string, number>();
  for (const s of sentences) for (const term of new Set(s.terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const raw = sentences.map((s) => {
    const unique = new Set(s.terms);
    let sum = 0;
    for (const term of unique) sum += Math.log(frequency.get(term) ?? 1);
    return unique.size === 0 ? 0 : sum / Math.sqrt(unique.size);
  });
  const best = Math.max(1e-9, ...raw);
  return raw.map((c) => c / best);
}

/** One row of features per sentence, in FEATURE_NAMES order. */
export function sentenceFeatures(sentences: SentenceInArticle[], input: OutlineInput): number[][] {
  const { speech, outcome, leaning } = patternsFor(input.lang);
  const titleTerms = new Set(contentTerms(termsOf(`${input.article.title} ${input.article.subtitle ?? ''}`, input.lang), input.stopWords));
  const leadTerms = new Set(sentences[0]?.terms ?? []);
  const central = centralities(sentences);
  const last = Math.max(1, sentences.length - 1);
  return sentences.map((s, rank) => {
    const unique = new Set(s.terms);
    const words = Math.max(1, s.words);
    const row: Record<FeatureName, number> = {
      bias: 1,
      first: rank === 0 ? 1 : 0,
      early: 1 / (1 + rank),
      second: rank === 1 ? 1 : 0,
      third: rank === 2 ? 1 : 0,
      relativePosition: rank / last,
      opensParagraph: s.index === 0 && s.paragraph > 0 ? 1 : 0,
      centrality: central[rank] ?? 0,
      leadOverlap: rank === 0 || unique.size === 0 ? 0 : shared(unique, leadTerms) / unique.size,
      title: titleTerms.size === 0 ? 0 : shared(unique, titleTerms) / titleTerms.size,
      hasNumber: /\p{N}/u.test(s.text) ? 1 : 0,
      names: Math.min(1, (s.text.match(INNER_CAPITAL)?.length ?? 0) / words * 3),
      speech: speech?.test(s.text) ? 1 : 0,
      quoted: QUOTE_MARKS.test(s.text) ? 1 : 0,
      opensWithQuote: OPENING_QUOTE.test(s.text) ? 1 : 0,
      length: Math.min(2, words / 30),
      short: words < 10 ? 1 : 0,
      long: words > 40 ? 1 : 0,
      outcome: outcome?.test(s.text) ? 1 : 0,
      leansOnPrevious: leaning?.test(s.text) ? 1 : 0,
    };
    return FEATURE_NAMES.map((name) => row[name]);
  });
}
