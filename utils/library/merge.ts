import type { SavedOutline } from './schema';
import type { WriteTransaction } from './db';
import { LIST_ENTRIES } from './db-schema';
import { addRecord, putRecord } from './records';

export interface MergeCounts {
  added: number;
  updated: number;
  /** Already in the library in the same or a newer version. */
  unchanged: number;
}

/**
 * Puts records into the library by URL, inside the caller's transaction: a URL not yet
 * saved is added, a saved one is replaced only by a newer `updatedAt`. Used by import and
 * by undo, so re-inserting deleted records can never overwrite what was saved since.
 */
export async function mergeByUrl(tx: WriteTransaction, records: SavedOutline[]): Promise<MergeCounts> {
  const entries = tx.objectStore(LIST_ENTRIES);
  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
  for (const incoming of records) {
    const existing = await entries.index('url').get(incoming.url);
    if (existing) {
      if (incoming.updatedAt > existing.updatedAt) {
        // The local id stays: the open library page and any undo refer to it.
        await putRecord(tx, { ...incoming, id: existing.id });
        counts.updated++;
      } else counts.unchanged++;
      continue;
    }
    // An id already used by another URL (a hand-edited or hostile file) must not overwrite it.
    const idTaken = (await entries.getKey(incoming.id)) !== undefined;
    await addRecord(tx, idTaken ? { ...incoming, id: crypto.randomUUID() } : incoming);
    counts.added++;
  }
  return counts;
}
