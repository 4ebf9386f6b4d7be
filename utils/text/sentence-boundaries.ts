import { segmenterFor } from './segmenter';
import { packFor } from '../lang';

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
/**
 * Or a short word with a letter outside ASCII ("… vào bờ. 11h30 ngày 23/12"): Vietnamese words of
 * two letters end sentences, and no ASCII abbreviation ("p.", "tr.", "vol.") has such a letter.
 */
function isShortWordBeforeStop(before: string): boolean {
  const word = lastWord(before);
  const letters = word.replace(/\p{M}/gu, '').length;
  return letters >= 2 && letters <= 3 && /^\p{Ll}/u.test(word) && /[^\p{ASCII}]/u.test(word);
}

/** The letters (with their marks) that end the text, read backwards: a pattern anchored at the end is tried from every letter. */
function lastWord(text: string): string {
  let start = text.length;
  while (start > 0 && /[\p{L}\p{M}]/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start);
}

/** The two words before the text's last space, in order; empty strings where there are none. */
function lastTwoWords(text: string): [string, string] {
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1])) end--;
  const second = lastWord(text.slice(0, end));
  let before = end - second.length;
  while (before > 0 && isSpace(text[before - 1])) before--;
  return [lastWord(text.slice(0, before)), second];
}

function figureBoundaries(text: string, out: number[]): void {
  // The stop is found first and the word before it checked after: a pattern that starts with the word
  // would be tried at every letter of the text.
  for (const match of text.matchAll(STOP_BEFORE_FIGURE)) {
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    if (WORD_BEFORE_STOP.test(before) || isShortWordBeforeStop(before)) out.push(match.index + match[0].length);
  }
}

/**
 * An ellipsis ends a sentence when a capital opens the next ("He waited… Then the door opened",
 * "cố gắng… Nhưng kết quả"): ICU's sentence rules do not count "…" as a stop. One in brackets
 * ("[…]", "(…)") marks words left out of a quotation, not an end.
 */
const ELLIPSIS_BEFORE_CAPITAL = /(?<![[(])…["”’»)]?\s+(?=\p{Lu})/gu;

function ellipsisBoundaries(text: string, out: number[]): void {
  if (!text.includes('…')) return;
  for (const match of text.matchAll(ELLIPSIS_BEFORE_CAPITAL)) out.push(match.index + match[0].length);
}

const gluedCache = new Map<string, { opener: RegExp; honorifics: ReadonlySet<string> } | null>();

/** The pack's glued-sentence openers as written with a capital after a word with no stop ("cao nhất Mở đầu"). */
function gluedPattern(lang: string | null): { opener: RegExp; honorifics: ReadonlySet<string> } | null {
  const key = lang ?? '*';
  if (gluedCache.has(key)) return gluedCache.get(key) ?? null;
  const pack = packFor(lang);
  const openers = pack?.gluedSentenceOpeners ?? [];
  const capitalised = openers.map((w) => (w.charAt(0).toUpperCase() + w.slice(1)).replace(/ /gu, '\\s+'));
  const found =
    openers.length === 0
      ? null
      : {
          opener: new RegExp(`(?<=[\\p{L}\\p{M}] )(?:${capitalised.join('|')})(?![\\p{L}\\p{M}])[ ]+(\\p{L})`, 'gu'),
          honorifics: new Set((pack?.honorifics ?? []).map((h) => h.toLowerCase())),
        };
  gluedCache.set(key, found);
  return found;
}

/**
 * A subhead glued to the sentence after it, with no stop between ("Tốc độ già hoá … ở mức cao nhất
 * Mở đầu phần trao đổi với PV, …"): the pack's opener with a capital starts the sentence when a
 * lower-case word follows it ("Người ta"), or, for a title of address, a name follows it after a
 * name or a capitalised word ("… chân núi Hải Vân Ông Quang sẽ …"; not "phố Bà Triệu").
 */
function gluedOpenerBoundaries(text: string, lang: string | null, out: number[]): void {
  const pattern = gluedPattern(lang);
  if (!pattern) return;
  for (const match of text.matchAll(pattern.opener)) {
    const next = match[1] ?? '';
    const opener = match[0].slice(0, match[0].length - next.length).trim().toLowerCase();
    const lowerNext = next !== next.toUpperCase();
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const [earlier, previous] = lastTwoWords(before);
    const capital = (word: string) => /^\p{Lu}/u.test(word);
    // A name of two capitalised words or more before the title ("núi Hải Vân Ông Quang"; not "quận Hai Bà Trưng").
    const afterName = pattern.honorifics.has(opener) && !lowerNext && capital(earlier) && capital(previous);
    // After a capitalised word the opener may end a name ("Trần Xuân Chi Anh cũng cho rằng"), unless a name follows it too.
    const afterWord = lowerNext && previous !== '' && !capital(previous);
    // At least three words before it: a paragraph that opens with the opener is one sentence.
    if ((afterWord || afterName) && (text.slice(Math.max(0, match.index - 60), match.index).trim().match(/\s+/gu)?.length ?? 0) >= 2) out.push(match.index);
  }
}

/** Every candidate boundary, sorted, without repeats, each strictly inside the text. */
export function candidateBoundaries(text: string, lang: string | null): number[] {
  const out: number[] = [];
  icuBoundaries(text, lang, out);
  ownBoundaries(text, out);
  figureBoundaries(text, out);
  ellipsisBoundaries(text, out);
  gluedOpenerBoundaries(text, lang, out);
  out.sort((a, b) => a - b);
  return out.filter((b, i) => b > 0 && b < text.length && b !== out[i - 1]);
}

export { isSpace };
