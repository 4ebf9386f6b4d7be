// Apart from dates.ts: the library shows it, the popup never does (its bundle stays small).

const localFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment of the reader's own (when they saved an article), in the reader's own zone:
 * the day they remember saving it.
 */
export function formatSavedAt(time: number | string, locale: string): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return String(time);
  let format = localFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
    localFormats.set(locale, format);
  }
  return format.format(date);
}
