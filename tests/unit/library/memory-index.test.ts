import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { putRecords } from '@/utils/library/put-records';
import { findOutlines, hasWords, narrowsList, type LibraryQuery } from '@/utils/library/search';
import { MatchCache } from '@/utils/library/match-cache';
import { loadMemoryIndex } from '@/utils/library/memory-index-load';
import { CHANGES, CONTENTS, LIST_ENTRIES, SEARCH_INDEX, type LibraryDatabase } from '@/utils/library/db';
import { saveOutline } from '@/utils/library/save';
import { deleteOutlines } from '@/utils/library/delete';
import { importLibrary } from '@/utils/library/import';
import { libraryToJson } from '@/utils/library/export';
import { updateNoteAndTags } from '@/utils/library/notes-tags';
import { queryTerms, PREFIX_MARK, strongTokenCount } from '@/utils/library/search-tokens';
import type { ExportedOutline, LibraryEntry } from '@/utils/library/schema';
import { generatedArticle, generatedRecords } from '../../../scripts/lib/generate-library';
import { freshLibrary, makeArticle, makeOutline } from './helpers';
import { libraryClient, type LibraryClient } from '@/clients/library-client';
import { announceLibraryChange, listenForLibraryChanges } from '@/clients/library-changes';
import { openLibrary } from '@/utils/library/db';
import { COPY_CHECKED_MEASURE, SearchIndexKeeper } from '@/utils/library/search-index-keeper';
import { loadIndexCopy } from '@/utils/library/search-index-copy';
import { NEWEST_SCANNED, pageFromNewest } from '@/utils/library/search-newest-scan';
import { readAndIndexNewest } from '@/utils/library/search-newest-ahead';
import { DB_VERSION } from '@/utils/library/migrations';
import { openDB } from 'idb';

/** Every record read whole, to be matched word by word: what the indexes must agree with. */
async function everyRecord(db: LibraryDatabase): Promise<{ entries: LibraryEntry[]; tokensOf: Map<string, string[]>; strongOf: Map<string, string[]> }> {
  const tx = db.transaction([LIST_ENTRIES, SEARCH_INDEX, CONTENTS], 'readonly');
  const [entries, searches] = await Promise.all([tx.objectStore(LIST_ENTRIES).getAll(), tx.objectStore(SEARCH_INDEX).getAll()]);
  return {
    entries,
    tokensOf: new Map(searches.map((s) => [s.id, s.tokens.filter((t) => !t.startsWith(PREFIX_MARK))])),
    strongOf: new Map(searches.map((s) => [s.id, s.tokens.slice(1, 1 + strongTokenCount(s.tokens))])),
  };
}

type Scanned = Awaited<ReturnType<typeof everyRecord>>;

/** The day a record is filtered by, scanned from its entry. */
function dayOf(entry: LibraryEntry): string {
  const published = entry.published ? Date.parse(entry.published) : Number.NaN;
  return new Date(Number.isFinite(published) ? published : entry.savedAt).toISOString().slice(0, 10);
}

/** Every record that matches, newest first (the order before ranking). */
function scanMatches({ entries, tokensOf }: Scanned, query: LibraryQuery): LibraryEntry[] {
  const terms = queryTerms(query.text ?? '');
  const has = (tokens: string[], term: { token: string; prefix: boolean }) => (term.prefix ? tokens.some((t) => t.startsWith(term.token)) : tokens.includes(term.token));
  const matches = (entry: LibraryEntry): boolean => {
    if (query.site && entry.siteName !== query.site) return false;
    if (query.lang && entry.lang !== query.lang) return false;
    if (query.tag && !entry.tags.includes(query.tag)) return false;
    if (query.from && dayOf(entry) < query.from) return false;
    if (query.to && dayOf(entry) > query.to) return false;
    return terms.every((term) => has(tokensOf.get(entry.id) ?? [], term));
  };
  return entries.filter(matches).sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : -1));
}

