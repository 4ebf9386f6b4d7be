import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '@/utils/library/db';
import type { LibrarySchema } from '@/utils/library/db-schema';
import { createVersion1Store, createVersion2Store, createVersion4Stores, createVersion6Stores, upgradeVersion6To7, DB_VERSION, upgradeRecord, type SavedOutlineV1 } from '@/utils/library/migrations';
import { readPeople, readPerson } from '@/utils/library/people-read';
import { SCHEMA_VERSION, type SavedOutline } from '@/utils/library/schema';
import { recordsToExport } from '@/utils/library/export';
import { saveOutline } from '@/utils/library/save';
import { makeArticle, makeOutline } from './helpers';
import { findOutlines, getOutline } from '@/utils/library/search';
import { importLibrary } from '@/utils/library/import';
import { checked, expectRecord } from '@/utils/library/validate';
import { PREFIX_MARK } from '@/utils/library/search-tokens';
import { directionOfLanguage } from '@/utils/lang';

const ALL_STORE_NAMES = ['changes', 'contents', 'listEntries', 'peopleMerges', 'searchIndex', 'speakerQuotes', 'speakers'];

const V1_RECORDS = JSON.parse(readFileSync(new URL('./fixtures/library-v1.json', import.meta.url), 'utf8')) as SavedOutlineV1[];

/** Writes the fixture exactly as the first release did: database version 1, v1 records. */
async function writeVersion1Database(name: string): Promise<void> {
  const db = await openDB<LibrarySchema>(name, 1, { upgrade: (d) => createVersion1Store(d) });
  // Version 1 named the list's store `outlines`: written untyped, as that release did.
  const tx = (db as unknown as IDBPDatabase).transaction('outlines', 'readwrite');
  for (const record of V1_RECORDS) await tx.store.put(record);
  await tx.done;
  db.close();
}

/** Whole records, search tokens included, exactly as version 2 stored them (from the v1 fixture). */
const V2_RECORDS = JSON.parse(readFileSync(new URL('./fixtures/library-v2.json', import.meta.url), 'utf8')) as SavedOutline[];

/** Writes the fixture exactly as the second release did: database version 2, one store of whole records. */
async function writeVersion2Database(name: string): Promise<void> {
  const db = await openDB<LibrarySchema>(name, 2, { upgrade: (d, _old, _new, tx) => createVersion2Store(d, tx) });
  const tx = (db as unknown as IDBPDatabase).transaction('outlines', 'readwrite');
  for (const record of V2_RECORDS) await tx.store.put(record);
  await tx.done;
  db.close();
}

