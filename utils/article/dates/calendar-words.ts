import { allLanguages } from '../../lang';
import { foldWord } from '../../text/tokens';
import { monthNumber } from './month-names';

/** Every pack's weekday names ("friday", "thứ năm"), lower case. */
const WEEKDAYS = new Set(allLanguages('weekdayNames'));
/** The one-word ones, for their abbreviations ("fri", "thurs"). */
const ONE_WORD_WEEKDAYS = [...WEEKDAYS].filter((day) => !day.includes(' '));

/** The shortest and longest abbreviation of a weekday's name: "Fri", "Thurs". */
const SHORTEST = 3;
const LONGEST = 5;

function isWeekdayWord(word: string): boolean {
  if (WEEKDAYS.has(word)) return true;
  return word.length >= SHORTEST && word.length <= LONGEST && ONE_WORD_WEEKDAYS.some((day) => day.startsWith(word));
}

/**
 * The words only name a day of the week or a month, in full or abbreviated, in any language:
 * "Fri Dec" of a dateline "Fri Dec 28, 7:05 AM ET", "Thứ Năm". Such a run of capitalised words
 * names no one. A single word is judged with the rest of the run: "Sun Yang" holds a name.
 */
export function isCalendarRun(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const folded = words.map((word) => foldWord(word).replace(/[.,]$/u, ''));
  if (WEEKDAYS.has(folded.join(' '))) return true;
  return folded.every((word) => isWeekdayWord(word) || monthNumber(word) !== null);
}