/** The ids in the order the index must give: more of the query's words in a title, speaker or key point first, then newest first. */
function bruteForce(scanned: Scanned, query: LibraryQuery): string[] {
  const terms = queryTerms(query.text ?? '');
  const strongScore = (id: string) => {
    const strong = scanned.strongOf.get(id) ?? [];
    return terms.filter((term) => (term.prefix ? strong.some((t) => t.startsWith(term.token)) : strong.includes(term.token))).length;
  };
  const scored = scanMatches(scanned, query).map((entry, order) => ({ id: entry.id, order, score: strongScore(entry.id) }));
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((one) => one.id);
}

/** The store's indexes of the filters, read before the in-memory index is ready, find the same records newest first (they cannot rank). */
function newestFirstScan(scanned: Scanned, query: LibraryQuery): string[] {
  return scanMatches(scanned, query).map((entry) => entry.id);
}

async function indexedSession(db: LibraryDatabase): Promise<MatchCache> {
  const cache = new MatchCache();
  const index = await loadMemoryIndex(db);
  if (!index) throw new Error('the index build was aborted');
  cache.useIndex(index);
  return cache;
}

/** Words, word beginnings of every length, CJK runs and filters, taken from the library itself. */
function queriesFor(count: number): LibraryQuery[] {
  const queries: LibraryQuery[] = [{ text: 'dang uy' }, { text: 'Đảng ủy' }, { text: 'doc lai' }, { text: 'tr' }, { text: 'ng' }, { text: 'zzz-not-there' }, { text: 'dang u' }, { text: 'dang uy ' }];
  for (let n = 1; n < count; n += Math.max(1, Math.floor(count / 40))) {
    const { article } = generatedArticle(n);
    const cjk = article.lang === 'zh' || article.lang === 'ja';
    const chars = [...article.title];
    if (cjk) {
      queries.push({ text: chars.slice(2, 4).join('') }, { text: chars.slice(3, 7).join('') }, { text: chars.slice(0, 1).join('') });
      continue;
    }
    const [first = '', second = ''] = article.title.split(' ');
    queries.push({ text: `${first} ${second}` }, { text: `${first} ${second.slice(0, 4)}` }, { text: second.slice(0, 5) }, { text: `${first} ` });
  }
  queries.push({ site: 'Site 3' }, { tag: 'theo dõi' }, { lang: 'vi', text: 'tr' }, { site: 'Site 7', text: 'ng' }, { tag: 'tag14', lang: 'en' }, { lang: 'zh' });
  // Dates: generated articles are published an hour apart from 2024-01-01 (scripts/lib/generate-library.ts).
  queries.push({ from: '2024-01-03', to: '2024-01-05' }, { from: '2024-01-10', text: 'ng' }, { to: '2024-01-02', lang: 'vi' }, { from: '2030-01-01' });
  return queries;
}

async function expectAgreement(db: LibraryDatabase, queries: LibraryQuery[]): Promise<void> {
  const indexed = await indexedSession(db);
  const library = await everyRecord(db);
  const unindexed = new MatchCache();
  for (const query of queries) {
    const expected = bruteForce(library, query);
    const fromMemory = await findOutlines(db, query, { limit: 100_000, cache: indexed });
    // Without an index: words are matched by one built from the stores (once per cache), filters alone read from the store's indexes.
    const withoutIndex = await findOutlines(db, query, { limit: 100_000, cache: hasWords(query) ? unindexed : new MatchCache() });
    expect({ query, ids: fromMemory.items.map((e) => e.id), total: fromMemory.total }).toEqual({ query, ids: expected, total: expected.length });
    expect({ query, ids: withoutIndex.items.map((e) => e.id) }).toEqual({ query, ids: hasWords(query) ? expected : newestFirstScan(library, query) });
    // The first screen and a later page come from the same order.
    const page = await findOutlines(db, query, { offset: 10, limit: 20, cache: indexed });
    expect(page.items.map((e) => e.id)).toEqual(expected.slice(10, 30));
  }
}

