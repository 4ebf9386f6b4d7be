import type { BodyPassContext } from './body-passes';
import { findDatesInText } from './dates/parse-date-text';
import type { DateParts } from './dates/date-parts';
import { words } from '../text/segment';

/** The longest line read as a dateline: a label, a weekday, the date and a clock time. */
export const DATELINE_MAX_CHARS = 80;
/** Words a dateline may hold besides its date: a label, a weekday, a section, a view count ("Ngày đăng: … | Lượt xem: 1.254"). */
const DATELINE_MAX_OTHER_WORDS = 6;
/**
 * A dateline closed by a full stop ("Thu, 2008-01-17 15:17.") holds at most a weekday besides
 * its date: "Obama spoke on March 3, 2012." is a sentence, and it has three other words.
 */
const STOPPED_DATELINE_MAX_OTHER_WORDS = 1;

type Day = { year: number; month: number; day: number };

/** The year, month and day an ISO date was written for ("2019-06-09T07:25:00+07:00" → 2019, 6, 9): the page's own day, not UTC's. */
function writtenDay(iso: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

const sameDay = (parts: DateParts, day: Day): boolean => parts.year === day.year && parts.month === day.month && parts.day === day.day;

/** `text` with its dates taken out. */
function withoutDates(text: string, dates: readonly { index: number; end: number }[]): string {
  return dates.reduceRight((left, found) => left.slice(0, found.index) + ' ' + left.slice(found.end), text.normalize('NFKC'));
}

/**
 * A short line, no sentence, that states the published day (in either order of day and month)
 * and little else: the header already shows it, above the story ("Cập nhật: 07:25, 09/06/2019")
 * or under it ("Posted on July 10th, 2012"). Only with a known date, so a page whose date Lede
 * could not read keeps the line that tells it. Gives what the line says besides its date, or
 * null when it is no such echo.
 */
export function dateEchoRest(text: string, ctx: BodyPassContext): string | null {
  const day = ctx.published ? writtenDay(ctx.published) : null;
  if (!day || text.length > DATELINE_MAX_CHARS || /[!?。]$/u.test(text)) return null;
  const maxOtherWords = text.endsWith('.') ? STOPPED_DATELINE_MAX_OTHER_WORDS : DATELINE_MAX_OTHER_WORDS;
  for (const monthFirst of [false, true]) {
    const dates = findDatesInText(text, { monthFirst });
    if (!dates.some((found) => sameDay(found.parts, day))) continue;
    const rest = withoutDates(text, dates);
    if (words(rest, ctx.lang).filter((word) => !/^\p{N}+$/u.test(word)).length <= maxOtherWords) return rest;
  }
  return null;
}

export function isDateEcho(text: string, ctx: BodyPassContext): boolean {
  return dateEchoRest(text, ctx) !== null;
}
