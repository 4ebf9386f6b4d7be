import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Quote } from '@/utils/outline/types';
import { openLibrary, type LibraryDatabase } from '@/utils/library/db';
import { saveOutline } from '@/utils/library/save';
import { deleteOutlines, restoreOutlines } from '@/utils/library/delete';
import { readFirstPeople, readPeople, readPerson } from '@/utils/library/people-read';
import { mergePeople, splitPerson } from '@/utils/library/people-merges';
import { mergeBack, separateSpeakers } from '@/utils/library/people-splits';
import { roleGroupsOf } from '@/utils/library/people-sources';
import { isPersonKey, searchPeople } from '@/utils/library/people';
import { libraryExport, libraryToJson } from '@/utils/library/export';
import { importLibrary } from '@/utils/library/import';
import { freshLibrary, makeArticle, makeOutline } from './helpers';

const quote = (speaker: string, role: string | null, text: string, block = 1): Quote => ({ text, speaker, role, kind: 'direct', anchor: { block } });

async function save(db: LibraryDatabase, n: number, quotes: Quote[], day = 10 + n): Promise<string> {
  const saved = await saveOutline(db, makeArticle({ url: `https://tin.example.vn/bai/${n}`, title: `Bài ${n}`, published: `2025-05-${String(day).padStart(2, '0')}T10:00:00Z` }), makeOutline({ quotes }));
  if (!saved.ok) throw new Error(saved.message);
  return saved.record.id;
}

async function listed(db: LibraryDatabase): Promise<[string, string, string | null, number, number][]> {
  return ((await readPeople(db)) ?? []).map((p) => [p.key, p.name, p.role, p.quotes, p.articles]);
}

const JOHN = 'john smith|spokesman';

/** Two John Smiths, both "spokesman", Lede takes for one: articles 1 and 2 quote one, article 3 another. */
async function twoJohns(): Promise<{ db: LibraryDatabase; name: string; ids: string[] }> {
  const made = await freshLibrary();
  const ids = [
    await save(made.db, 1, [quote('John Smith', 'spokesman', 'The bridge opens in May'), quote('John Smith', null, 'We are on time', 2)]),
    await save(made.db, 2, [quote('JOHN SMITH', 'Spokesman', 'Tolls stay the same')]),
    await save(made.db, 3, [quote('John Smith', 'spokesman', 'The club has a new coach'), quote('Mary Major', 'mayor', 'Welcome')]),
  ];
  return { ...made, ids };
}

async function separateArticle(db: LibraryDatabase, key: string, article: string): Promise<string> {
  const person = await readPerson(db, key);
  const source = person?.sources.find((s) => s.article.id === article);
  if (!source) throw new Error(`no source ${article} in ${key}`);
  const result = await separateSpeakers(db, source.refs, source.person);
  if (!result.ok) throw new Error(result.message);
  return result.key;
}

