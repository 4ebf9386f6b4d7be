import type { SavedOutline } from '../schema';
import { citationAuthors, type CitationName } from './authors';
import { citationKeys } from './keys';

/**
 * What a citation is made of, the same for every format: each writer (csl-json.ts,
 * bibtex.ts, ris.ts) only lays this out and escapes it its own way. Everything comes from
 * the saved record itself, so exporting needs no network.
 */

/** The parts of a saved record a citation uses: a stored record or an exported one will do. */
export type CitableRecord = Pick<SavedOutline, 'id' | 'url' | 'title' | 'byline' | 'published' | 'siteName' | 'lang' | 'savedAt'>;

/** Year, month, day as far as known: "2024" alone is a date a citation can carry. */
export type DateParts = [number] | [number, number] | [number, number, number];

export interface Citation {
  /** Stable for an article: the same record gives the same key in every export (keys.ts). */
  key: string;
  title: string;
  authors: CitationName[];
  /** The site that published it, or null. */
  container: string | null;
  issued: DateParts | null;
  url: string;
  /** The day the reader saved it: the day its text was read. */
  accessed: DateParts;
  /** BCP 47, as saved. */
  lang: string | null;
}

export type { CitationName };

/** "2024-01-05T10:00:00+07:00", "2024-01", "2024" → the date as written, without a clock; null for what is no ISO date. */
export function isoDateParts(text: string | null): DateParts | null {
  const match = text ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(text.trim()) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 0 : Number(match[2]);
  const day = match[3] === undefined ? 0 : Number(match[3]);
  if (month < 1 || month > 12) return [year];
  if (day < 1 || day > 31) return [year, month];
  return [year, month, day];
}

/** An epoch time as the UTC day: the library stores times in UTC and shows days in ISO. */
export function dayParts(time: number): DateParts {
  const date = new Date(time);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

function citationWithoutKey(record: CitableRecord): Omit<Citation, 'key'> {
  return {
    title: record.title.trim(),
    authors: citationAuthors(record.byline, record.lang, record.siteName),
    container: record.siteName?.trim() || null,
    issued: isoDateParts(record.published),
    url: record.url,
    accessed: dayParts(record.savedAt),
    lang: record.lang,
  };
}

/** The citations of `records`, in their order, each with a key unique in the set. */
export function citationsOf(records: readonly CitableRecord[]): Citation[] {
  const parts = records.map(citationWithoutKey);
  const keys = citationKeys(parts.map((part, i) => ({ ...part, id: records[i]?.id ?? '' })));
  return parts.map((part, i) => ({ key: keys[i] ?? '', ...part }));
}
