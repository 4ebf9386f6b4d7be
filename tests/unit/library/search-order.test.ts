import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { putRecords } from '@/utils/library/put-records';
import { findOutlines, type LibraryQuery } from '@/utils/library/search';
import type { LibraryDatabase } from '@/utils/library/db';
import { generatedRecords } from '../../../scripts/lib/generate-library';
import { freshLibrary } from './helpers';

type GetAll = (this: IDBIndex, ...args: unknown[]) => IDBRequest<unknown[]>;

/**
 * What Chromium 141+ offers and fake-indexeddb does not: getAllKeys({ query, count,
 * direction }) and getAll({ ... }). Emulated on top of the plain calls, so the backward paths
 * of findOutlines are checked against the path every engine has.
 */
function emulateBackward(method: 'getAllKeys' | 'getAll') {
  const original = IDBIndex.prototype[method] as unknown as GetAll;
  return vi.spyOn(IDBIndex.prototype, method).mockImplementation(function (this: IDBIndex, ...args: unknown[]) {
    const [options] = args;
    if (typeof options !== 'object' || options === null || !('direction' in options)) return original.apply(this, args) as never;
    const { count } = options as unknown as { count: number };
    const request = original.apply(this, [null]);
    request.addEventListener('success', () => {
      Object.defineProperty(request, 'result', { value: [...request.result].reverse().slice(0, count) });
    });
    return request as never;
  });
}

afterEach(() => vi.restoreAllMocks());

describe('ordering many matches newest first', () => {
  let db: LibraryDatabase;
  const queries: [string, LibraryQuery][] = [
    // Words are matched in memory (search.ts, findOutlines): only filters read the store's indexes.
    ['every record', { text: '' }],
    ['a language', { lang: 'vi' }],
    ['a sparse tag', { tag: 'theo dõi' }],
    ['a site', { site: 'Site 3' }],
  ];

  beforeAll(async () => {
    ({ db } = await freshLibrary());
    const result = await putRecords(db, generatedRecords(0, 1_200));
    if (!result.ok) throw new Error(result.message);
  }, 60_000);

  it.each(queries)('gives the same pages with and without reading the date index backwards: %s', async (_name, query) => {
    const pages = [{ offset: 0, limit: 50 }, { offset: 0, limit: 150 }, { offset: 100, limit: 50 }];
    const plain = await Promise.all(pages.map((page) => findOutlines(db, query, page)));
    const spy = emulateBackward('getAllKeys');
    const entriesSpy = emulateBackward('getAll');
    const backward = await Promise.all(pages.map((page) => findOutlines(db, query, page)));
    expect(backward.map((p) => [p.total, p.items.map((e) => e.id)])).toEqual(plain.map((p) => [p.total, p.items.map((e) => e.id)]));
    const isBackward = ([options]: unknown[]) => typeof options === 'object' && options !== null && 'direction' in options;
    // Past 300 matches the date index orders them, and the backward reads are what did it.
    if (query.text !== '' && plain[0] && plain[0].total > 300) expect(spy.mock.calls.filter(isBackward).length).toBeGreaterThan(0);
    // The whole list is one backward read of entries.
    if (query.text === '') expect(entriesSpy.mock.calls.filter(isBackward).length).toBe(pages.length);
    for (const page of plain) {
      const times = page.items.map((e) => e.savedAt);
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
  });
});