/** A library of `count` generated records whose search index copy has been saved, as a page leaves it. */
async function libraryWithSavedCopy(count: number): Promise<{ db: LibraryDatabase; name: string }> {
  const library = await freshLibrary();
  await putRecords(library.db, generatedRecords(0, count));
  const keeper = new SearchIndexKeeper(library.db);
  await keeper.build();
  await keeper.saveCopy();
  return library;
}

describe('the in-memory search index against a brute-force scan', () => {
  const COUNT = 500;
  let db: LibraryDatabase;
  const queries = queriesFor(COUNT);

  beforeAll(async () => {
    db = (await freshLibrary()).db;
    const filled = await putRecords(db, generatedRecords(0, COUNT));
    expect(filled.ok).toBe(true);
  }, 60_000);

  it('finds exactly what a scan of every record finds, newest first, for words, prefixes, CJK and filters', async () => {
    expect(queries.length).toBeGreaterThan(150);
    await expectAgreement(db, queries);
  }, 60_000);

  it('answers a search before the index is built from the newest records alone, ranked as the index ranks them, and says so', async () => {
    const library = await everyRecord(db);
    const newest = [...library.entries].sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : -1)).slice(0, 120);
    for (const query of queries.filter(hasWords)) {
      const page = await pageFromNewest(db, query, 100_000, 120);
      const expected = bruteForce({ ...library, entries: newest }, query);
      expect({ query, ids: page.items.map((e) => e.id), total: page.total, partial: page.partial }).toEqual({ query, ids: expected, total: expected.length, partial: true });
    }
    // The newest records are the whole library: the answer is exact, not partial.
    const whole = await pageFromNewest(db, { text: 'dang uy' }, 100_000, COUNT);
    expect({ ids: whole.items.map((e) => e.id), partial: whole.partial }).toEqual({ ids: bruteForce(library, { text: 'dang uy' }), partial: undefined });
  }, 60_000);

  it('answers a first search from the newest records read and indexed ahead (every token, not the query\'s alone), ranked as the index ranks them', async () => {
    const library = await everyRecord(db);
    const newest = [...library.entries].sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : -1)).slice(0, NEWEST_SCANNED);
    const ahead = readAndIndexNewest(db);
    for (const query of queries.filter(hasWords)) {
      const page = await pageFromNewest(db, query, 100_000, NEWEST_SCANNED, ahead);
      const expected = bruteForce({ ...library, entries: newest }, query);
      expect({ query, ids: page.items.map((e) => e.id), total: page.total, partial: page.partial }).toEqual({ query, ids: expected, total: expected.length, partial: true });
    }
  }, 60_000);

  it('agrees again after saves, a note and tag edit, deletes and an import', async () => {
    const saved = await saveOutline(db, makeArticle({ url: 'https://new.example/a', title: 'Đảng ủy trường học', siteName: 'Site 3', lang: 'vi' }), makeOutline(), Date.UTC(2030, 0, 1));
    expect(saved.ok).toBe(true);
    if (saved.ok) await updateNoteAndTags(db, saved.record.id, { note: 'nguồn tin', tags: ['theo dõi'] }, Date.UTC(2030, 0, 2));
    const deleted = await deleteOutlines(db, ['bench-0', 'bench-37', 'bench-1', 'bench-74']);
    expect(deleted.ok).toBe(true);
    const incoming: ExportedOutline[] = generatedRecords(COUNT, COUNT + 40).map(({ searchTokens: _tokens, ...record }) => record);
    const imported = await importLibrary(db, libraryToJson(incoming, Date.UTC(2030, 0, 3)));
    expect(imported.ok).toBe(true);
    await expectAgreement(db, [...queries, { text: 'truong hoc' }, { text: 'nguon' }, ...queriesFor(COUNT + 40).slice(-30)]);
  }, 60_000);

  it('is answered in the index order when records share a saving time', async () => {
    const tied = (await freshLibrary()).db;
    const records = generatedRecords(0, 30).map((record) => ({ ...record, savedAt: 1000 }));
    await putRecords(tied, records);
    await expectAgreement(tied, [{ text: '' }, { lang: 'vi' }, { text: 'ng' }]);
  });
});

