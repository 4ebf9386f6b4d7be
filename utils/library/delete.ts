import type { SavedOutline, WriteFailure } from './schema';
import { writeTransaction, type LibraryDatabase } from './db';
import { mergeByUrl, type MergeCounts } from './merge';
import { deleteRecord, getRecord } from './records';

/**
 * Deletes records and hands them back whole, so the UI can offer Undo by re-inserting
 * exactly what was removed. Ids already gone are skipped.
 */
export async function deleteOutlines(db: LibraryDatabase, ids: readonly string[]): Promise<{ ok: true; deleted: SavedOutline[] } | WriteFailure> {
  const result = await writeTransaction(db, async (tx) => {
    const deleted: SavedOutline[] = [];
    for (const id of ids) {
      const record = await getRecord(tx, id);
      if (!record) continue;
      await deleteRecord(tx, id);
      deleted.push(record);
    }
    return deleted;
  });
  return result.ok ? { ok: true, deleted: result.value } : result;
}

/** Undo of a delete: anything saved again under the same URL in the meantime is kept if newer. */
export async function restoreOutlines(
  db: LibraryDatabase,
  records: readonly SavedOutline[],
  onWritten?: (ids: string[]) => void,
): Promise<{ ok: true; counts: MergeCounts } | WriteFailure> {
  const result = await writeTransaction(db, (tx) => mergeByUrl(tx, [...records], { onWritten }));
  return result.ok ? { ok: true, counts: result.value } : result;
}
