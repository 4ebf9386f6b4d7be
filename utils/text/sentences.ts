import { candidateBoundaries, isSpace } from './sentence-boundaries';
import { BracketTracker, joinContext, joinsNext, OPENING_MARKS } from './sentence-joins';
import { clauseStarts } from './clause-split';

/**
 * Sentences with their offsets: Intl.Segmenter's boundaries, corrected for what it gets
 * wrong in news text (sentence-joins.ts: abbreviations, initials, ordinals, list markers,
 * open brackets, quotations the sentence goes on after), with footnote markers ("[1]")
 * kept with the sentence they follow and opening marks with the one they open, full-width
 * stops read the same in every browser, and Thai, Lao and Khmer cut at clause spaces.
 */
export interface SentenceSpan {
  text: string;
  /** Offset of the sentence's first character in the input. */
  start: number;
}

export interface SentenceOptions {
  /** Cut Thai, Lao and Khmer sentences at the spaces between clauses (default true); false keeps long runs whole. */
  clauses?: boolean;
}

/** Position after the last non-space character before `at`. */
function trimEnd(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && isSpace(text[i - 1])) i--;
  return i;
}

/** Moves a boundary back over opening marks left at the end of the sentence before it (「, “, «, "(" …). */
function beforeOpeners(text: string, at: number, floor: number): number {
  let i = trimEnd(text, at, floor);
  while (i > floor && OPENING_MARKS.has(text[i - 1] ?? '') && text[i - 1] !== '"') i--;
  return i < trimEnd(text, at, floor) ? i : at;
}

/** Footnote markers at a sentence's start belong to the sentence before: "[1]", "1]", "[a]", "[12][13]". */
function afterFootnotes(text: string, at: number): number {
  let i = at;
  for (;;) {
    let j = i;
    if (text[j] === '[') j++;
    const digitsFrom = j;
    while (j < text.length && j - digitsFrom < 3 && /[0-9a-z]/u.test(text[j] ?? '')) j++;
    if (j === digitsFrom || text[j] !== ']') break;
    i = j + 1;
  }
  if (i === at) return at;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/** The corrected boundaries: where each sentence after the first starts. */
function sentenceStarts(text: string, lang: string | null): number[] {
  const candidates = candidateBoundaries(text, lang);
  if (candidates.length === 0) return [];
  const ctx = joinContext(text, lang);
  const brackets = new BracketTracker(text);
  const kept: number[] = [];
  let start = 0;
  for (let c = 0; c < candidates.length; c++) {
    const candidate = candidates[c] ?? 0;
    if (candidate <= start) continue;
    const moved = beforeOpeners(text, candidate, start);
    const next = afterFootnotes(text, moved);
    if (moved <= start || next >= text.length) continue;
    const end = trimEnd(text, moved, start);
    if (end <= start || joinsNext(ctx, brackets, start, end, next, candidates[c + 1] ?? text.length)) continue;
    kept.push(next);
    start = next;
    brackets.reset(start);
  }
  return kept;
}

function pushTrimmed(out: SentenceSpan[], text: string, from: number, to: number): void {
  const part = text.slice(from, to);
  const trimmed = part.trim();
  if (trimmed !== '') out.push({ text: trimmed, start: from + part.indexOf(trimmed) });
}

export function sentenceSpans(text: string, lang: string | null, options: SentenceOptions = {}): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const starts = [...sentenceStarts(text, lang), text.length];
  let from = 0;
  for (const to of starts) {
    if (options.clauses === false) pushTrimmed(out, text, from, to);
    else {
      let clauseFrom = from;
      for (const clause of clauseStarts(text.slice(from, to))) {
        pushTrimmed(out, text, clauseFrom, from + clause);
        clauseFrom = from + clause;
      }
      pushTrimmed(out, text, clauseFrom, to);
    }
    from = to;
  }
  return out;
}

/** True when the text ends like a sentence (in any of the scripts we read). */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;。！？」』"”»)]\s*$/u.test(text);
}

/** Double quotation marks that may open or close a quote; those that only close one (CJK corner brackets, the right curly quote); those that only open one. */
const DOUBLE_QUOTES = '"“”„「」『』';
const ONLY_CLOSING = new Set(['”', '」', '』']);
const OPENING_MARK = /[“„「『]/u;
const FIRST_MARK = new RegExp(`[${DOUBLE_QUOTES}]`, 'u');
const NOT_DOUBLE_QUOTES = new RegExp(`[^${DOUBLE_QUOTES}]+`, 'gu');

/** How many double quotation marks a text holds: what is left once the rest is removed, in native code, with no match objects (a hostile paragraph may hold thousands). */
function countDoubleQuotes(text: string): number {
  return text.replace(NOT_DOUBLE_QUOTES, '').length;
}

/** True when the sentence's double quotation marks do not pair up: it opens a quote it does not close, or closes one opened before. */
export function hasUnpairedQuoteMark(text: string): boolean {
  return (countDoubleQuotes(text) & 1) === 1;
}

/**
 * True when the sentence starts inside a quotation that an earlier sentence opened, the
 * tail of a quote split over sentences (`…smeknout," přirovnává Heskey.`, `…làm việc “.`):
 * its quote marks do not pair up, and the first one closes, since it follows a word or
 * nothing but punctuation follows it. Alone, such a sentence says nothing.
 * Single quotes are left out: they double as apostrophes. German »…« and French «…» are
 * too: either may open or close.
 */
export function startsInsideQuote(text: string): boolean {
  if (!hasUnpairedQuoteMark(text)) return false;
  const at = text.search(FIRST_MARK);
  if (ONLY_CLOSING.has(text[at] ?? '') && !OPENING_MARK.test(text)) return true;
  const before = text.slice(0, at);
  const after = text.slice(at + 1);
  return (before !== '' && /[^\s([{—–-]$/u.test(before)) || /^[\s.,;:!?…。！？]*$/u.test(after);
}
