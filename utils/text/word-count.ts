import { baseLanguage, UNSPACED_BLOCKS } from './tokens';

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

export function tallyWords(text: string): WordTally {
  // Most texts have no unspaced script: a test of plain ranges spares them two passes of script properties.
  const { spaced, hanKana, southeastAsian } = UNSPACED_BLOCKS.test(text) ? unspacedAsSpaces(text) : { spaced: text, hanKana: 0, southeastAsian: 0 };
  return { spacedWords: spaced.match(SPACED_WORD)?.length ?? 0, hanKana, southeastAsian };
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
