import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LibraryDatabase } from '@/utils/library/db';
import { saveOutline } from '@/utils/library/save';
import { findOutlines, libraryFacets } from '@/utils/library/search';
import { MatchCache } from '@/utils/library/match-cache';
import { updateNoteAndTags } from '@/utils/library/notes-tags';
import { foldForSearch, MAYBE_CJK, queryTerms } from '@/utils/library/search-tokens';
import { freshLibrary, makeArticle, makeOutline } from './helpers';

const empty = { sections: [], quotes: [], keyPoints: [] };

async function titlesFor(db: LibraryDatabase, text: string, filters: { site?: string; tag?: string; lang?: string } = {}): Promise<string[]> {
  return (await findOutlines(db, { text, ...filters })).items.map((r) => r.title);
}

describe('search folding', () => {
  it('folds Vietnamese diacritics, đ and both tone placements to the same letters', () => {
    expect(foldForSearch('Đảng ủy')).toBe('dang uy');
    expect(foldForSearch('Đảng uỷ')).toBe('dang uy');
    expect(foldForSearch('ĐỐNG ĐA')).toBe('dong da');
  });

  it('never takes a Han, kana or Hangul character for another script in its quick check (MAYBE_CJK)', () => {
    const scripts = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/u;
    const missed: number[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (scripts.test(char) && !MAYBE_CJK.test(char)) missed.push(code);
    }
    expect(missed).toEqual([]);
  });

  it('keeps Japanese voiced kana apart (が is not か)', () => {
    expect(foldForSearch('が')).not.toBe(foldForSearch('か'));
  });

  it('treats the word being typed as a prefix and finished words as whole words', () => {
    expect(queryTerms('dang uy')).toEqual([{ token: 'dang', prefix: false }, { token: 'uy', prefix: true }]);
    expect(queryTerms('dang u')).toEqual([{ token: 'dang', prefix: false }]);
    expect(queryTerms('dang uy ')).toEqual([{ token: 'dang', prefix: false }, { token: 'uy', prefix: false }]);
  });
});

