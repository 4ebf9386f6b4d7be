import type { LibraryEntry } from './schema';

/**
 * The Timeline view's order: saved articles by the date they were published, grouped by
 * month, optionally by tag or by site first. Pure functions over the list's entries
 * (timeline-read.ts reads them); the view (components/library/TimelineView.tsx) only renders.
 */

/** What the Timeline shows of a saved article: the list entry's fields it needs, nothing else kept. */
export type TimelineEntry = Pick<LibraryEntry, 'id' | 'url' | 'title' | 'published' | 'savedAt' | 'siteName' | 'tags' | 'lang' | 'dir'>;

/** Where an entry's place on the timeline comes from: its publish date, or the day it was saved when it has none. */
export type DateSource = 'published' | 'saved';

export interface PlacedEntry {
  entry: TimelineEntry;
  source: DateSource;
  /**
   * The date as a wall clock, in milliseconds read as UTC: a publish date in the page's own
   * clock (as formatArticleDate shows it), a save in the reader's. Both sort on one scale.
   */
  time: number;
  /** "2024-05"; the empty string when neither date can be read. */
  month: string;
}

export interface TimelineMonth {
  /** "2024-05", or "" for entries with no readable date (listed last). */
  key: string;
  entries: PlacedEntry[];
}

export type TimelineGrouping = 'month' | 'tag' | 'site';

export interface TimelineGroup {
  /** The tag or site; null for the one group of 'month', or for entries with no tag or no site. */
  name: string | null;
  /** Entries in the group (an article with three tags counts in each of their groups). */
  count: number;
  /** Newest first. */
  months: TimelineMonth[];
}

/** "2024-05-17T08:30:00+07:00", "2024-05-17", "2024-05": year and month at least, read as written. */
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?/u;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The publish date's wall clock, or null when it is missing or not a date (a year alone has no month). */
function publishedTime(published: string | null): { time: number; month: string } | null {
  const match = published === null ? null : ISO_DATE.exec(published);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined || month === undefined || month < 1 || month > 12) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  return { time: Date.UTC(year, month - 1, day ?? 1, hour ?? 0, minute ?? 0), month: `${year}-${pad(month)}` };
}

/** A save's moment in the reader's own zone: the day and month they remember saving it. */
function savedTime(savedAt: number): { time: number; month: string } | null {
  const date = new Date(savedAt);
  if (!Number.isFinite(date.getTime())) return null;
  const year = date.getFullYear();
  const month = date.getMonth();
  return { time: Date.UTC(year, month, date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()), month: `${year}-${pad(month + 1)}` };
}

/** Each entry at its date, newest first (equal dates by id, so the order never depends on the store's). */
export function placeEntries(entries: readonly TimelineEntry[]): PlacedEntry[] {
  const placed = entries.map((entry): PlacedEntry => {
    const published = publishedTime(entry.published);
    if (published) return { entry, source: 'published', ...published };
    const saved = savedTime(entry.savedAt);
    return { entry, source: 'saved', time: saved?.time ?? Number.NEGATIVE_INFINITY, month: saved?.month ?? '' };
  });
  return placed.sort((a, b) => b.time - a.time || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
}

/** Consecutive runs of one month: `placed` is newest first, so each month is one run, undated last. */
function byMonth(placed: readonly PlacedEntry[]): TimelineMonth[] {
  const months: TimelineMonth[] = [];
  for (const item of placed) {
    const last = months.at(-1);
    if (last && last.key === item.month) last.entries.push(item);
    else months.push({ key: item.month, entries: [item] });
  }
  return months;
}

function namesOf(entry: TimelineEntry, grouping: 'tag' | 'site'): readonly (string | null)[] {
  if (grouping === 'site') return [entry.siteName || null];
  return entry.tags.length > 0 ? entry.tags : [null];
}

/**
 * The timeline of `placed` (placeEntries), grouped as the reader chose. Groups of tags or
 * sites are in the reader's alphabetical order (`locale`), articles with no tag or no site last.
 */
export function groupTimeline(placed: readonly PlacedEntry[], grouping: TimelineGrouping, locale: string): TimelineGroup[] {
  if (grouping === 'month') return [{ name: null, count: placed.length, months: byMonth(placed) }];
  const members = new Map<string | null, PlacedEntry[]>();
  for (const item of placed) {
    for (const name of namesOf(item.entry, grouping)) {
      const list = members.get(name);
      if (list) list.push(item);
      else members.set(name, [item]);
    }
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const names = [...members.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : collator.compare(a, b)));
  return names.map((name) => {
    const list = members.get(name) ?? [];
    return { name, count: list.length, months: byMonth(list) };
  });
}
