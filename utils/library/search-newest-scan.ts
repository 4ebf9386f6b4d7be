import type { IDBPTransaction } from 'idb';
import { LIST_ENTRIES, SEARCH_INDEX, type LibraryDatabase, type LibrarySchema } from './db';
import { matchesAsPrefix, MemoryIndexBuilder, type MemoryIndex } from './memory-index';
import { queryPhrases, queryTerms, strongTokenCount, STRONG_MARK, type QueryTerm } from './search-tokens';
import { MatchCache } from './match-cache';
import type { LibraryEntry, SearchEntry } from './schema';
import { findOutlines, readNewest, type LibraryPage, type LibraryQuery } from './search';

/**
 * Newest records a search reads while there is no search index in memory yet. Words have no
 * index in the store (migrations.ts, version 8), and a build reads every record (4.5–7.7 s at
 * 10,000 outlines in Chromium), a saved copy's read 0.2–1 s (search-index-keeper.ts): the first
 * search after an install, an import or a lost copy, or one typed while the copy is read, is
 * answered from these meanwhile, and again from the index once it is ready. Reading a record's
 * tokens costs about 0.2 ms in Chromium on a busy machine: 300 of them took 50–70 ms, twice a
 * search from memory, and the first answer was the slow one.
 */
export const NEWEST_SCANNED = 100;

type NewestTransaction = IDBPTransaction<LibrarySchema, [typeof LIST_ENTRIES, typeof SEARCH_INDEX], 'readonly'>;

/** The `count` newest entries, newest first: in one request where the browser can, else by a cursor. */
async function newestEntries(tx: NewestTransaction, count: number): Promise<LibraryEntry[]> {
  const index = tx.objectStore(LIST_ENTRIES).index('savedAt');
  const bulk = await readNewest(index, 'getAll', count);
  if (bulk) return bulk;
  const entries: LibraryEntry[] = [];
  for (let cursor = await index.openCursor(null, 'prev'); cursor && entries.length < count; cursor = await cursor.continue()) entries.push(cursor.value);
  return entries;
}

/** What an answer from the newest records is made from. */
export interface NewestRecords {
  /** Up to the number asked for, newest first. */
  entries: LibraryEntry[];
  /** Each entry's search tokens, in the same order (undefined for a record without them). */
  searches: (SearchEntry | undefined)[];
  /** Whether they are every record in the library: an answer from them is then exact. */
  whole: boolean;
}

/** The `scanned` newest records' entries and search tokens, in one transaction: a write lands wholly before or after it. */
export async function readNewestRecords(db: LibraryDatabase, scanned = NEWEST_SCANNED): Promise<NewestRecords> {
  const tx = db.transaction([LIST_ENTRIES, SEARCH_INDEX], 'readonly');
  const entries = await newestEntries(tx, scanned + 1);
  const whole = entries.length <= scanned;
  const kept = whole ? entries : entries.slice(0, scanned);
  const store = tx.objectStore(SEARCH_INDEX);
  const searches = await Promise.all(kept.map((entry) => store.get(entry.id)));
  return { entries: kept, searches, whole };
}

/**
 * The record's tokens that match a term of the query as the index matches them (a word
 * beginning only those MemoryIndex.words holds), the strong mark counting those of them that
 * were strong: the small index then ranks as one of every token would, and interning the
 * hundreds of others (about 50 ms for 300 records in Chromium on a busy machine) is spared.
 */
function matchingTokens(search: SearchEntry, terms: readonly QueryTerm[]): SearchEntry {
  const { tokens } = search;
  if (!Array.isArray(tokens)) return search;
  // Counted as MemoryIndexBuilder counts them (indexedTokens): whatever lies before the end of the strong run.
  const strongEnd = 1 + strongTokenCount(tokens);
  const kept: string[] = [];
  let strong = 0;
  tokens.forEach((token, i) => {
    if (typeof token !== 'string') return;
    if (!terms.some((term) => (term.prefix ? token.startsWith(term.token) && matchesAsPrefix(token) : token === term.token))) return;
    kept.push(token);
    if (i < strongEnd) strong++;
  });
  // Always marked, even with none: unmarked, the first token would be read as strong.
  return { id: search.id, tokens: [`${STRONG_MARK}${strong}`, ...kept] };
}

/** Measured for each answer from the newest records: its detail says how long the reads and the small index took. */
export const NEWEST_SCAN_MEASURE = 'lede-library-newest-scan';

/**
 * The newest records with an index of them: of every token they hold when made before the search
 * (search-newest-ahead.ts), of those matching the query when made for it (matchingTokens).
 */
export interface NewestIndexed extends NewestRecords {
  index: MemoryIndex;
}

/** An index of the records' tokens that match `terms`: what one query needs, made on the spot. */
function indexOfMatching({ entries, searches }: NewestRecords, terms: readonly QueryTerm[]): MemoryIndex {
  const builder = new MemoryIndexBuilder(entries);
  for (const search of searches) if (search) builder.add(matchingTokens(search, terms));
  return builder.build();
}

/**
 * The query answered over the newest `scanned` records alone, by a small index of them, ranked
 * as the whole index ranks (MemoryIndex.ranked). When they are the whole library the page is
 * exact; otherwise it is `partial`, and the caller asks again once the index is built. The
 * page's entries are those already read for the small index: only a phrase reads more (the
 * candidates' outlines, search-phrases.ts). `readAhead`: those records read and indexed before
 * the search was typed (NewestRecordsAhead), if they are still current; else they are read and
 * indexed now.
 */
export async function pageFromNewest(db: LibraryDatabase, query: LibraryQuery, limit: number, scanned = NEWEST_SCANNED, readAhead: Promise<NewestIndexed | null> | null = null): Promise<LibraryPage> {
  const started = performance.now();
  const ahead = await readAhead;
  let indexed = ahead;
  let read = performance.now();
  if (!indexed) {
    const records = await readNewestRecords(db, scanned);
    read = performance.now();
    indexed = { ...records, index: indexOfMatching(records, queryTerms(query.text ?? '')) };
  }
  const { entries, index, whole } = indexed;
  const built = performance.now();
  const page = await pageOf(db, index, entries, query, limit);
  performance.measure(NEWEST_SCAN_MEASURE, { start: started, detail: { records: entries.length, readMs: read - started, buildMs: built - read, readAhead: Boolean(ahead) } });
  return whole ? page : { ...page, partial: true };
}

async function pageOf(db: LibraryDatabase, index: MemoryIndex, entries: readonly LibraryEntry[], query: LibraryQuery, limit: number): Promise<LibraryPage> {
  const docs = queryPhrases(query.text ?? '').length === 0 ? index.ranked(query) : null;
  if (docs === null) {
    // A phrase, or no words at all: the whole path, which reads what it needs.
    const cache = new MatchCache();
    cache.useIndex(index);
    return findOutlines(db, query, { limit, cache });
  }
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const items = index.idsOf(docs, 0, limit).flatMap((id) => byId.get(id) ?? []);
  return { total: docs.length, items };
}