describe('findOutlines', () => {
  let db: LibraryDatabase;
  afterEach(() => vi.restoreAllMocks());

  beforeAll(async () => {
    db = (await freshLibrary()).db;
    await saveOutline(db, makeArticle({ url: 'http://dongda.hanoi.gov.vn/1', title: 'Đảng ủy Khối Doanh nghiệp quận Đống Đa', siteName: 'Đống Đa', lang: 'vi' }), empty, 1000);
    await saveOutline(db, makeArticle({ url: 'https://vi.example/2', title: 'Tin thời tiết', siteName: 'Báo mẫu', lang: 'vi' }),
      { ...empty, keyPoints: [{ text: 'Đảng bộ thành phố họp', anchor: { block: 1 } }] }, 2000);
    await saveOutline(db, makeArticle({ url: 'https://zh.example/3', title: '中国经济增长放缓', siteName: '新闻', lang: 'zh' }), empty, 3000);
    await saveOutline(db, makeArticle({ url: 'https://ja.example/4', title: '日本の経済政策について', siteName: 'ニュース', lang: 'ja' }), empty, 4000);
    await saveOutline(db, makeArticle({ url: 'https://en.example/5', title: 'Economy grows', siteName: 'Example News', lang: 'en' }),
      makeOutline({ quotes: [{ text: 'Inflation is under control', speaker: 'Governor', role: null, kind: 'direct', anchor: { block: 1 } }] }), 5000);
    const saved = await saveOutline(db, makeArticle({ url: 'https://en.example/6', title: 'Election results', lang: 'en' }), empty, 6000);
    if (saved.ok) await updateNoteAndTags(db, saved.record.id, { note: 'Compare with the 2020 turnout', tags: ['politics', 'Hà Nội'] }, 6500);
  });

  it('finds "Đảng ủy" when the reader types "dang uy" without diacritics', async () => {
    expect(await titlesFor(db, 'dang uy')).toEqual(['Đảng ủy Khối Doanh nghiệp quận Đống Đa']);
  });

  it('finds "Đảng ủy" with diacritics typed too, and by the site name', async () => {
    expect(await titlesFor(db, 'Đảng ủy')).toEqual(['Đảng ủy Khối Doanh nghiệp quận Đống Đa']);
    expect(await titlesFor(db, 'dong da')).toEqual(['Đảng ủy Khối Doanh nghiệp quận Đống Đa']);
  });

  it('requires every word (AND): "dang" alone matches two outlines, "dang uy" one', async () => {
    expect(await titlesFor(db, 'dang ')).toEqual(['Tin thời tiết', 'Đảng ủy Khối Doanh nghiệp quận Đống Đa']);
    expect(await titlesFor(db, 'dang uy')).toHaveLength(1);
    expect(await titlesFor(db, 'dang economy')).toEqual([]);
  });

  it('finds Chinese text by a word inside a longer run and by a single character', async () => {
    expect(await titlesFor(db, '经济')).toEqual(['中国经济增长放缓']);
    expect(await titlesFor(db, '增长放缓')).toEqual(['中国经济增长放缓']);
    expect(await titlesFor(db, '缓')).toEqual(['中国经济增长放缓']);
    expect(await titlesFor(db, '经增')).toEqual([]);
  });

  it('finds Japanese text by a phrase across kana and kanji', async () => {
    expect(await titlesFor(db, '経済政策')).toEqual(['日本の経済政策について']);
    expect(await titlesFor(db, 'の経済')).toEqual(['日本の経済政策について']);
  });

  it('searches quotes, key points, notes and tags, not only titles', async () => {
    expect(await titlesFor(db, 'inflation')).toEqual(['Economy grows']);
    expect(await titlesFor(db, 'thanh pho')).toEqual(['Tin thời tiết']);
    expect(await titlesFor(db, 'turnout')).toEqual(['Election results']);
    expect(await titlesFor(db, 'ha noi')).toEqual(['Election results']);
  });

  it('matches the word being typed as a prefix, so results follow the keyboard', async () => {
    expect(await titlesFor(db, 'electi')).toEqual(['Election results']);
    expect(await titlesFor(db, 'electi ')).toEqual([]);
  });

  it('matches two- and three-letter beginnings (indexed as their own entries) like longer ones', async () => {
    expect(await titlesFor(db, 'el')).toEqual(['Election results']);
    expect(await titlesFor(db, 'ec')).toEqual(['Economy grows']);
    expect(await titlesFor(db, 'ele')).toEqual(['Election results']);
    expect(await titlesFor(db, 'elec')).toEqual(['Election results']);
    expect(await titlesFor(db, 'dang kh')).toEqual(['Đảng ủy Khối Doanh nghiệp quận Đống Đa']);
    expect(await titlesFor(db, 'thoi')).toEqual(['Tin thời tiết']);
    // Ranked: a title word first (memory-index.ts, ranked), then newest first.
    expect(await titlesFor(db, 'th')).toEqual(['Tin thời tiết', 'Election results', 'Economy grows']);
    // A beginning matches a whole word of that length too, and never the marker itself.
    expect(await titlesFor(db, 'uy')).toEqual(['Đảng ủy Khối Doanh nghiệp quận Đống Đa']);
    expect(queryTerms('\u0001el')).toEqual(queryTerms('el'));
  });

  it('reads the stored tokens once while the reader types, with one cache per page, and no index of words', async () => {
    const keyReads = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    const reads = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const cache = new MatchCache();
    const typed = ['da', 'dan', 'dang', 'dang ', 'dang u', 'dang uy'];
    const pages = [];
    for (const text of typed) pages.push(await findOutlines(db, { text }, { cache }));
    // The first keystroke builds the in-memory index (the list's entries, then the tokens); the next ones read no store.
    expect(reads).toHaveBeenCalledTimes(2);
    expect(keyReads).not.toHaveBeenCalled();
    expect(pages.at(-1)?.items.map((e) => e.title)).toEqual(['Đảng ủy Khối Doanh nghiệp quận Đống Đa']);
    expect(pages.map((p) => p.total)).toEqual([2, 2, 2, 2, 2, 1]);
  });

  it('filters by site, tag and language, alone or with text', async () => {
    expect(await titlesFor(db, '', { site: 'Đống Đa' })).toEqual(['Đảng ủy Khối Doanh nghiệp quận Đống Đa']);
    expect(await titlesFor(db, '', { tag: 'politics' })).toEqual(['Election results']);
    expect(await titlesFor(db, '', { lang: 'vi' })).toEqual(['Tin thời tiết', 'Đảng ủy Khối Doanh nghiệp quận Đống Đa']);
    expect(await titlesFor(db, 'dang', { lang: 'en' })).toEqual([]);
  });

  it('lists everything newest first, page by page, with the total', async () => {
    const first = await findOutlines(db, {}, { limit: 4 });
    expect(first.total).toBe(6);
    expect(first.items.map((r) => r.savedAt)).toEqual([6000, 5000, 4000, 3000]);
    const second = await findOutlines(db, {}, { offset: 4, limit: 4 });
    expect(second.items.map((r) => r.savedAt)).toEqual([2000, 1000]);
    const searched = await findOutlines(db, { lang: 'en' }, { offset: 1, limit: 1 });
    expect(searched).toMatchObject({ total: 2, items: [{ title: 'Economy grows' }] });
    // More matches than the page holds: ordered through the savedAt index instead of in memory.
    const viaIndex = await findOutlines(db, { text: 'dang' }, { limit: 1 });
    expect(viaIndex).toMatchObject({ total: 2, items: [{ title: 'Tin thời tiết' }] });
    const secondViaIndex = await findOutlines(db, { text: 'dang' }, { offset: 1, limit: 1 });
    expect(secondViaIndex.items.map((r) => r.title)).toEqual(['Đảng ủy Khối Doanh nghiệp quận Đống Đa']);
  });

  it('offers as filters only the sites, tags and languages in the library', async () => {
    const facets = await libraryFacets(db);
    expect(facets.langs).toEqual(['en', 'ja', 'vi', 'zh']);
    expect(facets.tags).toEqual(['Hà Nội', 'politics']);
    expect(facets.sites).toContain('Đống Đa');
  });
});