describe("separating what Lede merged on its own", () => {
  it("shows each article's speaker of a person, with the name and role that article gives", async () => {
    const { db, ids } = await twoJohns();
    const john = await readPerson(db, JOHN);
    expect(john?.sources.map((s) => [s.article.title, s.name, s.roles, s.quotes, s.refs])).toEqual([
      ['Bài 3', 'John Smith', ['spokesman'], 1, [`${JOHN}@${ids[2]}`]],
      ['Bài 2', 'JOHN SMITH', ['Spokesman'], 1, [`${JOHN}@${ids[1]}`]],
      // The quote without a role went to the one John Smith with one, and is shown so.
      ['Bài 1', 'John Smith', ['spokesman'], 2, [`${JOHN}@${ids[0]}`, `john smith|@${ids[0]}`]],
    ]);
    expect(roleGroupsOf(john?.sources ?? []).map((g) => [g.role, g.articles])).toEqual([
      ['spokesman', 3],
      [null, 1],
    ]);
    expect([john?.separated, john?.separatedFrom]).toEqual([[], null]);
    db.close();
  });

  it('separates one article into a person of their own, counted and ranked apart, and keeps it after the library is opened again', async () => {
    const { db, name, ids } = await twoJohns();
    const key = await separateArticle(db, JOHN, ids[2] ?? '');
    expect(key).toBe(`${JOHN}|${ids[2]}`);
    expect(isPersonKey(key)).toBe(true);
    expect(await listed(db)).toEqual([
      // "spokesman" and "Spokesman" once each: the tie goes to code-unit order (people.ts, betterSpelling).
      [JOHN, 'John Smith', 'Spokesman', 3, 2],
      [key, 'John Smith', 'spokesman', 1, 1],
      ['mary major|mayor', 'Mary Major', 'mayor', 1, 1],
    ]);
    const people = (await readPeople(db)) ?? [];
    expect(searchPeople(people, 'john smith').map((p) => p.key)).toEqual([JOHN, key]);
    expect(await readFirstPeople(db, 2)).toBeNull();
    const john = await readPerson(db, JOHN);
    expect(john?.quotes.map((q) => q.text)).toEqual(['Tolls stay the same', 'The bridge opens in May', 'We are on time']);
    expect(john?.separated).toEqual([{ key, name: 'John Smith', role: 'spokesman', quotes: 1 }]);
    const other = await readPerson(db, key);
    expect([other?.quotes.map((q) => q.text), other?.separatedFrom]).toEqual([['The club has a new coach'], { key: JOHN, name: 'John Smith' }]);
    db.close();
    const again = await openLibrary(name);
    expect((await listed(again)).map(([k, , , quotes]) => [k, quotes])).toEqual([
      [JOHN, 3],
      [key, 1],
      ['mary major|mayor', 1],
    ]);
    again.close();
  });

  it('separates the quotes given no role from the one person of that name with a role, and leaves that person their key', async () => {
    const { db, ids } = await twoJohns();
    const john = await readPerson(db, JOHN);
    const roleless = roleGroupsOf(john?.sources ?? []).find((g) => g.role === null);
    if (!roleless) throw new Error('no roleless group');
    const result = await separateSpeakers(db, roleless.refs, roleless.person);
    expect(result).toEqual({ ok: true, key: `${JOHN}|${ids[0]}` });
    const after = await readPerson(db, JOHN);
    expect(after?.quotes.map((q) => q.text)).toEqual(['The club has a new coach', 'Tolls stay the same', 'The bridge opens in May']);
    expect((await readPerson(db, `${JOHN}|${ids[0]}`))?.quotes.map((q) => [q.text, q.role])).toEqual([['We are on time', null]]);
    db.close();
  });

  it('lets an article saved later with the same name and role join the person Lede made, not the separated one', async () => {
    const { db, ids } = await twoJohns();
    const key = await separateArticle(db, JOHN, ids[2] ?? '');
    await save(db, 4, [quote('John Smith', 'spokesman', 'Rain delays the works')]);
    // Saved again with the same speaker: still separated.
    await save(db, 3, [quote('John Smith', 'spokesman', 'The club has a new coach'), quote('John Smith', 'spokesman', 'He starts Monday', 2)]);
    expect((await listed(db)).filter(([k]) => k.startsWith('john')).map(([k, , , quotes, articles]) => [k, quotes, articles])).toEqual([
      [JOHN, 4, 3],
      [key, 2, 1],
    ]);
    db.close();
  });

  it('holds through deleting the article and undoing, and a second separation of the same person gets its own key', async () => {
    const { db, ids } = await twoJohns();
    const first = await separateArticle(db, JOHN, ids[2] ?? '');
    const removed = await deleteOutlines(db, [ids[2] ?? '']);
    if (!removed.ok) throw new Error(removed.message);
    expect((await listed(db)).map(([k]) => k)).toEqual([JOHN]);
    await restoreOutlines(db, removed.deleted);
    expect((await listed(db)).map(([k]) => k)).toContain(first);
    const second = await separateArticle(db, JOHN, ids[1] ?? '');
    expect(second).toBe(`${JOHN}|${ids[1]}`);
    expect((await readPerson(db, JOHN))?.separated.map((p) => p.key).sort()).toEqual([first, second].sort());
    db.close();
  });

  it('merges back: the quotes return to the person Lede made, and people merged into the separated one by hand follow', async () => {
    const { db, ids } = await twoJohns();
    const before = await listed(db);
    const key = await separateArticle(db, JOHN, ids[2] ?? '');
    expect(await mergePeople(db, 'mary major|mayor', key)).toEqual({ ok: true });
    expect((await listed(db)).map(([k, , , quotes]) => [k, quotes])).toEqual([
      [JOHN, 3],
      [key, 2],
    ]);
    // Taking a merge by hand apart leaves the separations alone.
    expect(await splitPerson(db, 'mary major|mayor')).toEqual({ ok: true });
    expect(await mergePeople(db, 'mary major|mayor', key)).toEqual({ ok: true });
    expect(await mergeBack(db, key)).toEqual({ ok: true, into: JOHN });
    expect(await db.getAll('peopleMerges')).toEqual([{ from: 'mary major|mayor', into: JOHN }]);
    expect(await splitPerson(db, 'mary major|mayor')).toEqual({ ok: true });
    expect(await listed(db)).toEqual(before);
    expect(await mergeBack(db, JOHN)).toMatchObject({ ok: false });
    expect(await separateSpeakers(db, [`mary major|mayor@${ids[2]}`], JOHN)).toMatchObject({ ok: false });
    db.close();
  });

  it('travels in the JSON export and back, identical, and follows an article saved under another id', async () => {
    const { db, ids } = await twoJohns();
    const key = await separateArticle(db, JOHN, ids[2] ?? '');
    // Now, not a fixed day: the records were saved now, and an import brings a date later than its now back to it.
    const now = Date.now();
    const exported = await libraryExport(db, undefined, now);
    const first = libraryToJson(exported.records, now, exported.merges, exported.splits);
    const file = JSON.parse(first) as { version: number; people: unknown };
    expect(file.version).toBe(3);
    expect(file.people).toEqual({ merges: [], splits: [{ article: ids[2], speaker: JOHN, into: key }] });
    const { db: wiped } = await freshLibrary();
    expect(await importLibrary(wiped, first, { now })).toMatchObject({ ok: true });
    const back = await libraryExport(wiped, undefined, now);
    expect(libraryToJson(back.records, now, back.merges, back.splits)).toBe(first);
    expect(await listed(wiped)).toEqual(await listed(db));

    // A library that saved article 3 itself, under its own id: the separation follows the address.
    const { db: other } = await freshLibrary();
    const local = await save(other, 3, [quote('John Smith', 'spokesman', 'The club has a new coach'), quote('Mary Major', 'mayor', 'Welcome')]);
    expect(local).not.toBe(ids[2]);
    expect(await importLibrary(other, first, { now })).toMatchObject({ ok: true });
    expect((await other.getAll('peopleMerges')).map((e) => e.from)).toEqual([`${JOHN}@${local}`]);
    expect((await readPerson(other, key))?.quotes.map((q) => q.article.id)).toEqual([local]);
    db.close();
    wiped.close();
    other.close();
  });

  it("keeps the reader's own separation where an imported file disagrees", async () => {
    const { db, ids } = await twoJohns();
    const key = await separateArticle(db, JOHN, ids[2] ?? '');
    const file = JSON.stringify({ format: 'lede-library', version: 3, items: [], people: { merges: [], splits: [{ article: ids[2], speaker: JOHN, into: `${JOHN}|elsewhere` }] } });
    expect(await importLibrary(db, file)).toMatchObject({ ok: true });
    expect(await db.getAll('peopleMerges')).toEqual([{ from: `${JOHN}@${ids[2]}`, into: key }]);
    db.close();
  });

  it.each([
    ['an unknown field', [{ article: 'a1', speaker: JOHN, into: `${JOHN}|a1`, extra: 1 }], /^people\.splits\[0\]\.extra: unknown field$/u],
    ['an article id with markup', [{ article: '<img src=x>', speaker: JOHN, into: `${JOHN}|a1` }], /^people\.splits\[0\]\.article: expected letters/u],
    ['a speaker not folded', [{ article: 'a1', speaker: 'John Smith|', into: `${JOHN}|a1` }], /^people\.splits\[0\]\.speaker: expected a speaker/u],
    ['a separated person as the speaker', [{ article: 'a1', speaker: `${JOHN}|a1`, into: `${JOHN}|a2` }], /^people\.splits\[0\]\.speaker: expected a speaker/u],
    ['a person Lede made as the target', [{ article: 'a1', speaker: JOHN, into: 'john smith|' }], /^people\.splits\[0\]\.into: expected a person separated/u],
    ['a label with markup', [{ article: 'a1', speaker: JOHN, into: `${JOHN}|<b>` }], /^people\.splits\[0\]\.into: expected a person separated/u],
    ['another name', [{ article: 'a1', speaker: JOHN, into: 'mary major|mayor|a1' }], /^people\.splits\[0\]\.into: a speaker separated into someone of another name$/u],
    ['a speaker separated twice', [{ article: 'a1', speaker: JOHN, into: `${JOHN}|a1` }, { article: 'a1', speaker: JOHN, into: `${JOHN}|a2` }], /^people\.splits\[1\]: separated twice$/u],
    ['splits that are not a list', { all: true }, /^people\.splits: expected a list$/u],
  ])('refuses an import with %s in its separations, importing nothing', async (_case, splits, message) => {
    const { db } = await freshLibrary();
    const item = { schemaVersion: 2, id: 'a1', url: 'https://tin.example.vn/1', title: 'T', byline: null, published: null, siteName: null, lang: 'en', dir: 'ltr', savedAt: 1, updatedAt: 1, note: '', tags: [], outline: { sections: [], quotes: [quote('John Smith', 'spokesman', 'x')], keyPoints: [] }, text: '' };
    const result = await importLibrary(db, JSON.stringify({ format: 'lede-library', version: 3, items: [item], people: { merges: [], splits } }));
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.message).toMatch(message);
    expect(await db.count('listEntries')).toBe(0);
    expect(await db.count('peopleMerges')).toBe(0);
    db.close();
  });
});
