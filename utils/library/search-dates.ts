import type { LibraryEntry } from './schema';

/** What a date filter reads of a query: days as the date inputs give them, YYYY-MM-DD, either side open. */
export interface DateFilter {
  from?: string | null;
  to?: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

function dayStart(day: string | null | undefined): number | null {
  const match = ISO_DAY.exec(day ?? '');
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(time) ? time : null;
}

/** The filter's bounds in epoch ms, `to` taking in its whole day; null when it sets neither. */
export function dateBounds(filter: DateFilter): { from: number; to: number } | null {
  const from = dayStart(filter.from);
  const to = dayStart(filter.to);
  if (from === null && to === null) return null;
  return { from: from ?? Number.NEGATIVE_INFINITY, to: to === null ? Number.POSITIVE_INFINITY : to + DAY_MS - 1 };
}

/**
 * The date a record is filtered by: the article's publish date, or the day it was saved when
 * the article gave none (a reader's "what did I keep from March" still finds it).
 */
export function recordDate(entry: Pick<LibraryEntry, 'published' | 'savedAt'>): number {
  const published = typeof entry.published === 'string' ? Date.parse(entry.published) : Number.NaN;
  return Number.isFinite(published) ? published : entry.savedAt;
}