/** Resolves once `count` change events have reached the listening page. */
function heard(events: { count: number }, count: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (events.count >= count ? resolve() : setTimeout(check, 1));
    check();
  });
}

describe('a page whose index is patched by changes announced from other pages', () => {
  const COUNT = 300;
  const queries = queriesFor(COUNT);

  /** This page's answers, from its own (patched) index, against a scan of the store. */
  async function expectPageAgrees(page: LibraryClient, db: LibraryDatabase, extra: LibraryQuery[] = []): Promise<void> {
    const library = await everyRecord(db);
    for (const query of [...queries, ...extra]) {
      const cache = new MatchCache();
      const found = await page.find(query, 100_000, cache);
      // The whole list (a query with no words or filters) comes from the date index, never from memory.
      const narrows = narrowsList(query);
      expect(cache.index !== null, 'answered from memory, not the store').toBe(narrows);
      const expected = bruteForce(library, query);
      expect({ query, ids: found.items.map((e) => e.id), total: found.total }).toEqual({ query, ids: expected, total: expected.length });
    }
  }

  it('stays exact after saves, note and tag edits, deletes, an import and an undo in another page', async () => {
    const { db, name } = await freshLibrary();
    expect((await putRecords(db, generatedRecords(0, COUNT))).ok).toBe(true);
    const page = libraryClient(db);
    const other = libraryClient(await openLibrary(name));
    const events = { count: 0 };
    const stop = listenForLibraryChanges((ids) => {
      page.changedElsewhere(ids);
      events.count++;
    });
    try {
      expect(await page.searchIndex(() => Promise.resolve(), new AbortController().signal)).not.toBeNull();
      // A save as the background makes it (services/save-outline.ts): written there, announced with its id.
      const saved = await saveOutline(db, makeArticle({ url: 'https://new.example/b', title: 'Đảng ủy bệnh viện', siteName: 'Site 3', lang: 'vi' }), makeOutline(), Date.UTC(2030, 0, 1));
      if (!saved.ok) throw new Error(saved.message);
      announceLibraryChange([saved.record.id]);
      expect((await other.updateNoteAndTags(saved.record.id, { note: 'nguồn tin khác', tags: ['theo dõi'] })).ok).toBe(true);
      expect((await other.updateNoteAndTags('bench-5', { tags: ['tag14', 'mới'] })).ok).toBe(true);
      const removed = await other.remove(['bench-0', 'bench-37', 'bench-74', 'bench-299']);
      if (!removed.ok) throw new Error(removed.message);
      const incoming: ExportedOutline[] = generatedRecords(COUNT, COUNT + 30).map(({ searchTokens: _tokens, ...record }) => record);
      // The same URLs again with a newer copy: merged into the records already there.
      const newer: ExportedOutline[] = generatedRecords(10, 15).map(({ searchTokens: _tokens, ...record }) => ({ ...record, title: `Bệnh viện ${record.title}`, updatedAt: Date.UTC(2030, 0, 2) }));
      expect((await other.importText(libraryToJson([...incoming, ...newer], Date.UTC(2030, 0, 3)))).ok).toBe(true);
      expect((await other.restore(removed.deleted.slice(0, 2))).ok).toBe(true);
      await heard(events, 6);
      await expectPageAgrees(page, db, [{ text: 'benh vien' }, { text: 'nguon tin' }, { tag: 'mới' }, { tag: 'theo dõi' }, ...queriesFor(COUNT + 30).slice(-30)]);
      // Its own writes patch it before they return.
      expect((await page.remove(['bench-1'])).ok).toBe(true);
      await expectPageAgrees(page, db);
    } finally {
      stop();
    }
  }, 120_000);

  it('drops its index for a change that names no records, and searches the store until it has a new one', async () => {
    const { db } = await freshLibrary();
    await putRecords(db, generatedRecords(0, 50));
    const page = libraryClient(db);
    await page.searchIndex(() => Promise.resolve(), new AbortController().signal);
    await putRecords(db, generatedRecords(50, 60));
    page.changedElsewhere(null);
    const cache = new MatchCache();
    const found = await page.find({ lang: 'vi' }, 1000, cache);
    expect(cache.index).toBeNull();
    expect(found.items.map((e) => e.id)).toEqual(bruteForce(await everyRecord(db), { lang: 'vi' }));
  });
});

