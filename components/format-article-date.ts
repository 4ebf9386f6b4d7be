/**
 * The date as the page states it, in the page's own clock, formatted for the reader's
 * locale: an article published at 10:21+07:00 in Hanoi reads "10:21" wherever it is read,
 * as it does on the page, instead of shifting into the reader's time zone.
 */
export function formatArticleDate(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/u.exec(iso);
  if (!match) return iso;
  const [year, month, day, hour, minute] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined || month === undefined || day === undefined) return iso;
  const wallClock = new Date(Date.UTC(year, month - 1, day, hour ?? 0, minute ?? 0));
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(hour === undefined ? {} : { timeStyle: 'short' }),
    timeZone: 'UTC',
  }).format(wallClock);
}
