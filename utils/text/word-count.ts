import { baseLanguage, UNSPACED_BLOCKS } from './tokens';
import { NEVER_OVER, runToEnd, type SliceOver } from '../steps';

/**
 * How many words a text has, by a rule of our own that gives the same figure in every browser.
 * Intl.Segmenter cuts Chinese, Japanese and Thai with the browser's ICU dictionary, and
 * Chromium's and Firefox's dictionaries disagree: the same Chinese page counted 10–20 % more
 * words in one than the other, enough to turn "3 min" into "2 min". So scripts written without
 * spaces are counted by characters and converted to words at a fixed rate; scripts with spaces
 * (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Hangul, Vietnamese syllables…) keep the
 * letter-run count they always had, which no ICU takes part in.
 */

/** Han and kana (with the prolonged-sound mark, which belongs to katakana words). */
const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/gu;
/** Scripts of Southeast Asia written without spaces between words. */
const SOUTHEAST_ASIAN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
/** Only their letters are counted: vowel signs and tone marks above and below (\p{M}) are not characters a reader counts. */
const LETTER = /\p{L}/u;
/** A letter or digit run; apostrophes inside keep "don't" and "l'homme" whole (as utils/text/tokens.ts). */
const SPACED_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;

/**
 * Characters per word. Chinese words average 1.6 characters and Japanese ones 1.9: ICU's own
 * dictionary gives 1.62 and 1.58 on our Chinese golden pages and 1.94 on the Japanese one, and
 * the IReST reading norms (characters and words per minute, Trauzettel-Klosinski et al. 2012)
 * give 1.61 and 1.85.
 */
const HAN_KANA_CHARS_PER_WORD: Readonly<Record<string, number>> = { ja: 1.9 };
const DEFAULT_HAN_KANA_CHARS_PER_WORD = 1.6;
/** Thai words average 3.7 letters (marks aside) as ICU cuts a news paragraph; Lao, Khmer and Myanmar use the same rate. */
const SOUTHEAST_ASIAN_LETTERS_PER_WORD = 3.7;

interface Unspaced {
  /** The text with each character of an unspaced script as a space, so "5G技术" leaves "5G" to be counted as a word. */
  spaced: string;
  hanKana: number;
  southeastAsian: number;
}

function unspacedAsSpaces(text: string): Unspaced {
  let hanKana = 0;
  let southeastAsian = 0;
  const spaced = text
    .replace(HAN_KANA, () => {
      hanKana += 1;
      return ' ';
    })
    .replace(SOUTHEAST_ASIAN, (char) => {
      if (LETTER.test(char)) southeastAsian += 1;
      return ' ';
    });
  return { spaced, hanKana, southeastAsian };
}

/**
 * What a text holds to be counted: the words of its spaced scripts and the characters of its
 * unspaced ones, which become words only once summed (wordsOf): the tallies of a text's blocks
 * add up to the tally of the whole, so a long article can be counted a block at a time.
 */
export interface WordTally {
  spacedWords: number;
  hanKana: number;
  southeastAsian: number;
}

export const NO_WORDS: WordTally = { spacedWords: 0, hanKana: 0, southeastAsian: 0 };

/**
 * The longest piece of a text tallied in one call. One word-run regex over a paragraph of a
 * million letters took 90-140 ms in Firefox's extension process (a page's text reaches it as
 * two-byte strings), too long for one task of the popup's thread
 * (tests/e2e/firefox-hostile-layout.test.ts, "million-letter-word"). Paragraphs as written are
 * far shorter, so only such runs are cut.
 */
export const TALLY_WINDOW = 10_000;

/** Any letter, mark or digit: a word run cut between two of these goes on across the cut. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Characters counted one by one, never inside a spaced word: HAN_KANA's and SOUTHEAST_ASIAN's. */
const COUNTED_ALONE = new RegExp(`${HAN_KANA.source}|${SOUTHEAST_ASIAN.source}`, 'u');

function tallyOfPiece(text: string): WordTally {
  // Most texts have no unspaced script: a test of plain ranges spares them two passes of script properties.
  const { spaced, hanKana, southeastAsian } = UNSPACED_BLOCKS.test(text) ? unspacedAsSpaces(text) : { spaced: text, hanKana: 0, southeastAsian: 0 };
  return { spacedWords: spaced.match(SPACED_WORD)?.length ?? 0, hanKana, southeastAsian };
}

/** The code point ending just before `at`, as a string (both halves of a surrogate pair). */
function charBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.slice(at - 1, at);
}

/** Whether a spaced word runs on across `at`: a word character on each side, neither counted alone. */
function wordRunsAcross(text: string, at: number): boolean {
  const before = charBefore(text, at);
  const after = String.fromCodePoint(text.codePointAt(at) ?? 0x20);
  return WORD_CHAR.test(before) && WORD_CHAR.test(after) && !COUNTED_ALONE.test(before) && !COUNTED_ALONE.test(after);
}

/**
 * Where the piece of `text` from `from` ends: after the window's last space when it has one in
 * its second half, else at the window's end, moved back off a surrogate pair's second half and
 * off combining marks (so a mark is never counted apart from its letter).
 */
function pieceEnd(text: string, from: number): number {
  const end = from + TALLY_WINDOW;
  if (end >= text.length) return text.length;
  // Searched in the second half only: lastIndexOf alone would go back to the text's start.
  const half = from + TALLY_WINDOW / 2;
  const space = text.slice(half, end).lastIndexOf(' ');
  if (space >= 0) return half + space + 1;
  let cut = end;
  while (cut > from + 1 && /[\p{M}\uDC00-\uDFFF]/u.test(text[cut] ?? '')) cut--;
  return cut;
}

/**
 * The tally of `text`, a window of TALLY_WINDOW characters at a time; between two windows a
 * pause may come once the slice is over. A word cut by a window's end is counted once. Every
 * count of words goes through here, so a text counts the same however it is reached.
 */
export function* tallyWordsInSlices(text: string, sliceOver: SliceOver): Generator<void, WordTally> {
  if (text.length <= TALLY_WINDOW) return tallyOfPiece(text);
  let tally = NO_WORDS;
  for (let from = 0; from < text.length; ) {
    const end = pieceEnd(text, from);
    tally = addTallies(tally, tallyOfPiece(text.slice(from, end)));
    if (end < text.length && wordRunsAcross(text, end)) tally = { ...tally, spacedWords: tally.spacedWords - 1 };
    from = end;
    if (from < text.length && sliceOver()) yield;
  }
  return tally;
}

export function tallyWords(text: string): WordTally {
  return runToEnd(tallyWordsInSlices(text, NEVER_OVER));
}

export function addTallies(a: WordTally, b: WordTally): WordTally {
  return { spacedWords: a.spacedWords + b.spacedWords, hanKana: a.hanKana + b.hanKana, southeastAsian: a.southeastAsian + b.southeastAsian };
}

export function wordsOf({ spacedWords, hanKana, southeastAsian }: WordTally, lang: string | null): number {
  const hanKanaRate = HAN_KANA_CHARS_PER_WORD[baseLanguage(lang) ?? ''] ?? DEFAULT_HAN_KANA_CHARS_PER_WORD;
  return spacedWords + Math.round(hanKana / hanKanaRate) + Math.round(southeastAsian / SOUTHEAST_ASIAN_LETTERS_PER_WORD);
}

export function countWords(text: string, lang: string | null): number {
  return wordsOf(tallyWords(text), lang);
}
