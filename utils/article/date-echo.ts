import type { BodyPassContext } from './body-passes';
import { findDatesInText } from './dates/parse-date-text';
import type { DateParts } from './dates/date-parts';
import { words } from '../text/segment';
import { allLanguages } from '../lang';
import { monthNumber } from './dates/month-names';

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

/** A published or updated label opening a line, in any pack's words ("Updated on", "Cập nhật lúc", "Aktualisiert am"). */
let labelStart: RegExp | null = null;
function dateLabelAtStart(text: string): string | null {
  labelStart ??= new RegExp(`^(?:${[...allLanguages('publishedLabels'), ...allLanguages('updatedLabels')].join('|')})\\s*[:：]?\\s*`, 'iu');
  return labelStart.exec(text)?.[0] ?? null;
}

/** A clock time and its half-day mark ("3:15 p.m.", "15.20 Uhr" less its word): the day is what is compared. */
const CLOCK_TIME = /(?<!\d)\d{1,2}[:.h]\d{2}(?!\d)(?:\s*[ap]\.?\s?m\.?(?![\p{L}]))?/giu;
/** Besides its label, date and time, a year-less echo holds a connective or two ("at", "um"). */
const YEARLESS_MAX_OTHER_WORDS = 2;

/**
 * "Updated on September 19 at 3:15 p.m.": a label, then a day and month in words with no year,
 * the day being the one the header shows as published or updated. Only after a label, as a
 * year-less date alone ("March 3") may open a sentence or a timeline's entry.
 */
function yearlessEchoRest(text: string, ctx: BodyPassContext, days: readonly (Day | null)[]): string | null {
  // A number of three digits or more is a year, or another number: the full reading handles the first.
  if (/\d{3}/u.test(text)) return null;
  const label = dateLabelAtStart(text);
  if (label === null || label === '') return null;
  const tokens = words(text.slice(label.length).replace(CLOCK_TIME, ' '), ctx.lang);
  const isDayOf = (i: number, day: Day) => monthNumber(tokens[i] ?? '') === day.month && [tokens[i - 1], tokens[i + 1]].some((near) => near !== undefined && /^\d{1,2}$/u.test(near) && Number(near) === day.day);
  const at = tokens.findIndex((_, i) => days.some((day) => day !== null && isDayOf(i, day)));
  if (at < 0) return null;
  const others = tokens.filter((token, i) => i !== at && !/^\p{N}+$/u.test(token));
  return others.length <= YEARLESS_MAX_OTHER_WORDS ? others.join(' ') : null;
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
  const yearless = yearlessEchoRest(text, ctx, [day, ctx.modified ? writtenDay(ctx.modified) : null]);
  if (yearless !== null) return yearless;
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
