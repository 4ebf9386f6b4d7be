import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveOutline } from '@/utils/library/save';
import { findOutlines, getOutline } from '@/utils/library/search';
import { importLibrary } from '@/utils/library/import';
import { libraryToJson, recordsToExport } from '@/utils/library/export';
import { updateNoteAndTags } from '@/utils/library/notes-tags';
import { storageUsage } from '@/utils/library/usage';
import { freshLibrary, makeArticle, makeOutline } from './helpers';

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** The browser refuses the n-th write onwards, as a full disk or quota does. */
function failWritesFrom(n: number, error: () => unknown): void {
  let calls = 0;
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls >= n) throw error();
      return original.apply(this, args);
    });
  }
}

afterEach(() => vi.restoreAllMocks());

describe('a full quota or a failed write', () => {
  it('is reported as "quota" and leaves earlier records intact', async () => {
    const { db } = await freshLibrary();
    const first = await saveOutline(db, makeArticle({ url: 'https://x.example/1', title: 'Kept' }), makeOutline(), 1000);
    if (!first.ok) throw new Error(first.message);
    failWritesFrom(1, quotaError);
    const second = await saveOutline(db, makeArticle({ url: 'https://x.example/2' }), makeOutline());
    expect(second).toEqual({ ok: false, reason: 'quota', message: 'The browser refused to store more: storage is full.' });
    const update = await saveOutline(db, makeArticle({ url: 'https://x.example/1', title: 'Overwritten?' }), makeOutline());
    expect(update).toMatchObject({ ok: false, reason: 'quota' });
    vi.restoreAllMocks();
    expect((await findOutlines(db)).items.map((entry) => entry.id)).toEqual([first.record.id]);
    expect(await getOutline(db, first.record.id)).toEqual(first.record);
  });

  it('rolls back an import that fails part-way: nothing from the file is kept', async () => {
    const { db } = await freshLibrary();
    const kept = await saveOutline(db, makeArticle({ url: 'https://x.example/kept' }), makeOutline(), 1000);
    if (!kept.ok) throw new Error(kept.message);
    const [base] = await recordsToExport(db);
    if (!base) throw new Error('seed missing');
    const items = [1, 2, 3, 4].map((i) => ({ ...base, id: `import-${i}`, url: `https://import.example/${i}` }));
    failWritesFrom(3, quotaError);
    expect(await importLibrary(db, libraryToJson(items, 0))).toMatchObject({ ok: false, reason: 'quota' });
    vi.restoreAllMocks();
    expect((await findOutlines(db)).items.map((r) => r.id)).toEqual([kept.record.id]);
  });

  it('reports any other failure as "failed" with its message', async () => {
    const { db } = await freshLibrary();
    const saved = await saveOutline(db, makeArticle(), makeOutline(), 1000);
    if (!saved.ok) throw new Error(saved.message);
    failWritesFrom(1, () => new DOMException('The disk is on fire.', 'UnknownError'));
    expect(await updateNoteAndTags(db, saved.record.id, { note: 'lost?' })).toEqual({ ok: false, reason: 'failed', message: 'The disk is on fire.' });
    vi.restoreAllMocks();
    expect((await findOutlines(db)).items[0]?.note).toBe('');
  });

  it('reports a quota error the browser raises when the transaction aborts', async () => {
    const { db } = await freshLibrary();
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = original.apply(this, args);
      // What Chrome does on a full disk: the request itself succeeds, the commit aborts with QuotaExceededError.
      const tx = this.transaction as IDBTransaction & { error: DOMException | null };
      request.addEventListener('success', () => {
        Object.defineProperty(tx, 'error', { value: quotaError(), configurable: true });
        tx.abort();
      });
      return request;
    });
    expect(await saveOutline(db, makeArticle(), makeOutline())).toMatchObject({ ok: false, reason: 'quota' });
    vi.restoreAllMocks();
    expect(await db.count('listEntries')).toBe(0);
  });
});

describe('storageUsage', () => {
  it('uses the browser estimate when there is one', async () => {
    const { db } = await freshLibrary();
    await saveOutline(db, makeArticle(), makeOutline());
    const usage = await storageUsage(db, { estimate: () => Promise.resolve({ usage: 12_345, quota: 1_000_000 }) });
    expect(usage).toEqual({ bytes: 12_345, quota: 1_000_000, approximate: false, count: 1 });
  });

  it('counts the records when the browser gives no estimate', async () => {
    const { db } = await freshLibrary();
    await saveOutline(db, makeArticle({ text: 'x'.repeat(10_000) }), makeOutline());
    const usage = await storageUsage(db, undefined);
    expect(usage.approximate).toBe(true);
    expect(usage.bytes).toBeGreaterThan(20_000);
    expect(usage.bytes).toBeLessThan(40_000);
  });
});
