import { LIST_ENTRIES, type LibraryDatabase } from './db';
import type { TimelineEntry } from './timeline';

/**
 * Every saved article as the Timeline needs it, from the list's store alone: the contents
 * (outline, text, HTML: most of the library's bytes) are never read. IndexedDB has no index
 * on the publish date and the v7 schema adds none, so the entries are read in one request and
 * sorted in memory (timeline.ts): about 10,000 of them are read and placed in tens of
 * milliseconds (scripts/bench-timeline-browser.ts). Only the fields shown are kept.
 */
export async function readTimelineEntries(db: LibraryDatabase): Promise<TimelineEntry[]> {
  const entries = await db.getAll(LIST_ENTRIES);
  return entries.map(({ id, url, title, published, savedAt, siteName, tags, lang, dir }) => ({ id, url, title, published, savedAt, siteName, tags, lang, dir }));
}
