import { segmenterFor } from './segmenter';

/**
 * Candidate sentence boundaries: offsets where a sentence may start. Intl.Segmenter gives
 * most of them; the full-width stops of Chinese and Japanese and the full stop between two
 * Hangul syllables are found here too, so that those texts split the same in every browser
 * (Chromium's ICU and Firefox's ICU4X need not agree; issue 18).
 */

/**
 * Texts are cut into chunks of at most MAX_CHUNK characters first: V8 copies the whole
 * input into every segment object, so one 200,000-word paragraph with many sentences
 * would take minutes and gigabytes.
 */
const MAX_CHUNK = 4000;

/** Chunk ends at a space near MAX_CHUNK, so words are not cut (unless there is no space). */
function chunkEnd(text: string, from: number): number {
  if (text.length - from <= MAX_CHUNK) return text.length;
  const space = text.lastIndexOf(' ', from + MAX_CHUNK);
  return space > from + MAX_CHUNK / 2 ? space + 1 : from + MAX_CHUNK;
}

/**
 * A chunk's end is no sentence end: the next chunk starts again at the last boundary found in
 * this one, so the sentence the cut fell in is read whole. Only when that boundary lies in the
 * chunk's first half (a sentence of thousands of characters) is the chunk's end taken as one,
 * so that no character is segmented more than twice.
 */
function icuBoundaries(text: string, lang: string | null, out: number[]): void {
  for (let from = 0; from < text.length; ) {
    const end = chunkEnd(text, from);
    let last = from;
    for (const part of segmenterFor(lang, 'sentence').segment(text.slice(from, end))) {
      if (part.index === 0) continue;
      last = from + part.index;
      out.push(last);
    }
    if (end === text.length) break;
    if (last > from + (end - from) / 2) from = last;
    else {
      out.push(end);
      from = end;
    }
  }
}

const FULL_WIDTH_STOPS = new Set(['。', '！', '？', '｡']);
/** Closing marks that stay with the sentence they close. */
export const CLOSING_MARKS = new Set(['」', '』', '）', ')', '】', '》', '〉', '”', '’', '"', '»', '›', ']', '］']);

function isHangul(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code >= 0xac00 && code <= 0xd7a3;
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\u00a0' || ch === '\u3000' || ch === '\r';
}

/** After a stop and the closing marks and spaces that follow it. */
function afterStop(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && (FULL_WIDTH_STOPS.has(text[i] ?? '') || CLOSING_MARKS.has(text[i] ?? ''))) i++;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/** Boundaries this file finds itself: after 。！？ (with their closing marks), and "다.다" glued lines of Korean. */
const HAS_OWN_STOPS = /[。！？｡\uAC00-\uD7A3]/u;

function ownBoundaries(text: string, out: number[]): void {
  if (!HAS_OWN_STOPS.test(text)) return;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const fullWidth = FULL_WIDTH_STOPS.has(ch);
    const gluedHangul = (ch === '.' || ch === '?' || ch === '!') && isHangul(text[i - 1]) && isHangul(text[i + 1]);
    if (!fullWidth && !gluedHangul) continue;
    const next = afterStop(text, i);
    if (next < text.length) out.push(next);
    i = next - 1;
  }
}

/**
 * A sentence that opens on a figure ("… đâm phải. 10h30 sáng 20/9, ôtô …", "… the night. 3,000
 * people …"): ICU reads on until a capital letter and finds none. The candidate is after a
 * stop of a lower-case word of four letters or more, so short abbreviations before a figure
 * ("p. 5", "tr. 12", "vol. 3") stay; longer ones in the packs are still joined back (sentence-joins.ts).
 * Letters may carry combining marks: pages in decomposed Unicode write "phải" with five code points.
 */
const STOP_BEFORE_FIGURE = /[.!?]["”’»)]?\s+(?=\p{Nd})/gu;
/** The word before the stop: four letters or more (with their combining marks), the last one lower-case. */
const WORD_BEFORE_STOP = /(?:\p{L}\p{M}*){3}\p{Ll}\p{M}*$/u;

function figureBoundaries(text: string, out: number[]): void {
  // The stop is found first and the word before it checked after: a pattern that starts with the word
  // would be tried at every letter of the text.
  for (const match of text.matchAll(STOP_BEFORE_FIGURE)) {
    if (WORD_BEFORE_STOP.test(text.slice(Math.max(0, match.index - 24), match.index))) out.push(match.index + match[0].length);
  }
}

/** Every candidate boundary, sorted, without repeats, each strictly inside the text. */
export function candidateBoundaries(text: string, lang: string | null): number[] {
  const out: number[] = [];
  icuBoundaries(text, lang, out);
  ownBoundaries(text, out);
  figureBoundaries(text, out);
  out.sort((a, b) => a - b);
  return out.filter((b, i) => b > 0 && b < text.length && b !== out[i - 1]);
}

export { isSpace };
