import { normalizeSpace } from '../text/segment';

/**
 * Finding a highlight again in the saved text, by its words (the W3C "text quote selector"
 * that Hypothesis also uses): the quote, the text around it, and the paragraph it was in as a
 * hint. Offsets into the DOM would break as soon as the HTML is split, sanitized differently
 * or saved again; words survive that. All positions are in the text with white space
 * collapsed (text-map.ts builds it from the page).
 */

/** Characters of context kept on each side: enough to tell repeated phrases apart. */
export const ANNOTATION_CONTEXT = 32;

export interface TextQuote {
  quote: string;
  prefix: string;
  suffix: string;
}

export interface TextSpan {
  start: number;
  end: number;
}

/** More places than this for one piece of a quote are not looked at: the context would not tell them apart either. */
const MAX_OCCURRENCES = 500;
/** A passage found around a changed quote must share this much of its letter pairs with it. */
const MIN_SIMILARITY = 0.6;
/** The shortest start, end, prefix or suffix worth looking for: shorter ones are everywhere. */
const MIN_PIECE = 6;

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** A cut that would split a character written as two UTF-16 units (an emoji, a rare Han character) moves past it. */
function wholeCharacterAt(text: string, at: number, towards: -1 | 1): number {
  return at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) ? at + towards : at;
}

/** What a quote and its context are stored as: white space collapsed, context cut to ANNOTATION_CONTEXT. */
export function quoteAt(text: string, span: TextSpan): TextQuote {
  const start = wholeCharacterAt(text, span.start, -1);
  const end = wholeCharacterAt(text, span.end, 1);
  return {
    quote: text.slice(start, end),
    prefix: text.slice(wholeCharacterAt(text, Math.max(0, start - ANNOTATION_CONTEXT), 1), start),
    suffix: text.slice(end, wholeCharacterAt(text, end + ANNOTATION_CONTEXT, -1)),
  };
}

function occurrences(text: string, piece: string): number[] {
  const found: number[] = [];
  if (piece === '') return found;
  for (let at = text.indexOf(piece); at !== -1 && found.length < MAX_OCCURRENCES; at = text.indexOf(piece, at + 1)) found.push(at);
  return found;
}

/** Characters of `context` that agree with the text just before `start` (prefix) or after `end` (suffix). */
function contextScore(text: string, span: TextSpan, target: TextQuote): number {
  let before = 0;
  while (before < target.prefix.length && text[span.start - 1 - before] === target.prefix[target.prefix.length - 1 - before]) before++;
  let after = 0;
  while (after < target.suffix.length && text[span.end + after] === target.suffix[after]) after++;
  return before + after;
}

function pairCounts(text: string): Map<string, number> {
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}

/** Dice coefficient of letter pairs: 1 for the same text, near 1 when a word or two changed; linear in length. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const left = pairCounts(a);
  let shared = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const pair = b.slice(i, i + 2);
    const count = left.get(pair) ?? 0;
    if (count > 0) {
      shared++;
      left.set(pair, count - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

/** Among equally good places, the one nearest the paragraph the highlight was made in. */
function nearer(hint: number | undefined, a: TextSpan, b: TextSpan): boolean {
  if (hint === undefined) return false;
  return Math.abs(a.start - hint) < Math.abs(b.start - hint);
}

function bestByContext(text: string, starts: readonly number[], length: number, target: TextQuote, hint: number | undefined): TextSpan | null {
  let best: TextSpan | null = null;
  let bestScore = -1;
  for (const start of starts) {
    const span = { start, end: start + length };
    const score = contextScore(text, span, target);
    if (score > bestScore || (score === bestScore && best && nearer(hint, span, best))) {
      best = span;
      bestScore = score;
    }
  }
  return best;
}

/** Where a passage around a changed quote may begin and end: its own first and last words, or the end of its prefix and the start of its suffix. */
function edges(text: string, target: TextQuote): { starts: number[]; ends: number[] } {
  const piece = Math.min(ANNOTATION_CONTEXT, Math.max(MIN_PIECE, Math.floor(target.quote.length / 3)));
  const head = target.quote.slice(0, piece);
  const tail = target.quote.slice(-piece);
  const prefix = target.prefix.slice(-ANNOTATION_CONTEXT);
  const suffix = target.suffix.slice(0, ANNOTATION_CONTEXT);
  const starts = occurrences(text, head);
  const ends = occurrences(text, tail).map((at) => at + tail.length);
  if (prefix.length >= MIN_PIECE) starts.push(...occurrences(text, prefix).map((at) => at + prefix.length));
  if (suffix.length >= MIN_PIECE) ends.push(...occurrences(text, suffix));
  return { starts: [...new Set(starts)].sort((a, b) => a - b), ends: [...new Set(ends)].sort((a, b) => a - b) };
}

function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The passage most like the quote among those that start and end where its edges or context are found. */
function closestPassage(text: string, target: TextQuote, hint: number | undefined): TextSpan | null {
  const { starts, ends } = edges(text, target);
  const length = target.quote.length;
  let best: TextSpan | null = null;
  let bestScore = 0;
  for (const start of starts) {
    for (let i = firstAtLeast(ends, start + Math.ceil(length / 2)); i < ends.length; i++) {
      const end = ends[i] ?? 0;
      if (end - start > length * 1.5 + ANNOTATION_CONTEXT) break;
      const passage = text.slice(start, end).trim();
      const alike = similarity(target.quote, passage);
      if (alike < MIN_SIMILARITY) continue;
      // Letters shared decide; the context only breaks near-ties.
      const score = alike + contextScore(text, { start, end }, target) / 1000;
      const span = { start, end };
      if (score > bestScore || (score === bestScore && best && nearer(hint, span, best))) {
        best = span;
        bestScore = score;
      }
    }
  }
  return best && trimSpan(text, best);
}

function trimSpan(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return { start, end };
}

/**
 * Where the quote is in `text` now: the exact words if they are there (a repeated phrase
 * told apart by its context, then by nearness to `hint`, the position the highlight's
 * paragraph now starts at); otherwise the passage most like it between its own first and
 * last words or its context, if one is alike enough; null when the words are gone.
 */
export function findQuote(text: string, target: TextQuote, hint?: number): TextSpan | null {
  const quote = normalizeSpace(target.quote);
  if (quote === '') return null;
  const normalized = { quote, prefix: target.prefix, suffix: target.suffix };
  const exact = occurrences(text, quote);
  if (exact.length > 0) return bestByContext(text, exact, quote.length, normalized, hint);
  return closestPassage(text, normalized, hint);
}
