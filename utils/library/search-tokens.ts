import { words } from '../text/segment';
import { LIMITS, type ExportedOutline, type SavedOutline } from './schema';
import type { Outline } from '../outline/types';

/**
 * Han, kana and Hangul: scripts written without spaces (Hangul has them, but readers
 * search inside its words too). Word segmentation of these differs between the saved
 * text and a typed query, so they are indexed as character n-grams instead.
 */
const CJK_CHARS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}ー';
const CJK_RUN = new RegExp(`[${CJK_CHARS}]+`, 'gu');
const HAS_CJK = new RegExp(`[${CJK_CHARS}]`, 'u');
/** Japanese voiced marks: stripping them would turn が into か, a different word. */
const COMBINING_EXCEPT_KANA_VOICING = /(?![\u3099\u309A])\p{M}/gu;

/**
 * Folds what a reader may or may not type: diacritics ("Đảng ủy" = "dang uy", and the
 * old "uỷ" spelling too), case, and compatibility forms (full-width Latin in CJK text).
 * đ/Đ are letters, not a d with a mark, so Unicode decomposition leaves them alone.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_EXCEPT_KANA_VOICING, '')
    .replace(/[đĐ]/gu, 'd')
    .normalize('NFC')
    .toLowerCase();
}

/** Printable ASCII without capitals: already folded, and most words of Latin-script text are it. */
const FOLDED_ASCII = /^[\x20-\x40\x5b-\x7e]*$/u;
/**
 * Words seen recently, folded. Text repeats its words: an import of 1,000 articles folds
 * 200,000 words of which a few tens of thousands differ, and each fold is two normalisations
 * and a regex pass (a third of the import's tokenizing). Cleared when full, so it never grows.
 */
const recentlyFolded = new Map<string, string>();
const FOLD_CACHE_SIZE = 50_000;

function foldWordForSearch(word: string): string {
  if (FOLDED_ASCII.test(word)) return word;
  const known = recentlyFolded.get(word);
  if (known !== undefined) return known;
  const folded = foldForSearch(word);
  if (recentlyFolded.size >= FOLD_CACHE_SIZE) recentlyFolded.clear();
  recentlyFolded.set(word, folded);
  return folded;
}

function cut(token: string): string {
  return token.length > LIMITS.tokenChars ? token.slice(0, LIMITS.tokenChars) : token;
}

function cjkGrams(run: string, withSingles: boolean): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (withSingles) grams.push(chars[i] ?? '');
    if (i + 1 < chars.length) grams.push(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
  }
  return grams;
}

/**
 * Every code unit a CJK character can start with (Hangul Jamo and syllables, the CJK blocks,
 * compatibility ideographs, half- and full-width forms, and the supplementary kana and
 * ideographs), as plain ranges (tests/unit/library/search.test.ts checks they hold every one): far quicker to rule out than the script classes, and most text
 * (Latin, Vietnamese) has none of them.
 */
export const MAYBE_CJK = /[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef\u{16fe0}-\u{16fff}\u{1aff0}-\u{1b16f}\u{1f200}\u{20000}-\u{3ffff}]/u;

/** Splits text into CJK runs and the rest, keeping reading order. */
function pieces(text: string): { text: string; cjk: boolean }[] {
  if (!MAYBE_CJK.test(text)) return text ? [{ text, cjk: false }] : [];
  const out: { text: string; cjk: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(CJK_RUN)) {
    const start = match.index;
    if (start > last) out.push({ text: text.slice(last, start), cjk: false });
    out.push({ text: match[0], cjk: true });
    last = start + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), cjk: false });
  return out;
}

/**
 * Words are cut before folding: the segmenter needs the marks of Thai or Devanagari to
 * find word boundaries. Folding then applies the same way to the index and the query.
 */
function foldedWords(text: string, lang: string | null): string[] {
  const out: string[] = [];
  for (const word of words(text, lang)) {
    const folded = foldWordForSearch(word);
    if (folded) out.push(cut(folded));
  }
  return out;
}

/**
 * Index tokens: words, plus single characters and bigrams of CJK runs (single
 * characters so a one-character query finds something; bigrams so longer queries are precise).
 */
export function indexTokens(text: string, lang: string | null): string[] {
  const tokens: string[] = [];
  for (const piece of pieces(text.normalize('NFC'))) {
    if (piece.cjk) tokens.push(...cjkGrams(foldForSearch(piece.text), true));
    else tokens.push(...foldedWords(piece.text, lang));
  }
  return tokens;
}

/**
 * Started the "has a word beginning with …" entries that database versions 3 and 4 stored
 * beside the words (the first two and three letters of each word). They doubled the rows of
 * the `tokens` index, and so the cost of every save and import, for searches the in-memory
 * index now answers; version 5 removes them (migrations.ts). Folded words never contain
 * control characters, so these cannot be mistaken for a word.
 */
export const PREFIX_MARK = '\u0001';

/**
 * Opens a record's stored tokens: `\u0003N` says the N tokens after it come from the title, the
 * speakers and the key points, which rank a match before one in the rest of the outline
 * (memory-index.ts). Records stored before it have no such token and rank by date alone.
 */
export const STRONG_MARK = '\u0003';