describe('the saved copy of the index, taken by the next page that opens the library', () => {
  /**
   * A library whose copy was saved before saves, an edit, deletes and an import made with nobody
   * listening (the popup saving while the library is closed, or announcements lost); `beforeOpen`
   * runs just before the next page opens. Returns how that page took the copy.
   */
  async function expectExactFirstSearch(beforeOpen: (db: LibraryDatabase) => Promise<void>): Promise<{ byLog: boolean }> {
    const COUNT = 300;
    const { db, name } = await freshLibrary();
    expect((await putRecords(db, generatedRecords(0, COUNT))).ok).toBe(true);
    const earlier = new SearchIndexKeeper(db);
    expect(await earlier.build()).not.toBeNull();
    await earlier.saveCopy();
    const saved = await saveOutline(db, makeArticle({ url: 'https://new.example/c', title: 'Đảng ủy bệnh viện mới', lang: 'vi' }), makeOutline(), Date.UTC(2030, 0, 1));
    expect(saved.ok).toBe(true);
    expect((await updateNoteAndTags(db, 'bench-8', { note: 'ghi chú riêng', tags: ['đọc sau'] }, Date.UTC(2030, 0, 2))).ok).toBe(true);
    expect((await deleteOutlines(db, ['bench-2', 'bench-40'])).ok).toBe(true);
    const incoming: ExportedOutline[] = generatedRecords(COUNT, COUNT + 20).map(({ searchTokens: _tokens, ...record }) => record);
    expect((await importLibrary(db, libraryToJson(incoming, Date.UTC(2030, 0, 3)))).ok).toBe(true);
    await beforeOpen(db);

    performance.clearMeasures(COPY_CHECKED_MEASURE);
    const opening = new SearchIndexKeeper(await openLibrary(name));
    opening.openCopy();
    const index = await opening.current();
    expect(index, 'the saved copy, not a build').not.toBeNull();
    if (!index) return { byLog: false };
    expect(index.size).toBe(COUNT + 1 - 2 + 20);
    const cache = new MatchCache();
    cache.useIndex(index);
    const library = await everyRecord(db);
    for (const query of [...queriesFor(COUNT), { text: 'benh vien moi' }, { text: 'ghi chu' }, { tag: 'đọc sau' }, ...queriesFor(COUNT + 20).slice(-20)]) {
      const found = await findOutlines(db, query, { limit: 100_000, cache });
      const expected = bruteForce(library, query);
      expect({ query, ids: found.items.map((e) => e.id), total: found.total }).toEqual({ query, ids: expected, total: expected.length });
    }
    const measure = performance.getEntriesByName(COPY_CHECKED_MEASURE).at(-1) as PerformanceMeasure | undefined;
    return { byLog: (measure?.detail as { byLog?: boolean } | undefined)?.byLog === true };
  }

  it('answers the first search after opening exactly, though saves, edits, deletes and an import came while no page was open', async () => {
    // The change log names the writes made since the copy: the whole list is not read.
    expect(await expectExactFirstSearch(() => Promise.resolve())).toEqual({ byLog: true });
  }, 120_000);

  it('is checked against the whole list when the change log no longer reaches back to it, and answers as exactly', async () => {
    const dropLog = async (db: LibraryDatabase) => db.clear(CHANGES);
    expect(await expectExactFirstSearch(dropLog)).toEqual({ byLog: false });
  }, 120_000);

  it('answers a search typed while the copy is still being read exactly, from the store or the copy, whichever comes first', async () => {
    const { db, name } = await freshLibrary();
    expect((await putRecords(db, generatedRecords(0, 200))).ok).toBe(true);
    const earlier = new SearchIndexKeeper(db);
    expect(await earlier.build()).not.toBeNull();
    await earlier.saveCopy();
    const removed = await deleteOutlines(db, ['bench-3']);
    expect(removed.ok).toBe(true);
    const opened = await openLibrary(name);
    const keeper = new SearchIndexKeeper(opened);
    const page = libraryClient(opened, keeper);
    page.openIndexCopy();
    const library = await everyRecord(db);
    const newest = [...library.entries].sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : -1)).slice(0, NEWEST_SCANNED);
    for (const query of [{ text: 'dang uy' }, { text: 'tr' }, { lang: 'vi', text: 'ng' }]) {
      let found = await page.find(query, 100_000, new MatchCache());
      if (found.partial) {
        // The copy was still being read (a slow machine): the newest records answered at once, and
        // the page asks again once the copy is in, as use-library-page does.
        const fromNewest = bruteForce({ ...library, entries: newest }, query);
        expect({ query, ids: found.items.map((e) => e.id) }).toEqual({ query, ids: fromNewest });
        await keeper.current();
        found = await page.find(query, 100_000, new MatchCache());
      }
      // Ranked when the copy answered, newest first when the store did.
      const ranked = bruteForce(library, query);
      const ids = found.items.map((e) => e.id);
      const expected = ids.join() === ranked.join() ? ranked : newestFirstScan(library, query);
      expect({ query, ids, total: found.total, partial: found.partial === true }).toEqual({ query, ids: expected, total: expected.length, partial: false });
    }
  }, 60_000);

  it('answers words typed while the copy is still being read at once from the newest records, then exactly from the copy once read', async () => {
    const count = NEWEST_SCANNED + 60;
    const { db, name } = await libraryWithSavedCopy(count);
    // Written after the copy was saved: the newest records have them at once, the copy once the log is read.
    const saved = await saveOutline(db, makeArticle({ url: 'https://new.example/d', title: 'Đảng ủy bệnh viện mới', lang: 'vi' }), makeOutline(), Date.UTC(2030, 0, 1));
    expect(saved.ok).toBe(true);
    expect((await deleteOutlines(db, [`bench-${count - 1}`, 'bench-5'])).ok).toBe(true);
    const opened = await openLibrary(name);
    // Held back until the first list is on screen (listShown), as a large library's copy is.
    const keeper = new SearchIndexKeeper(opened, { earlyCopyRecords: 0 });
    const page = libraryClient(opened, keeper);
    page.openIndexCopy();
    const library = await everyRecord(db);
    const newest = [...library.entries].sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : -1)).slice(0, NEWEST_SCANNED);
    const queries: LibraryQuery[] = [{ text: 'dang uy' }, { text: 'benh vien moi' }, { text: 'tr' }, { lang: 'vi', text: 'ng' }];
    for (const query of queries) {
      const found = await page.find(query, 100_000, new MatchCache());
      // Only records that match, ranked as the index will rank them: nothing shown is wrong, and it says there may be more.
      const expected = bruteForce({ ...library, entries: newest }, query);
      expect({ query, ids: found.items.map((e) => e.id), total: found.total, partial: found.partial }).toEqual({ query, ids: expected, total: expected.length, partial: true });
    }
    expect(keeper.readingCopy, 'the copy still unread').toBe(true);
    page.listShown();
    expect(await keeper.current(), 'the saved copy, not a build').not.toBeNull();
    expect(keeper.readingCopy).toBe(false);
    for (const query of queries) {
      const found = await page.find(query, 100_000, new MatchCache());
      const expected = bruteForce(library, query);
      expect({ query, ids: found.items.map((e) => e.id), total: found.total, partial: found.partial }).toEqual({ query, ids: expected, total: expected.length, partial: undefined });
    }
  }, 60_000);

  it('reads the newest records ahead beside the first list, and never answers from them once a write here or in another page made them stale', async () => {
    const count = NEWEST_SCANNED + 40;
    const { db, name } = await libraryWithSavedCopy(count);
    const opened = await openLibrary(name);
    const page = libraryClient(opened, new SearchIndexKeeper(opened, { earlyCopyRecords: 0 }));
    page.openIndexCopy();
    // The first list: the newest records are read and indexed ahead of any keystroke.
    await page.find({}, 50, new MatchCache());
    const expectNewestAnswer = async (query: LibraryQuery) => {
      const library = await everyRecord(db);
      const newest = [...library.entries].sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : -1)).slice(0, NEWEST_SCANNED);
      const found = await page.find(query, 100_000, new MatchCache());
      const expected = bruteForce({ ...library, entries: newest }, query);
      expect({ query, ids: found.items.map((e) => e.id), partial: found.partial }).toEqual({ query, ids: expected, partial: true });
    };
    await expectNewestAnswer({ text: 'dang uy' });
    // Deleted here: gone from the next answer.
    const removed = await page.remove([`bench-${count - 1}`, `bench-${count - 3}`]);
    expect(removed.ok).toBe(true);
    await expectNewestAnswer({ text: 'dang uy' });
    await expectNewestAnswer({ text: 'tr' });
    // Saved in another page, which announces it: found by the next answer.
    const saved = await saveOutline(db, makeArticle({ url: 'https://other.example/e', title: 'Đảng ủy phường mới', lang: 'vi' }), makeOutline(), Date.UTC(2031, 0, 1));
    expect(saved.ok).toBe(true);
    if (saved.ok) page.changedElsewhere([saved.record.id]);
    await expectNewestAnswer({ text: 'dang uy phuong' });
  }, 60_000);

  it('says its record count before it is read, so a page can put off reading a large one until its first list shows', async () => {
    const { name } = await libraryWithSavedCopy(30);
    const order: string[] = [];
    const copy = await loadIndexCopy(name, async (records) => {
      order.push(`count ${records}`);
    });
    order.push(`read ${copy?.index.size ?? 'nothing'}`);
    expect(order).toEqual(['count 30', 'read 30']);
  });

  it('is still taken after a database upgrade that left the search tokens alone, so the first search after an update is not the slow one', async () => {
    const { name } = await libraryWithSavedCopy(30);
    const copies = await openDB(`${name}-search-index`, 1);
    const saved = (await copies.get('copies', 'index')) as { libraryVersion: number };
    // Saved by the release before the last upgrade (version 6 added the change log, 7 the People index: tokens unchanged).
    await copies.put('copies', { ...saved, libraryVersion: DB_VERSION - 1 }, 'index');
    expect((await loadIndexCopy(name))?.index.size).toBe(30);
    // Saved before version 5, whose migration rewrote every record's tokens: not taken.
    await copies.put('copies', { ...saved, libraryVersion: 4 }, 'index');
    expect(await loadIndexCopy(name)).toBeNull();
    copies.close();
  });

  it('is not taken when its packed parts do not fit together (a damaged copy): the page builds instead', async () => {
    const { name } = await libraryWithSavedCopy(30);
    const copies = await openDB(`${name}-search-index`, 1);
    const saved = (await copies.get('copies', 'index')) as { sections: { offset: number }[]; text: { offset: number; length: number } };
    await copies.put('copies', { ...saved, sections: saved.sections.map((section) => ({ ...section, offset: section.offset + 1_000_000 })) }, 'index');
    expect(await loadIndexCopy(name)).toBeNull();
    await copies.put('copies', { ...saved, text: { ...saved.text, length: saved.text.length - 1 } }, 'index');
    expect(await loadIndexCopy(name)).toBeNull();
    copies.close();
  });

  it('is not taken when there is none: the page builds as before', async () => {
    const { db } = await freshLibrary();
    await putRecords(db, generatedRecords(0, 20));
    const keeper = new SearchIndexKeeper(db);
    keeper.openCopy();
    expect(await keeper.current()).toBeNull();
    expect((await keeper.build())?.size).toBe(20);
  });
});
