import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDatabase } from '@/utils/library/db';
import { saveOutline } from '@/utils/library/save';
import { facetCounts, findOutlines, type LibraryQuery } from '@/utils/library/search';
import { MatchCache } from '@/utils/library/match-cache';
import { loadMemoryIndex } from '@/utils/library/memory-index-load';
import { updateNoteAndTags } from '@/utils/library/notes-tags';
import { queryPhrases, queryTerms, recordTokens, STRONG_MARK } from '@/utils/library/search-tokens';
import { freshLibrary, makeArticle, makeOutline } from './helpers';

const empty = { sections: [], quotes: [], keyPoints: [] };

/** A library where "Trần Văn Hùng" is in a title, a speaker, a key point, and only in a quote's text or a section. */
async function rankedLibrary(): Promise<LibraryDatabase> {
  const { db } = await freshLibrary();
  const save = async (n: number, title: string, outline: Parameters<typeof saveOutline>[2], extra: Partial<Parameters<typeof makeArticle>[0]> = {}) => {
    const saved = await saveOutline(db, makeArticle({ url: `https://vn.example/${n}`, title, siteName: n % 2 ? 'Tuổi Trẻ' : 'VnExpress', lang: 'vi', ...extra }), outline, 1000 * n);
    if (!saved.ok) throw new Error(saved.message);
    return saved.record.id;
  };
  // Saved oldest first: the newest (6) mentions him only in a section title.
  await save(1, 'Trần Văn Hùng nhậm chức', empty, { published: '2025-01-10T08:00:00Z' });
  await save(2, 'Họp báo của thành phố', { ...empty, quotes: [{ text: 'Chúng tôi sẽ làm', speaker: 'Trần Văn Hùng', role: 'Chủ tịch', kind: 'direct', anchor: { block: 1 } }] }, { published: '2025-02-10T08:00:00Z' });
  await save(3, 'Ngân sách năm nay', { ...empty, keyPoints: [{ text: 'Ông Trần Văn Hùng trình ngân sách', anchor: { block: 2 } }] }, { published: '2025-03-10T08:00:00Z' });
  await save(4, 'Ý kiến người dân', { ...empty, quotes: [{ text: 'Ông Trần Văn Hùng đã hứa điều này', speaker: 'Người dân', role: null, kind: 'direct', anchor: { block: 1 } }] }, { published: '2025-04-10T08:00:00Z' });
  await save(5, 'Văn hóa và Trần', empty, { published: null });
  const sixth = await save(6, 'Tin tổng hợp', { ...empty, sections: [{ title: 'Trần Văn Hùng thăm trường', level: 2, anchor: { block: 1 }, items: [] }] }, { published: '2025-06-10T08:00:00Z' });
  await updateNoteAndTags(db, sixth, { note: '', tags: ['chính quyền'] }, 6500);
  return db;
}

async function indexed(db: LibraryDatabase): Promise<MatchCache> {
  const cache = new MatchCache();
  const index = await loadMemoryIndex(db);
  if (!index) throw new Error('no index');
  cache.useIndex(index);
  return cache;
}

async function titles(db: LibraryDatabase, cache: MatchCache, query: LibraryQuery): Promise<string[]> {
  return (await findOutlines(db, query, { cache, limit: 100 })).items.map((entry) => entry.title);
}

describe('search that ranks', () => {
  let db: LibraryDatabase;
  let cache: MatchCache;
  beforeAll(async () => {
    db = await rankedLibrary();
    cache = await indexed(db);
  });

  it('stores the title, speakers and key points first, behind a mark that counts them', () => {
    const tokens = recordTokens({ title: 'Ngân sách', note: 'ghi chú', tags: [], siteName: null, byline: null, lang: 'vi', outline: makeOutline({ keyPoints: [{ text: 'Output rose', anchor: { block: 1 } }] }) });
    expect(tokens.slice(0, 7)).toEqual([`${STRONG_MARK}6`, 'ngan', 'sach', 'jane', 'doe', 'output', 'rose']);
    expect(tokens).toContain('ghi');
  });

  it('puts matches in a title, a speaker or a key point before matches in quotes and sections, newest first within each', async () => {
    expect(await titles(db, cache, { text: 'tran van hung' })).toEqual([
      'Ngân sách năm nay',
      'Họp báo của thành phố',
      'Trần Văn Hùng nhậm chức',
      'Tin tổng hợp',
      'Ý kiến người dân',
    ]);
  });

  it('ranks by how many of the words are in those places: a title holding two of three comes before one holding none', async () => {
    // "Văn hóa và Trần" holds "tran" and "van" in its title, not "hung": it is no match at all.
    expect(await titles(db, cache, { text: 'tran van' })).toEqual([
      'Văn hóa và Trần',
      'Ngân sách năm nay',
      'Họp báo của thành phố',
      'Trần Văn Hùng nhậm chức',
      'Tin tổng hợp',
      'Ý kiến người dân',
    ]);
  });

  it('ranks the word being typed as a prefix the same way', async () => {
    expect((await titles(db, cache, { text: 'tran van hu' })).slice(0, 3)).toEqual(['Ngân sách năm nay', 'Họp báo của thành phố', 'Trần Văn Hùng nhậm chức']);
  });
});

