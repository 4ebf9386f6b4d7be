import { LIST_ENTRIES, SEARCH_INDEX, type LibraryDatabase } from './db';
import { MemoryIndexBuilder } from './memory-index';
import { MatchCache } from './match-cache';
import type { LibraryEntry } from './schema';
import { findOutlines, readNewest, type LibraryPage, type LibraryQuery } from './search';

/**
 * Newest records a search reads while there is no search index yet. Words have no index in
 * the store (migrations.ts, version 8), and a build reads every record (4.5–7.7 s at 10,000
 * outlines in Chromium): the first search after an install, an import or a lost copy is
 * answered from these meanwhile, as fast as the next, and again from the index once built.
 */
export const NEWEST_SCANNED = 300;

/** The `count` newest entries, newest first: in one request where the browser can, else by a cursor. */
async function newestEntries(db: LibraryDatabase, count: number): Promise<LibraryEntry[]> {
  const index = db.transaction(LIST_ENTRIES, 'readonly').store.index('savedAt');
  const bulk = await readNewest(index, 'getAll', count);
  if (bulk) return bulk;
  const entries: LibraryEntry[] = [];
  for (let cursor = await index.openCursor(null, 'prev'); cursor && entries.length < count; cursor = await cursor.continue()) entries.push(cursor.value);
  return entries;
}

/**
 * The query answered over the newest `scanned` records alone, by an index of them made on the
 * spot, ranked as the whole index ranks (MemoryIndex.ranked). When they are the whole library
 * the page is exact; otherwise it is `partial`, and the caller asks again once the index is built.
 */
export async function pageFromNewest(db: LibraryDatabase, query: LibraryQuery, limit: number, scanned = NEWEST_SCANNED): Promise<LibraryPage> {
  const entries = await newestEntries(db, scanned + 1);
  const whole = entries.length <= scanned;
  const kept = whole ? entries : entries.slice(0, scanned);
  const store = db.transaction(SEARCH_INDEX, 'readonly').store;
  const searches = await Promise.all(kept.map((entry) => store.get(entry.id)));
  const builder = new MemoryIndexBuilder(kept);
  for (const search of searches) if (search) builder.add(search);
  const cache = new MatchCache();
  cache.useIndex(builder.build());
  const page = await findOutlines(db, query, { limit, cache });
  return whole ? page : { ...page, partial: true };
}
