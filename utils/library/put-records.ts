import type { SavedOutline, WriteFailure } from './schema';
import { writeTransaction, type LibraryDatabase } from './db';
import { putRecord } from './records';

/**
 * Stores records that are already complete (validated, with their search tokens), in one
 * transaction, replacing any with the same id. Only benchmarks fill a library this way;
 * readers' data goes through save, import and undo.
 */
export async function putRecords(db: LibraryDatabase, records: readonly SavedOutline[]): Promise<{ ok: true } | WriteFailure> {
  const result = await writeTransaction(db, async (tx) => {
    await Promise.all(records.map((record) => putRecord(tx, record)));
    return null;
  });
  return result.ok ? { ok: true } : result;
}