describe('phrase search', () => {
  let db: LibraryDatabase;
  beforeAll(async () => {
    db = await rankedLibrary();
  });

  it('reads closed quotes as phrases of whole words, and an open quote as plain words', () => {
    expect(queryPhrases('"Trần Văn" hung')).toEqual([['tran', 'van']]);
    expect(queryPhrases('“van hoa”')).toEqual([['van', 'hoa']]);
    expect(queryTerms('"tran va"')).toEqual([{ token: 'tran', prefix: false }, { token: 'va', prefix: false }]);
    expect(queryTerms('"tran va')).toEqual([{ token: 'tran', prefix: false }, { token: 'va', prefix: true }]);
  });

  it('finds only records with the words one after another, in the index and before it is built', async () => {
    const cache = await indexed(db);
    // "văn" and "trần" are both in "Văn hóa và Trần", but not as "trần văn".
    const phrase = await titles(db, cache, { text: '"tran van"' });
    expect(phrase).toHaveLength(5);
    expect(phrase).not.toContain('Văn hóa và Trần');
    expect(await titles(db, cache, { text: '"van hoa"' })).toEqual(['Văn hóa và Trần']);
    expect(await titles(db, cache, { text: '"hung tran"' })).toEqual([]);
    expect(await titles(db, new MatchCache(), { text: '"van tran"' })).toEqual([]);
    expect(await titles(db, new MatchCache(), { text: '"hung tham truong"' })).toEqual(['Tin tổng hợp']);
  });

  it('counts exactly when every candidate was read, and says "at most" when only the first pages were', async () => {
    const cache = await indexed(db);
    expect(await findOutlines(db, { text: '"tran van hung"' }, { cache, limit: 50 })).toMatchObject({ total: 5, approximate: false });
    const firstOnly = await findOutlines(db, { text: '"tran van hung"' }, { cache: await indexed(db), limit: 1 });
    expect(firstOnly.items.map((entry) => entry.title)).toEqual(['Ngân sách năm nay']);
    expect(firstOnly.total).toBeGreaterThanOrEqual(5);
  });
});

describe('date range and counts per filter', () => {
  let db: LibraryDatabase;
  let cache: MatchCache;
  beforeAll(async () => {
    db = await rankedLibrary();
    cache = await indexed(db);
  });

  it('filters by publish date, the day saved standing in for an article without one, in memory and in the store', async () => {
    const query = { from: '2025-02-01', to: '2025-04-10' };
    const expected = ['Ý kiến người dân', 'Ngân sách năm nay', 'Họp báo của thành phố'];
    expect(await titles(db, cache, query)).toEqual(expected);
    expect(await titles(db, new MatchCache(), query)).toEqual(expected);
    // Saved at 5,000 ms after 1970, with no publish date.
    expect(await titles(db, cache, { to: '1970-01-01' })).toEqual(['Văn hóa và Trần']);
    expect(await titles(db, new MatchCache(), { text: 'tran', from: '2025-06-01' })).toEqual(['Tin tổng hợp']);
  });

  it('counts per site, tag and language what each value would leave with the rest of the query', () => {
    const counts = facetCounts({ text: 'tran van hung' }, cache);
    expect(counts && Object.fromEntries(counts.site)).toEqual({ 'Tuổi Trẻ': 2, VnExpress: 3 });
    expect(counts && Object.fromEntries(counts.tag)).toEqual({ 'chính quyền': 1 });
    expect(counts && Object.fromEntries(counts.lang)).toEqual({ vi: 5 });
    // A chosen site does not narrow its own counts (the reader sees the other sites' numbers), but narrows the others'.
    const withSite = facetCounts({ text: 'tran van hung', site: 'Tuổi Trẻ' }, cache);
    expect(withSite && Object.fromEntries(withSite.site)).toEqual({ 'Tuổi Trẻ': 2, VnExpress: 3 });
    expect(withSite && Object.fromEntries(withSite.tag)).toEqual({});
    const dated = facetCounts({ from: '2025-03-01' }, cache);
    // Published in March (Tuổi Trẻ), April and June (VnExpress); the one without a date was saved in 1970.
    expect(dated && Object.fromEntries(dated.site)).toEqual({ 'Tuổi Trẻ': 1, VnExpress: 2 });
  });

  it('leaves out of the counts the records read for a phrase and found without it', async () => {
    const phraseCache = await indexed(db);
    // Six records hold "tran" and "van"; "Văn hóa và Trần" (Tuổi Trẻ) holds them the other way round.
    expect(Object.fromEntries(facetCounts({ text: '"tran van"' }, phraseCache)?.site ?? [])).toEqual({ 'Tuổi Trẻ': 3, VnExpress: 3 });
    await findOutlines(db, { text: '"tran van"' }, { cache: phraseCache });
    expect(Object.fromEntries(facetCounts({ text: '"tran van"' }, phraseCache)?.site ?? [])).toEqual({ 'Tuổi Trẻ': 2, VnExpress: 3 });
  });

  it('has no counts before the index is ready', () => {
    expect(facetCounts({ text: 'tran' }, new MatchCache())).toBeNull();
  });
});
