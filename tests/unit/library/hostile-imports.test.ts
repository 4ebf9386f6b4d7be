import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LibraryDatabase } from '@/utils/library/db';
import { importLibrary } from '@/utils/library/import';
import { libraryToJson, recordsToExport } from '@/utils/library/export';
import { putRecords } from '@/utils/library/put-records';
import { withSearchTokens } from '@/utils/library/search-tokens';
import type { ExportedOutline } from '@/utils/library/schema';
import { freshLibrary } from './helpers';
import { hostileImportFiles, validItem } from './hostile-imports';

const NOW = Date.parse('2026-11-30T00:00:00Z');
const FILES = hostileImportFiles();

/** Two records the reader already has: every refusal must leave them, and every import must keep their words. */
async function seededLibrary(): Promise<LibraryDatabase> {
  const { db } = await freshLibrary();
  const seeds = [1, 2].map((n) => withSearchTokens(validItem({ id: `seed-${n}`, url: `https://seed.example/${n}`, note: `seed note ${n}`, tags: [`seed ${n}`] }) as unknown as ExportedOutline));
  const result = await putRecords(db, seeds);
  if (!result.ok) throw new Error(result.message);
  return db;
}

/** Everything the three stores hold. */
async function snapshot(db: LibraryDatabase): Promise<unknown[]> {
  return Promise.all([db.getAll('listEntries'), db.getAll('contents'), db.getAll('searchIndex')]);
}

function itemCount(text: string): number {
  const items = (JSON.parse(text) as { items: unknown[] }).items;
  return items.length;
}

/** Files whose outcome is fixed by the rules, not only "a value and no throw". */
const EXPECTED: Record<string, 'ok' | 'refused'> = {
  'lang-en-a-thai': 'refused',
  'lang-x-abc-khmer': 'refused',
  'lang-und-thai': 'ok',
  'lang-vi_VN-lao': 'refused',
  'outline-10000-rows': 'ok',
  'outline-10001-rows': 'refused',
  'outline-5000-sections': 'ok',
  'outline-5001-sections': 'refused',
  'date-updatedAt-far-future': 'ok',
  'date-savedAt-past-max-date': 'refused',
  'proto-in-item': 'refused',
  'constructor-in-item': 'refused',
  'url-0-javascripta': 'refused',
  'long-url-grows-when-normalised': 'refused',
  'lone-high-title': 'ok',
  'nan-literal': 'refused',
  'dup-url-50': 'ok',
  'dup-url-of-seeded-record': 'ok',
  'dup-id-of-seeded-record': 'ok',
  'schema-v1-shape': 'ok',
  'schema-v1-bad-date': 'refused',
  'items-100001': 'refused',
  'items-object': 'refused',
  'items-string': 'refused',
};

describe('hostile library files', () => {
  it('number at least 200, with unique names', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(200);
    expect(new Set(FILES.map((f) => f.name)).size).toBe(FILES.length);
    for (const name of Object.keys(EXPECTED)) expect(FILES.map((f) => f.name)).toContain(name);
  });

  it.each(FILES.map((f) => [f.name, f.text] as const))('%s: a result or a refusal, never a throw; a refusal changes nothing', async (name, text) => {
    const db = await seededLibrary();
    const before = await snapshot(db);
    const result = await importLibrary(db, text, { now: NOW });
    if (EXPECTED[name]) expect(result.ok ? 'ok' : 'refused').toBe(EXPECTED[name]);
    if (!result.ok) {
      // "failed" would be a throw turned into a message: every hostile file must be refused by a check.
      expect(['invalid', 'too-large']).toContain(result.reason);
      expect(result.message.length).toBeGreaterThan(5);
      expect(await snapshot(db)).toEqual(before);
    } else {
      const { added, updated, unchanged } = result.counts;
      expect(added + updated + unchanged).toBe(itemCount(text));
      // The reader's own words survive whatever the file says about the same URLs.
      const seeds = (await recordsToExport(db, ['seed-1', 'seed-2'], NOW)).map((r) => [r.note, r.tags[0]]);
      expect(seeds).toEqual([['seed note 1', 'seed 1'], ['seed note 2', 'seed 2']].map(([note, tag]) => [expect.stringContaining(note ?? ''), tag]));
      // What was imported exports and imports back identically.
      const first = libraryToJson(await recordsToExport(db, undefined, NOW), NOW);
      const { db: wiped } = await freshLibrary();
      expect(await importLibrary(wiped, first, { now: NOW })).toMatchObject({ ok: true });
      expect(libraryToJson(await recordsToExport(wiped, undefined, NOW), NOW)).toBe(first);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  }, 30_000);
});
