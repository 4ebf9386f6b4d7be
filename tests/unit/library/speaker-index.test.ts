import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Quote } from '@/utils/outline/types';
import { openLibrary, type LibraryDatabase } from '@/utils/library/db';
import { saveOutline } from '@/utils/library/save';
import { deleteOutlines, restoreOutlines } from '@/utils/library/delete';
import { readFirstPeople, readPeople, readPerson } from '@/utils/library/people-read';
import { mergePeople, splitPerson } from '@/utils/library/people-merges';
import { nameRange, summariesOf } from '@/utils/library/speaker-index';
import { libraryExport, libraryToJson } from '@/utils/library/export';
import { importLibrary } from '@/utils/library/import';
import { freshLibrary, makeArticle, makeOutline } from './helpers';

const quote = (speaker: string, role: string | null, text: string, block = 1): Quote => ({ text, speaker, role, kind: 'direct', anchor: { block } });

async function save(db: LibraryDatabase, n: number, quotes: Quote[], published = `2025-05-${String(10 + (n % 20)).padStart(2, '0')}T10:00:00Z`): Promise<string> {
  const saved = await saveOutline(db, makeArticle({ url: `https://tin.example.vn/bai/${n}`, title: `Bài ${n}`, published }), makeOutline({ quotes }));
  if (!saved.ok) throw new Error(saved.message);
  return saved.record.id;
}

async function listed(db: LibraryDatabase): Promise<[string, string | null, number, number][]> {
  return ((await readPeople(db)) ?? []).map((p) => [p.name, p.role, p.quotes, p.articles]);
}

/** The stored summaries against ones made afresh from every row: the index is never stale. */
async function expectIndexFresh(db: LibraryDatabase): Promise<void> {
  const rows = await db.getAll('speakerQuotes');
  const names = [...new Set(rows.map((row) => row.nameKey))];
  const fresh = (await Promise.all(names.map(async (name) => summariesOf(await db.getAll('speakerQuotes', nameRange(name)))))).flat();
  const stored = await db.getAll('speakers');
  expect(stored.sort((a, b) => a.key.localeCompare(b.key))).toEqual(fresh.sort((a, b) => a.key.localeCompare(b.key)));
  const ids = new Set(await db.getAllKeys('listEntries'));
  expect(rows.every((row) => ids.has(row.article))).toBe(true);
}

describe('the stored People index', () => {
  it('lists everyone from the summaries written with each save, and reads one person with their articles', async () => {
    const { db } = await freshLibrary();
    for (let i = 0; i < 30; i++) await save(db, i, i % 3 === 0 ? [] : [quote('Jane Doe', 'minister', `Quote ${i}`, i)]);
    await save(db, 100, [quote('Nguyễn Văn Quang', 'Chủ tịch UBND', 'Chúng tôi sẽ làm'), quote('NGUYEN VAN QUANG', null, 'Thêm', 2)]);
    expect(await listed(db)).toEqual([
      ['Jane Doe', 'minister', 20, 20],
      ['Nguyễn Văn Quang', 'Chủ tịch UBND', 2, 1],
    ]);
    const quang = await readPerson(db, 'nguyen van quang|chu tich ubnd');
    expect(quang?.quotes.map((q) => [q.text, q.article.title, q.block])).toEqual([
      ['Chúng tôi sẽ làm', 'Bài 100', 1],
      ['Thêm', 'Bài 100', 2],
    ]);
    expect(quang?.quotes[0]?.article.url).toBe('https://tin.example.vn/bai/100');
    const aborted = new AbortController();
    aborted.abort();
    expect(await readPeople(db, aborted.signal)).toBeNull();
    await expectIndexFresh(db);
    db.close();
  });

  it('reads the first people of the list from the rank index, as the whole list orders them, ties included', async () => {
    const { db } = await freshLibrary();
    // Twelve people quoted once on the same day: ranked alike, ordered by key.
    const names = ['Zoe Zee', 'Anh Nguyen', 'Mai Le', 'Bao Tran', 'Yen Pham', 'Chi Do', 'Xuan Vu', 'Dung Ho', 'Tam Ly', 'Em Ngo', 'Son Bui', 'Ha Dang'];
    await save(db, 1, names.map((name, i) => quote(name, null, `Q${i}`, i)));
    await save(db, 2, [quote('Mai Le', null, 'Again')]);
    const all = (await readPeople(db)) ?? [];
    for (const count of [1, 3, 5, 13]) {
      const first = await readFirstPeople(db, count);
      expect(first?.total).toBe(12);
      expect(first?.people.map((p) => p.key)).toEqual(all.slice(0, count).map((p) => p.key));
    }
    await mergePeople(db, 'zoe zee|', 'mai le|');
    expect(await readFirstPeople(db, 5)).toBeNull();
    db.close();
  });

  it('follows every update, delete and undo in the same transaction, never stale', async () => {
    const { db } = await freshLibrary();
    const a = await save(db, 1, [quote('Jane Doe', 'minister', 'One'), quote('John Roe', null, 'Two', 2)]);
    await save(db, 2, [quote('Jane Doe', 'minister', 'Three')]);
    // Saved again: John is no longer quoted there, Mary is.
    await save(db, 1, [quote('Mary Major', 'mayor', 'Four')]);
    expect(await listed(db)).toEqual([
      ['Jane Doe', 'minister', 1, 1],
      ['Mary Major', 'mayor', 1, 1],
    ]);
    await expectIndexFresh(db);
    const removed = await deleteOutlines(db, [a]);
    expect(await listed(db)).toEqual([['Jane Doe', 'minister', 1, 1]]);
    await expectIndexFresh(db);
    if (!removed.ok) throw new Error(removed.message);
    await restoreOutlines(db, removed.deleted);
    expect((await listed(db)).map(([name]) => name)).toEqual(['Jane Doe', 'Mary Major']);
    await expectIndexFresh(db);
    db.close();
  });

  it('rolls the index back with a write that fails', async () => {
    const { db } = await freshLibrary();
    await save(db, 1, [quote('Jane Doe', 'minister', 'One')]);
    const file = JSON.stringify({ format: 'lede-library', version: 1, items: [{ bad: true }] });
    expect(await importLibrary(db, file)).toMatchObject({ ok: false });
    expect(await listed(db)).toEqual([['Jane Doe', 'minister', 1, 1]]);
    db.close();
  });
});

