import { addTallies, NO_WORDS, tallyWordsInSlices, wordsOf } from '../text/word-count';
import { NEVER_OVER, runToEnd, type SliceOver } from '../steps';

/**
 * Words per minute by language. Chinese and Japanese count words estimated from characters
 * (utils/text/word-count.ts), so 300 words are about 480 and 570 characters a minute;
 * Vietnamese counts syllables, its written words.
 */
const WORDS_PER_MINUTE: Record<string, number> = {
  en: 238, fr: 195, de: 179, es: 218, it: 188, pt: 181, nl: 202, ru: 184,
  vi: 260, zh: 300, ja: 300, ko: 230, ar: 138, he: 187, tr: 166, pl: 166,
};
const DEFAULT_WPM = 200;

export interface ReadingStats {
  wordCount: number;
  readingMinutes: number;
}

/**
 * The stats of a text given as its paragraphs (a text is its paragraphs joined by blank lines:
 * no word spans two), counted one paragraph at a time, and a long paragraph a window at a time:
 * a pause may come between two once the slice is over, so a million-character article, or
 * paragraph, is not counted in one task of the popup.
 */
export function* readingStatsInSlices(paragraphs: readonly string[], lang: string | null, sliceOver: SliceOver): Generator<void, ReadingStats> {
  let tally = NO_WORDS;
  for (const paragraph of paragraphs) {
    tally = addTallies(tally, yield* tallyWordsInSlices(paragraph, sliceOver));
    if (sliceOver()) yield;
  }
  const wordCount = wordsOf(tally, lang);
  const base = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  const wpm = WORDS_PER_MINUTE[base] ?? DEFAULT_WPM;
  return { wordCount, readingMinutes: wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / wpm)) };
}

export function readingStats(text: string, lang: string | null): ReadingStats {
  return runToEnd(readingStatsInSlices([text], lang, NEVER_OVER));
}
