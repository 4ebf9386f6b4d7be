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

/** Splits text into CJK runs and the rest, keeping reading order. */
function pieces(text: string): { text: string; cjk: boolean }[] {
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
    const folded = foldForSearch(word);
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

export interface QueryTerm {
  token: string;
  /** The word still being typed matches as a prefix, so results follow the keyboard. */
  prefix: boolean;
}

/** Query terms, all of which must match (AND). A CJK run becomes its bigrams. */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const piece of pieces(query.normalize('NFC'))) {
    const tokens = piece.cjk ? cjkGrams(foldForSearch(piece.text), false) : foldedWords(piece.text, null);
    for (const token of tokens) terms.push({ token, prefix: false });
  }
  const last = terms.at(-1);
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

/** What the library searches: title, outline, note, tags and highlights (not the body: it would swamp results). */
export function recordTokens(record: {
  title: string;
  note: string;
  tags: string[];
  outline: Outline;
  siteName: string | null;
  byline: string | null;
  lang: string | null;
  annotations?: readonly { quote: string; note: string }[];
}): string[] {
  const { outline } = record;
  const parts = [
    record.title,
    record.note,
    record.siteName ?? '',
    record.byline ?? '',
    ...record.tags,
    ...outline.sections.flatMap((s) => [s.title, ...s.items.map((i) => i.label)]),
    ...outline.quotes.flatMap((q) => [q.text, q.speaker ?? '', q.role ?? '']),
    ...outline.keyPoints.map((k) => k.text),
    // The reader's highlights and their notes: the words they chose to keep.
    ...(record.annotations ?? []).flatMap((a) => [a.quote, a.note]),
  ];
  const tokens = new Set<string>();
  for (const part of parts) for (const token of indexTokens(part, record.lang)) tokens.add(token);
  return [...tokens];
}

/** The stored form of a record: its search tokens are always recomputed, never trusted from input. */
export function withSearchTokens(record: ExportedOutline): SavedOutline {
  // Spread first, tokens last: a record that arrives with tokens (stale or forged) gets fresh ones.
  return { ...record, searchTokens: recordTokens(record) };
}
