import type { IDBPTransaction } from 'idb';
import { CHANGES, type LibrarySchema, type LibraryStoreName } from './db-schema';

/**
 * The library's change log: every write transaction adds one entry naming the records it put
 * or deleted (db.ts, writeTransaction), in the same transaction, so the log can never miss a
 * committed write, whichever page or the background made it. A saved copy of the search index
 * remembers the last entry it holds; the next page reads only the entries after it and the
 * records they name, where checking the copy against the whole list read every entry (86 ms
 * at 10,000 outlines in Chromium, five times that at 50,000).
 */

/** Entries kept: a copy or a page further behind than this falls back to checking the whole list. */
export const KEPT_CHANGES = 1_000;

type WriteTx = IDBPTransaction<LibrarySchema, LibraryStoreName[], 'readwrite' | 'versionchange'>;

/** Records touched per transaction (records.ts reports each put and delete), until the transaction logs them. */
const touched = new WeakMap<object, Set<string>>();

export function noteTouched(tx: object, id: string): void {
  const ids = touched.get(tx);
  if (ids) ids.add(id);
  else touched.set(tx, new Set([id]));
}

/** Adds the entry for what `tx` wrote, if anything, and drops entries older than the last KEPT_CHANGES. */
export async function logTouched(tx: WriteTx): Promise<void> {
  const ids = touched.get(tx);
  touched.delete(tx);
  if (!ids || ids.size === 0) return;
  const log = tx.objectStore(CHANGES);
  const position = await log.add({ ids: [...ids] });
  if (position > KEPT_CHANGES) await log.delete(IDBKeyRange.upperBound(position - KEPT_CHANGES));
}

type ReadTx = IDBPTransaction<LibrarySchema, LibraryStoreName[], IDBTransactionMode>;

/** The log's last position, 0 when it is empty: what an index built from the stores now holds. */
export async function lastPosition(tx: ReadTx): Promise<number> {
  const cursor = await tx.objectStore(CHANGES).openKeyCursor(null, 'prev');
  return cursor ? cursor.key : 0;
}

/**
 * The records written after `position`, and the log's last position; null when the log no
 * longer reaches back there (entries dropped, or a library made anew), so the caller cannot
 * know what changed. An index at `position` holds the entry at `position` itself, which must
 * still be there; position 0 (an empty log then) needs the log to start at its first entry.
 */
export async function changesSince(tx: ReadTx, position: number): Promise<{ ids: Set<string>; last: number } | null> {
  const log = tx.objectStore(CHANGES);
  const from = IDBKeyRange.lowerBound(Math.max(position, 1));
  const [keys, entries] = await Promise.all([log.getAllKeys(from), log.getAll(from)]);
  const first = keys[0];
  if (first === undefined) return position === 0 ? { ids: new Set(), last: 0 } : null;
  if (first !== Math.max(position, 1)) return null;
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    // The entry at `position` is already in the index.
    if ((keys[i] ?? 0) > position && Array.isArray(entry.ids)) for (const id of entry.ids) ids.add(id);
  });
  return { ids, last: keys.at(-1) ?? position };
}
