import { CHANGES, LIST_ENTRIES, SEARCH_INDEX, type LibraryDatabase } from './db';
import { changesSince, lastPosition } from './change-log';
import { MemoryIndex, MemoryIndexBuilder, type IndexedEntry, type RecordChange } from './memory-index';
import type { SearchEntry } from './schema';
import { nextTask } from '../dom/next-task';

/**
 * Records read per request while building. Reading a batch blocks the page while the
 * browser deserialises it (a record holds a few hundred tokens); a hundred keep each block
 * to a few milliseconds, so a search typed during the build is not held up behind one.
 */
const BATCH = 100;

function indexedFields({ id, savedAt, updatedAt, published, siteName, lang, tags }: IndexedEntry): IndexedEntry {
  return { id, savedAt, updatedAt, published, siteName, lang, tags };
}

/** The list's entries, trimmed to what the index keeps, a batch per request. */
async function readEntries(db: LibraryDatabase, signal: AbortSignal | undefined, pause: (() => Promise<void>) | undefined): Promise<IndexedEntry[] | null> {
  const entries: IndexedEntry[] = [];
  let after: string | null = null;
  // A search answered from the newest records may be reading as the build starts: the first batch waits too.
  await pause?.();
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const batch = await db.transaction(LIST_ENTRIES, 'readonly').store.getAll(range, BATCH * 10);
    if (signal?.aborted) return null;
    for (const entry of batch) entries.push(indexedFields(entry));
    const last = batch.at(-1);
    if (!last || batch.length < BATCH * 10) return entries;
    after = last.id;
    await nextTask();
    await pause?.();
  }
}

/**
 * Builds the library's in-memory search index (memory-index.ts) from its stores, in
 * batches between which the page stays responsive, and waits while `pause` says a search
 * is running. Null when `signal` aborts it: the
 * library changed meanwhile, and a new build starts from the new state. The batches are
 * separate transactions; a write between two of them is announced (library-changes.ts),
 * and the page then drops this index for a fresh one.
 */
export async function loadMemoryIndex(
  db: LibraryDatabase,
  { signal, pause }: { signal?: AbortSignal; pause?: () => Promise<void> } = {},
): Promise<MemoryIndex | null> {
  const entries = await readEntries(db, signal, pause);
  if (!entries) return null;
  const builder = new MemoryIndexBuilder(entries);
  let after: string | null = null;
  for (;;) {
    await nextTask();
    await pause?.();
    if (signal?.aborted) return null;
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const batch: SearchEntry[] = await db.transaction(SEARCH_INDEX, 'readonly').store.getAll(range, BATCH);
    for (const search of batch) builder.add(search);
    const last = batch.at(-1);
    if (!last || batch.length < BATCH) break;
    after = last.id;
  }
  if (signal?.aborted) return null;
  return builder.build();
}

/** The change log's last position (change-log.ts): read before a build, whose index then holds at least what it names. */
export async function readLastPosition(db: LibraryDatabase): Promise<number> {
  return lastPosition(db.transaction([CHANGES], 'readonly'));
}

/** What MemoryIndex.patched needs to bring an index at one log position to the library as it is now. */
export interface CatchUp {
  changes: RecordChange[];
  /** The log position the patched index holds. */
  position: number;
  /** Records in the list now: the patched index must hold as many. */
  count: number;
}

/**
 * The records written since log position `position`, and `ids` besides, as they are now, in
 * one transaction (one consistent state, every request in flight at once); null when the log
 * no longer reaches back to `position`, or more than `limit` records changed. The limit is
 * checked on the log's ids, before any record is read: a copy saved before a fill of 10,000
 * outlines read all 10,000 records at once (2.7 s of deserialising that blocked the page, a
 * click on People included) only to be dropped for a build.
 */
export async function readChangesSince(db: LibraryDatabase, position: number, ids: readonly string[] = [], limit = Number.POSITIVE_INFINITY): Promise<CatchUp | null> {
  const tx = db.transaction([CHANGES, LIST_ENTRIES, SEARCH_INDEX], 'readonly');
  const [logged, count] = await Promise.all([changesSince(tx, position), tx.objectStore(LIST_ENTRIES).count()]);
  if (!logged) return null;
  const unique = [...new Set([...ids, ...logged.ids])];
  if (unique.length > limit) return null;
  const [entries, searches] = await Promise.all([
    Promise.all(unique.map((id) => tx.objectStore(LIST_ENTRIES).get(id))),
    Promise.all(unique.map((id) => tx.objectStore(SEARCH_INDEX).get(id))),
  ]);
  const changes = unique.map((id, i) => {
    const entry = entries[i];
    const tokens = searches[i]?.tokens;
    return { id, entry: entry ? indexedFields(entry) : undefined, tokens: Array.isArray(tokens) ? tokens : [] };
  });
  return { changes, position: logged.last, count };
}

export { MemoryIndex };
