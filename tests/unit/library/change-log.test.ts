import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CHANGES, writeTransaction } from '@/utils/library/db';
import { putRecords } from '@/utils/library/put-records';
import { deleteOutlines } from '@/utils/library/delete';
import { putRecord } from '@/utils/library/records';
import { KEPT_CHANGES, changesSince, lastPosition } from '@/utils/library/change-log';
import { generatedRecords } from '../../../scripts/lib/generate-library';
import { freshLibrary } from './helpers';
import { readChangesSince } from '@/utils/library/memory-index-load';

describe('the library change log', () => {
  it('names the records of each committed write, in order, and nothing of a write that rolled back', async () => {
    const { db } = await freshLibrary();
    const [a, b, c] = generatedRecords(0, 3);
    if (!a || !b || !c) throw new Error('three records expected');
    expect((await putRecords(db, [a, b])).ok).toBe(true);
    expect((await deleteOutlines(db, [a.id])).ok).toBe(true);
    const failed = await writeTransaction(db, async (tx) => {
      await putRecord(tx, c);
      throw new Error('refused');
    });
    expect(failed.ok).toBe(false);
    expect(await db.getAll(CHANGES)).toEqual([{ ids: [a.id, b.id] }, { ids: [a.id] }]);
    const tx = db.transaction([CHANGES], 'readonly');
    expect(await lastPosition(tx)).toBe(2);
    expect(await changesSince(tx, 1)).toEqual({ ids: new Set([a.id]), last: 2 });
    expect(await changesSince(tx, 0)).toEqual({ ids: new Set([a.id, b.id]), last: 2 });
  });

  it(`keeps the last ${KEPT_CHANGES} writes, and says when it no longer reaches back to a position`, async () => {
    const { db } = await freshLibrary();
    const records = generatedRecords(0, 1);
    for (let write = 0; write < KEPT_CHANGES + 5; write++) await putRecords(db, records);
    expect(await db.count(CHANGES)).toBe(KEPT_CHANGES);
    const tx = db.transaction([CHANGES], 'readonly');
    expect(await lastPosition(tx)).toBe(KEPT_CHANGES + 5);
    expect(await changesSince(tx, 3)).toBeNull();
    expect(await changesSince(tx, 0)).toBeNull();
    expect(await changesSince(tx, 6)).toEqual({ ids: new Set(records.map((r) => r.id)), last: KEPT_CHANGES + 5 });
  }, 60_000);

  it('drops a catch-up of more changed records than its limit before reading any of them', async () => {
    const { db } = await freshLibrary();
    const records = generatedRecords(0, 12);
    expect((await putRecords(db, records)).ok).toBe(true);
    expect(await readChangesSince(db, 0, [], 11)).toBeNull();
    const caughtUp = await readChangesSince(db, 0, [], 12);
    expect(caughtUp?.changes.map((change) => change.id).sort()).toEqual(records.map((r) => r.id).sort());
    expect(caughtUp?.count).toBe(12);
  });
});