describe('merging and splitting people by hand', () => {
  async function library(): Promise<{ db: LibraryDatabase; name: string }> {
    const made = await freshLibrary();
    await save(made.db, 1, [quote('Nguyễn Văn Quang', 'Chủ tịch UBND', 'Một'), quote('ông Quang', null, 'Hai', 2)]);
    await save(made.db, 2, [quote('ông Quang', null, 'Ba')], '2025-06-01T10:00:00Z');
    await save(made.db, 3, [quote('Lê Thị Mai', 'người dân', 'Bốn')]);
    return made;
  }

  it('lists two people merged as one, counts their shared article once, and finds them by either name', async () => {
    const { db, name } = await library();
    expect(await mergePeople(db, 'ong quang|', 'nguyen van quang|chu tich ubnd')).toEqual({ ok: true });
    const people = (await readPeople(db)) ?? [];
    expect(people.map((p) => [p.name, p.role, p.quotes, p.articles])).toEqual([
      ['Nguyễn Văn Quang', 'Chủ tịch UBND', 3, 2],
      ['Lê Thị Mai', 'người dân', 1, 1],
    ]);
    expect(people[0]?.merged.map((m) => m.name)).toEqual(['ông Quang']);
    expect(people[0]?.searchText).toContain(' ong quang');
    const merged = await readPerson(db, 'ong quang|');
    expect([merged?.key, merged?.quotes.map((q) => q.text)]).toEqual(['nguyen van quang|chu tich ubnd', ['Ba', 'Một', 'Hai']]);
    db.close();
    // The decision is stored: a page opened later sees it.
    const again = await openLibrary(name);
    expect((await readPeople(again))?.map((p) => p.name)).toEqual(['Nguyễn Văn Quang', 'Lê Thị Mai']);
    expect(await splitPerson(again, 'nguyen van quang|chu tich ubnd')).toEqual({ ok: true });
    expect((await readPeople(again))?.map((p) => [p.name, p.quotes])).toEqual([
      ['ông Quang', 2],
      ['Lê Thị Mai', 1],
      ['Nguyễn Văn Quang', 1],
    ]);
    again.close();
  });

  it('merges a merged group into another person whole, and separates one member alone', async () => {
    const { db } = await library();
    await mergePeople(db, 'ong quang|', 'nguyen van quang|chu tich ubnd');
    await mergePeople(db, 'nguyen van quang|chu tich ubnd', 'le thi mai|nguoi dan');
    expect((await db.getAll('peopleMerges')).map((m) => [m.from, m.into])).toEqual([
      ['nguyen van quang|chu tich ubnd', 'le thi mai|nguoi dan'],
      ['ong quang|', 'le thi mai|nguoi dan'],
    ]);
    expect((await readPeople(db))?.map((p) => [p.name, p.quotes, p.merged.length])).toEqual([['Lê Thị Mai', 4, 2]]);
    await splitPerson(db, 'ong quang|');
    // Both quoted twice: the one quoted last first.
    expect((await readPeople(db))?.map((p) => [p.name, p.quotes])).toEqual([
      ['ông Quang', 2],
      ['Lê Thị Mai', 2],
    ]);
    expect(await mergePeople(db, 'Nguyễn|', 'le thi mai|nguoi dan')).toMatchObject({ ok: false });
    db.close();
  });

  it('round-trips merges through export, wipe and import, identical', async () => {
    const { db } = await library();
    await mergePeople(db, 'ong quang|', 'nguyen van quang|chu tich ubnd');
    // Now, not a fixed day: the records were saved now, and an import brings a date later than its now back to it.
    const now = Date.now();
    const exported = await libraryExport(db, undefined, now);
    const first = libraryToJson(exported.records, now, exported.merges);
    expect(JSON.parse(first).people).toEqual({ merges: [{ from: 'ong quang|', into: 'nguyen van quang|chu tich ubnd' }] });
    const { db: wiped } = await freshLibrary();
    expect(await importLibrary(wiped, first, { now })).toMatchObject({ ok: true });
    const back = await libraryExport(wiped, undefined, now);
    expect(libraryToJson(back.records, now, back.merges)).toBe(first);
    expect((await readPeople(wiped))?.map((p) => [p.name, p.quotes])).toEqual((await readPeople(db))?.map((p) => [p.name, p.quotes]));
    db.close();
    wiped.close();
  });

  it.each([
    ['an unknown field', { merges: [], extra: 1 }, /^people\.extra: unknown field$/u],
    ['merges that are not a list', { merges: 'all' }, /^people\.merges: expected a list$/u],
    ['a name not folded', { merges: [{ from: 'Nguyễn Văn Quang|', into: 'le thi mai|' }] }, /^people\.merges\[0\]\.from: expected a person/u],
    ['markup in a name', { merges: [{ from: '<img src=x onerror=alert(1)>|', into: 'le thi mai|' }] }, /^people\.merges\[0\]\.from: expected a person/u],
    ['no separator', { merges: [{ from: 'ong quang', into: 'le thi mai|' }] }, /^people\.merges\[0\]\.from: expected a person/u],
    ['a prototype key', JSON.parse('{"merges":[{"from":"a|","into":"b|","__proto__":{"x":1}}]}') as unknown, /^people\.merges\[0\]\.__proto__: unknown field$/u],
    ['a person merged into themself', { merges: [{ from: 'a|', into: 'a|' }] }, /^people\.merges\[0\]: a person merged into themself$/u],
    ['a person merged twice', { merges: [{ from: 'a|', into: 'b|' }, { from: 'a|', into: 'c|' }] }, /^people\.merges\[1\]\.from: merged twice$/u],
    ['a name too long', { merges: [{ from: `${'a'.repeat(3000)}|`, into: 'b|' }] }, /^people\.merges\[0\]\.from: too long/u],
  ])('refuses an import with %s in its merges, importing nothing', async (_case, people, message) => {
    const { db } = await freshLibrary();
    const item = { schemaVersion: 2, id: 'a1', url: 'https://tin.example.vn/1', title: 'T', byline: null, published: null, siteName: null, lang: 'vi', dir: 'ltr', savedAt: 1, updatedAt: 1, note: '', tags: [], outline: { sections: [], quotes: [quote('Lê Thị Mai', null, 'x')], keyPoints: [] }, text: '' };
    const result = await importLibrary(db, JSON.stringify({ format: 'lede-library', version: 2, items: [item], people }));
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.message).toMatch(message);
    expect(await db.count('listEntries')).toBe(0);
    expect(await db.count('speakers')).toBe(0);
    expect(await db.count('peopleMerges')).toBe(0);
    db.close();
  });

  it("keeps the reader's own merge where an imported file disagrees", async () => {
    const { db } = await library();
    await mergePeople(db, 'ong quang|', 'le thi mai|nguoi dan');
    const file = JSON.stringify({ format: 'lede-library', version: 2, items: [], people: { merges: [{ from: 'ong quang|', into: 'nguyen van quang|chu tich ubnd' }] } });
    expect(await importLibrary(db, file)).toMatchObject({ ok: true });
    expect(await db.getAll('peopleMerges')).toEqual([{ from: 'ong quang|', into: 'le thi mai|nguoi dan' }]);
    db.close();
  });
});
