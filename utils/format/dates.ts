/**
 * Every date a reader sees goes through here, so the popup, the full tab and the library
 * can never show two different days for one article.
 */

export type DateStyle = 'long' | 'short';

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and style: building one costs more than formatting a page of dates. */
function wallClockFormat(locale: string, style: DateStyle, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${style}|${withTime}`;
  let format = formats.get(key);
  if (!format) {
    const date: Intl.DateTimeFormatOptions =
      style === 'long' ? { dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}) } : { year: 'numeric', month: 'short', day: 'numeric' };
    format = new Intl.DateTimeFormat(locale, { ...date, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/**
 * The date as the page states it, in the page's own clock, formatted for the reader's
 * locale: an article published at 10:21+07:00 in Hanoi reads "10:21" and "January 26"
 * wherever it is read, as it does on the page, instead of shifting into the reader's zone
 * (where "2024-01-26" would become January 25 west of UTC). `short` is the library's
 * compact form: the day only.
 */
export function formatArticleDate(iso: string, locale: string, style: DateStyle = 'long'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/u.exec(iso);
  if (!match) return iso;
  const [year, month, day, hour, minute] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined || month === undefined || day === undefined) return iso;
  const wallClock = new Date(Date.UTC(year, month - 1, day, hour ?? 0, minute ?? 0));
  return wallClockFormat(locale, style, style === 'long' && hour !== undefined).format(wallClock);
}
