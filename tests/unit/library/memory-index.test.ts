import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { putRecords } from '@/utils/library/put-records';
import { findOutlines, type LibraryQuery } from '@/utils/library/search';
import { MatchCache } from '@/utils/library/match-cache';
import { loadMemoryIndex } from '@/utils/library/memory-index-load';
import { CONTENTS, LIST_ENTRIES, SEARCH_INDEX, type LibraryDatabase } from '@/utils/library/db';
import { saveOutline } from '@/utils/library/save';
import { deleteOutlines } from '@/utils/library/delete';
import { importLibrary } from '@/utils/library/import';
import { libraryToJson } from '@/utils/library/export';
import { updateNoteAndTags } from '@/utils/library/notes-tags';
import { queryTerms, PREFIX_MARK } from '@/utils/library/search-tokens';
import type { ExportedOutline, LibraryEntry } from '@/utils/library/schema';
import { generatedArticle, generatedRecords } from '../../../scripts/lib/generate-library';
import { freshLibrary, makeArticle, makeOutline } from './helpers';

/** Every record read whole, to be matched word by word: what the indexes must agree with. */
async function everyRecord(db: LibraryDatabase): Promise<{ entries: LibraryEntry[]; tokensOf: Map<string, string[]> }> {
  const tx = db.transaction([LIST_ENTRIES, SEARCH_INDEX, CONTENTS], 'readonly');
  const [entries, searches] = await Promise.all([tx.objectStore(LIST_ENTRIES).getAll(), tx.objectStore(SEARCH_INDEX).getAll()]);
  return { entries, tokensOf: new Map(searches.map((s) => [s.id, s.tokens.filter((t) => !t.startsWith(PREFIX_MARK))])) };
}

function bruteForce({ entries, tokensOf }: Awaited<ReturnType<typeof everyRecord>>, query: LibraryQuery): string[] {
  const terms = queryTerms(query.text ?? '');
  const matches = (entry: LibraryEntry): boolean => {
    const tokens = tokensOf.get(entry.id) ?? [];
    if (query.site && entry.siteName !== query.site) return false;
    if (query.lang && entry.lang !== query.lang) return false;
    if (query.tag && !entry.tags.includes(query.tag)) return false;
    return terms.every((term) => (term.prefix ? tokens.some((t) => t.startsWith(term.token)) : tokens.includes(term.token)));
  };
  return entries
    .filter(matches)
    .sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : -1))
    .map((entry) => entry.id);
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
  return queries;
}

async function expectAgreement(db: LibraryDatabase, queries: LibraryQuery[]): Promise<void> {
  const indexed = await indexedSession(db);
  const library = await everyRecord(db);
  for (const query of queries) {
    const expected = bruteForce(library, query);
    const fromMemory = await findOutlines(db, query, { limit: 100_000, cache: indexed });
    const fromStore = await findOutlines(db, query, { limit: 100_000 });
    expect({ query, ids: fromMemory.items.map((e) => e.id), total: fromMemory.total }).toEqual({ query, ids: expected, total: expected.length });
    expect({ query, ids: fromStore.items.map((e) => e.id) }).toEqual({ query, ids: expected });
    // The first screen and a later page come from the same order.
    const page = await findOutlines(db, query, { offset: 10, limit: 20, cache: indexed });
    expect(page.items.map((e) => e.id)).toEqual(expected.slice(10, 30));
  }
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