/** How many of `tokens` (after the mark) are strong: 0 for records stored without the mark. */
export function strongTokenCount(tokens: readonly unknown[]): number {
  const first = tokens[0];
  if (typeof first !== 'string' || !first.startsWith(STRONG_MARK)) return 0;
  const count = Number(first.slice(STRONG_MARK.length));
  return Number.isInteger(count) && count > 0 ? Math.min(count, tokens.length - 1) : 0;
}

export interface QueryTerm {
  token: string;
  /** The word still being typed matches as a prefix, so results follow the keyboard. */
  prefix: boolean;
}

/** A part of the query in straight or curly double quotes, closed: its words must appear one after another. */
const QUOTED = /["“”„«»]([^"“”„«»]*)["“”„«»]/gu;

/**
 * The words of `text` in order, as a phrase is matched: folded words, and every character
 * of a CJK run (its bigrams then follow from neighbours).
 */
export function phraseWords(text: string, lang: string | null = null): string[] {
  const out: string[] = [];
  for (const piece of pieces(text.normalize('NFC'))) {
    if (piece.cjk) out.push(...foldForSearch(piece.text));
    else out.push(...foldedWords(piece.text, lang));
  }
  return out;
}

/** The phrases of a query: each closed quoted part with two words or more (one word is a plain term). */
export function queryPhrases(query: string): string[][] {
  const phrases: string[][] = [];
  for (const match of query.matchAll(QUOTED)) {
    const words = phraseWords(match[1] ?? '');
    if (words.length > 1) phrases.push(words);
  }
  return phrases;
}

function termTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const piece of pieces(text.normalize('NFC'))) tokens.push(...(piece.cjk ? cjkGrams(foldForSearch(piece.text), false) : foldedWords(piece.text, null)));
  return tokens;
}

/** Query terms, all of which must match (AND). A CJK run becomes its bigrams; a quoted phrase's words are whole words. */
export function queryTerms(query: string): QueryTerm[] {
  // A closed quote is a phrase: its words are finished, never a prefix, whatever follows.
  const quoted = [...query.matchAll(QUOTED)].flatMap((match) => termTokens(match[1] ?? ''));
  const open = termTokens(query.replace(QUOTED, ' '));
  const terms: QueryTerm[] = [...quoted, ...open].map((token) => ({ token, prefix: false }));
  const last = open.length > 0 ? terms.at(-1) : undefined;
  const stillTyping = !/\s$/u.test(query);
  // A CJK term is already a complete bigram or character; only a Latin-like word grows.
  if (last && stillTyping && !HAS_CJK.test(last.token)) {
    // One typed letter would match a large part of the index and narrow nothing: until the
    // second letter, the results stay those of the words before it.
    if ([...last.token].length < 2) terms.pop();
    else last.prefix = true;
  }
  return dedupeTerms(terms);
}

function dedupeTerms(terms: QueryTerm[]): QueryTerm[] {
  const seen = new Map<string, QueryTerm>();
  for (const term of terms) {
    const known = seen.get(term.token);
    // An exact match implies the prefix match, so the stricter one is kept.
    if (!known || (known.prefix && !term.prefix)) seen.set(term.token, term);
  }
  return [...seen.values()];
}

/** What recordTokens reads of a record. */
export interface SearchableRecord {
  title: string;
  note: string;
  tags: string[];
  outline: Outline;
  siteName: string | null;
  byline: string | null;
  lang: string | null;
  annotations?: readonly { quote: string; note: string }[];
}

/**
 * What the library searches (not the article's body: it would swamp results), in two ranks:
 * the title, who speaks and the key points say what an article is about, and a match there
 * comes first; the rest of the outline, the note, the tags and the highlights after it.
 */
export function searchableParts(record: SearchableRecord): { strong: string[]; rest: string[] } {
  const { outline } = record;
  const strong = [record.title, ...outline.quotes.map((q) => q.speaker ?? ''), ...outline.keyPoints.map((k) => k.text)];
  const rest = [
    record.note,
    record.siteName ?? '',
    record.byline ?? '',
    ...record.tags,
    ...outline.sections.flatMap((s) => [s.title, ...s.items.map((i) => i.label)]),
    ...outline.quotes.flatMap((q) => [q.text, q.role ?? '']),
    // The reader's highlights and their notes: the words they chose to keep.
    ...(record.annotations ?? []).flatMap((a) => [a.quote, a.note]),
  ];
  return { strong, rest };
}

/** A record's search tokens, each once: the strong mark, the strong tokens, then the rest (searchableParts). */
export function recordTokens(record: SearchableRecord): string[] {
  const { strong, rest } = searchableParts(record);
  const tokens = new Set<string>();
  for (const part of strong) for (const token of indexTokens(part, record.lang)) tokens.add(token);
  const strongCount = tokens.size;
  for (const part of rest) for (const token of indexTokens(part, record.lang)) tokens.add(token);
  return [`${STRONG_MARK}${strongCount}`, ...tokens];
}

/** The stored form of a record: its search tokens are always recomputed, never trusted from input. */
export function withSearchTokens(record: ExportedOutline): SavedOutline {
  // Spread first, tokens last: a record that arrives with tokens (stale or forged) gets fresh ones.
  return { ...record, searchTokens: recordTokens(record) };
}
