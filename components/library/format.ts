import { t } from '../i18n';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale: building one costs more than formatting a whole page of dates. */
function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
    dateFormats.set(locale, format);
  }
  return format;
}

/** Dates and sizes in the reader's language. */
export function formatDate(time: number | string, locale: string): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? String(time) : dateFormat(locale).format(date);
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** "1 saved outline", "10,000 saved outlines": the browser's plural rules and digit grouping for the locale. */
export function savedCountLabel(count: number, locale: string): string {
  const number = new Intl.NumberFormat(locale).format(count);
  return new Intl.PluralRules(locale).select(count) === 'one' ? t('libraryCountOne', number) : t('libraryCountOther', number);
}