describe('migration of a version 2 database (one store of whole records)', () => {
  it('splits every record into entry, content and search tokens, losing nothing', async () => {
    const name = `migrate-v2-${Math.random()}`;
    await writeVersion2Database(name);
    const db = await openLibrary(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(ALL_STORE_NAMES);
    expect([...db.transaction('listEntries').store.indexNames]).not.toContain('searchTokens');
    for (const { searchTokens, ...record } of V2_RECORDS) {
      const migrated = await getOutline(db, record.id);
      expect(migrated).toMatchObject(record);
      // Recomputed: the words version 2 indexed, and no stored word beginnings (gone since version 5).
      expect(migrated?.searchTokens).toEqual(expect.arrayContaining(searchTokens));
      expect(migrated?.searchTokens.some((token) => token.startsWith(PREFIX_MARK))).toBe(false);
      const entry = await db.get('listEntries', record.id);
      expect(entry).not.toHaveProperty('text');
      expect(entry).not.toHaveProperty('outline');
      expect(entry).not.toHaveProperty('searchTokens');
    }
    db.close();
  });

  it('keeps search, filters, export and saving working on the migrated records', async () => {
    const name = `migrate-v2-use-${Math.random()}`;
    await writeVersion2Database(name);
    const db = await openLibrary(name);
    expect((await findOutlines(db, { text: 'dang uy' })).items.map((r) => r.id)).toEqual(['v1-dang-uy']);
    expect((await findOutlines(db, { site: 'Example News' })).total).toBe(1);
    expect((await recordsToExport(db)).map((r) => r.id).sort()).toEqual(V2_RECORDS.map((r) => r.id).sort());
    const again = await saveOutline(db, makeArticle({ url: 'https://news.example.com/economy/slowdown', title: 'Growth slows, final' }), makeOutline());
    expect(again).toMatchObject({ ok: true, created: false });
    expect((await findOutlines(db, { text: 'final' })).total).toBe(1);
    expect((await findOutlines(db)).total).toBe(V2_RECORDS.length);
    db.close();
  });
});

/** The three stores exactly as versions 3 and 4 kept them, word beginnings in the tokens (written by version 4 from the v2 fixture). */
const V4_STORES = JSON.parse(readFileSync(new URL('./fixtures/library-v4.json', import.meta.url), 'utf8')) as {
  listEntries: Record<string, unknown>[];
  contents: Record<string, unknown>[];
  searchIndex: { id: string; tokens: string[] }[];
};

/** Writes the v4 fixture as version 3 (list store `outlines`), 4 (`listEntries`) or 5 (no word beginnings, no change log) did. */
async function writeSplitDatabase(name: string, version: 3 | 4 | 5): Promise<void> {
  const listStore = version === 3 ? 'outlines' : 'listEntries';
  const db = await openDB<LibrarySchema>(name, version, { upgrade: (d, _old, _new, tx) => createVersion4Stores(d, tx, listStore) });
  const tx = (db as unknown as IDBPDatabase).transaction([listStore, 'contents', 'searchIndex'], 'readwrite');
  for (const entry of V4_STORES.listEntries) await tx.objectStore(listStore).put(entry);
  for (const content of V4_STORES.contents) await tx.objectStore('contents').put(content);
  for (const search of V4_STORES.searchIndex) {
    const tokens = version === 5 ? search.tokens.filter((token) => !token.startsWith(PREFIX_MARK)) : search.tokens;
    await tx.objectStore('searchIndex').put({ ...search, tokens });
  }
  await tx.done;
  db.close();
}

describe.each([3, 4, 5] as const)('migration of a version %i database (three stores; word beginnings in the tokens before 5)', (version) => {
  it('keeps every word, entry and content, without stored word beginnings, and starts the change log', async () => {
    const name = `migrate-v${version}-${Math.random()}`;
    await writeSplitDatabase(name, version);
    expect(V4_STORES.searchIndex.some((search) => search.tokens.some((token) => token.startsWith(PREFIX_MARK)))).toBe(true);
    const db = await openLibrary(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(ALL_STORE_NAMES);
    for (const search of V4_STORES.searchIndex) {
      const stored = await db.get('searchIndex', search.id);
      expect(stored?.tokens).toEqual(search.tokens.filter((token) => !token.startsWith(PREFIX_MARK)));
    }
    for (const entry of V4_STORES.listEntries) expect(await db.get('listEntries', String(entry.id))).toEqual(entry);
    for (const content of V4_STORES.contents) expect(await db.get('contents', String(content.id))).toEqual(content);
    // Version 8: the store no longer indexes the tokens (the in-memory index does).
    expect([...db.transaction('searchIndex').store.indexNames]).toEqual([]);
    expect(await db.count('changes')).toBe(0);
    db.close();
  });

  it('keeps search by words and word beginnings, filters and saving working', async () => {
    const name = `migrate-v${version}-use-${Math.random()}`;
    await writeSplitDatabase(name, version);
    const db = await openLibrary(name);
    expect((await findOutlines(db, { text: 'dang uy' })).items.map((r) => r.id)).toEqual(['v1-dang-uy']);
    expect((await findOutlines(db, { text: 'Đống Đ' })).items.map((r) => r.id)).toEqual(['v1-dang-uy']);
    expect((await findOutlines(db, { site: 'Example News' })).total).toBe(1);
    const again = await saveOutline(db, makeArticle({ url: 'https://news.example.com/economy/slowdown', title: 'Growth slows, final' }), makeOutline());
    expect(again).toMatchObject({ ok: true, created: false });
    expect((await findOutlines(db, { text: 'fin' })).total).toBe(1);
    expect((await getOutline(db, 'v1-dang-uy'))?.searchTokens.some((token) => token.startsWith(PREFIX_MARK))).toBe(false);
    db.close();
  });
});

/** Writes the v4 fixture as version 6 did: the three stores without word beginnings, and the change log with one write. */
async function writeVersion6Database(name: string): Promise<void> {
  const db = await openDB<LibrarySchema>(name, 6, { upgrade: (d, _old, _new, tx) => createVersion6Stores(d, tx) });
  const tx = (db as unknown as IDBPDatabase).transaction(['listEntries', 'contents', 'searchIndex', 'changes'], 'readwrite');
  for (const entry of V4_STORES.listEntries) await tx.objectStore('listEntries').put(entry);
  for (const content of V4_STORES.contents) await tx.objectStore('contents').put(content);
  for (const search of V4_STORES.searchIndex) await tx.objectStore('searchIndex').put({ ...search, tokens: search.tokens.filter((token) => !token.startsWith(PREFIX_MARK)) });
  await tx.objectStore('changes').add({ ids: V4_STORES.listEntries.map((entry) => String(entry.id)) });
  await tx.done;
  db.close();
}

describe('migration of a version 6 database (no People index yet)', () => {
  it('builds the People index from the stored outlines and keeps every record and the change log', async () => {
    const name = `migrate-v6-${Math.random()}`;
    await writeVersion6Database(name);
    const db = await openLibrary(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(ALL_STORE_NAMES);
    for (const entry of V4_STORES.listEntries) expect(await db.get('listEntries', String(entry.id))).toEqual(entry);
    for (const content of V4_STORES.contents) expect(await db.get('contents', String(content.id))).toEqual(content);
    expect(await db.count('changes')).toBe(1);
    expect((await readPeople(db))?.map((p) => [p.key, p.name, p.role, p.quotes, p.articles])).toEqual([['the minister|', 'The minister', null, 1, 1]]);
    expect((await readPerson(db, 'the minister|'))?.quotes.map((q) => q.article.id)).toEqual(['v1-economy-b']);
    expect(await db.count('peopleMerges')).toBe(0);
    db.close();
  });
});

/** Writes the v4 fixture as version 7 did: the `tokens` index, the change log with one write, and the People view's stores (built by that release's upgrade, here from a v6 database). */
async function writeVersion7Database(name: string): Promise<void> {
  await writeVersion6Database(name);
  const v7 = await openDB<LibrarySchema>(name, 7, {
    upgrade: (d, _old, _new, tx) => {
      upgradeVersion6To7(d, tx);
    },
  });
  v7.close();
}

describe('migration of a version 7 database (the search tokens indexed in the store)', () => {
  it('drops the tokens index and keeps every record, their tokens, the change log and the People view\'s stores as they were', async () => {
    const name = `migrate-v7-${Math.random()}`;
    await writeVersion7Database(name);
    const before = await openDB(name, 7);
    expect([...before.transaction('searchIndex').store.indexNames]).toEqual(['tokens']);
    const peopleBefore = await Promise.all([before.getAll('speakerQuotes'), before.getAll('speakers'), before.getAll('peopleMerges')]);
    before.close();
    expect(peopleBefore[1].length).toBeGreaterThan(0);
    const db = await openLibrary(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(ALL_STORE_NAMES);
    expect([...db.transaction('searchIndex').store.indexNames]).toEqual([]);
    for (const search of V4_STORES.searchIndex) expect((await db.get('searchIndex', search.id))?.tokens).toEqual(search.tokens.filter((token) => !token.startsWith(PREFIX_MARK)));
    for (const entry of V4_STORES.listEntries) expect(await db.get('listEntries', String(entry.id))).toEqual(entry);
    for (const content of V4_STORES.contents) expect(await db.get('contents', String(content.id))).toEqual(content);
    expect(await db.count('changes')).toBe(1);
    expect(await Promise.all([db.getAll('speakerQuotes'), db.getAll('speakers'), db.getAll('peopleMerges')])).toEqual(peopleBefore);
    expect((await findOutlines(db, { text: 'Đống Đ' })).items.map((r) => r.id)).toEqual(['v1-dang-uy']);
    db.close();
  });
});

describe.each([1, 2, 3, 4, 5] as const)('the People index after upgrading a version %i database', (version) => {
  it('lists the speakers of the fixture as a library saved today would', async () => {
    const name = `migrate-people-v${version}-${Math.random()}`;
    if (version === 1) await writeVersion1Database(name);
    else if (version === 2) await writeVersion2Database(name);
    else await writeSplitDatabase(name, version);
    const db = await openLibrary(name);
    const people = (await readPeople(db)) ?? [];
    expect(people.map((p) => [p.name, p.quotes])).toEqual([['The minister', 1]]);
    db.close();
  });
});

describe('migration of records written by version 1', () => {
  it('turns a v1 record into a valid current record', () => {
    const [v1] = V1_RECORDS;
    const upgraded = upgradeRecord({ ...v1 }, directionOfLanguage);
    const result = checked(() => expectRecord(upgraded, 'record'));
    expect(result.ok).toBe(true);
    expect(upgraded).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      url: 'http://dongda.hanoi.gov.vn/tin-tuc/dang-uy-khoi-doanh-nghiep',
      savedAt: Date.parse('2025-01-05T10:00:00.000Z'),
      updatedAt: Date.parse('2025-01-05T10:00:00.000Z'),
      tags: ['đảng ủy', 'Hà Nội'],
      dir: 'ltr',
    });
  });

  it('upgrades a version 1 database in place: every record migrated, searchable, none lost', async () => {
    const name = `migrate-${Math.random()}`;
    await writeVersion1Database(name);
    const db = await openLibrary(name);
    expect(db.version).toBe(DB_VERSION);
    const all = await findOutlines(db, {}, { limit: 100 });
    // Four v1 records, two of which were the same article once tracking parameters are stripped.
    expect(all.total).toBe(3);
    expect(all.items.every((r) => r.schemaVersion === SCHEMA_VERSION)).toBe(true);
    expect((await findOutlines(db, { text: 'dang uy' })).items.map((r) => r.id)).toEqual(['v1-dang-uy']);
    expect((await getOutline(db, 'v1-arabic'))?.dir).toBe('rtl');
    db.close();
  });

  it('merges two v1 saves of one article without losing either note or tag', async () => {
    const name = `migrate-merge-${Math.random()}`;
    await writeVersion1Database(name);
    const db = await openLibrary(name);
    const [economy] = (await findOutlines(db, { site: 'Example News' })).items;
    expect(economy).toMatchObject({
      url: 'https://news.example.com/economy/slowdown',
      title: 'Growth slows in the third quarter (updated)',
      savedAt: Date.parse('2025-02-01T09:00:00.000Z'),
      tags: ['economy', 'quarterly'],
      note: 'second save\n\nfirst save, from the newsletter',
    });
    db.close();
  });

  it('imports a file whose items were written in the v1 shape', async () => {
    const db = await openLibrary(`migrate-import-${Math.random()}`);
    const file = JSON.stringify({ format: 'lede-library', version: 1, items: [V1_RECORDS[0]] });
    const result = await importLibrary(db, file);
    expect(result).toEqual({ ok: true, counts: { added: 1, updated: 0, unchanged: 0 } });
    expect((await findOutlines(db, { text: 'dang uy' })).total).toBe(1);
    db.close();
  });

  it('refuses items from a newer version of Lede instead of misreading them', async () => {
    const db = await openLibrary(`migrate-newer-${Math.random()}`);
    const file = JSON.stringify({ format: 'lede-library', version: 1, items: [{ ...V1_RECORDS[0], schemaVersion: 99 }] });
    const result = await importLibrary(db, file);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.message).toMatch(/^items\[0\]\.schemaVersion: 99 is newer/u);
    db.close();
  });
});
