import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '@/utils/library/db';
import { saveOutline } from '@/utils/library/save';
import { findOutlines } from '@/utils/library/search';
import { updateNoteAndTags } from '@/utils/library/notes-tags';
import { freshLibrary, makeArticle, makeOutline } from './helpers';

describe('saveOutline', () => {
  it('creates a record the first time and says "updated" when the same URL is saved again', async () => {
    const { db } = await freshLibrary();
    const first = await saveOutline(db, makeArticle({ url: 'https://news.example.com/a/1?utm_source=x#intro' }), makeOutline(), 1000);
    expect(first.ok && first.created).toBe(true);
    if (!first.ok) return;
    await updateNoteAndTags(db, first.record.id, { note: 'read later', tags: ['economy'] }, 1500);

    const again = await saveOutline(db, makeArticle({ url: 'https://news.example.com/a/1?fbclid=abc', title: 'Corrected title' }), makeOutline(), 2000);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.created).toBe(false);
    expect(again.record.id).toBe(first.record.id);
    expect(again.record.url).toBe('https://news.example.com/a/1');
    expect(again.record.title).toBe('Corrected title');
    expect(again.record.savedAt).toBe(1000);
    expect(again.record.updatedAt).toBe(2000);
    expect(again.record.note).toBe('read later');
    expect(again.record.tags).toEqual(['economy']);
    expect((await findOutlines(db)).total).toBe(1);
  });

  it('refuses a page whose address is not a web page or a file', async () => {
    const { db } = await freshLibrary();
    const result = await saveOutline(db, makeArticle({ url: 'javascript:alert(1)' }), makeOutline());
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    expect((await findOutlines(db)).total).toBe(0);
  });

  it('keeps a page language it can filter on and drops one it cannot', async () => {
    const { db } = await freshLibrary();
    const a = await saveOutline(db, makeArticle({ url: 'https://x.example/1', lang: 'vi_VN' }), makeOutline());
    const b = await saveOutline(db, makeArticle({ url: 'https://x.example/2', lang: 'not a tag!' }), makeOutline());
    expect(a.ok && a.record.lang).toBe('vi-VN');
    expect(b.ok && b.record.lang).toBe(null);
  });

  it('loses none of 200 saves made at once from two connections (two extension pages)', async () => {
    const { db: popup, name } = await freshLibrary();
    const libraryPage = await openLibrary(name);
    const saves = [];
    for (let i = 0; i < 100; i++) {
      saves.push(saveOutline(popup, makeArticle({ url: `https://popup.example/${i}`, title: `Popup ${i}` }), makeOutline()));
      saves.push(saveOutline(libraryPage, makeArticle({ url: `https://tab.example/${i}`, title: `Tab ${i}` }), makeOutline()));
    }
    const results = await Promise.all(saves);
    expect(results.every((r) => r.ok && r.created)).toBe(true);
    expect(await popup.count('listEntries')).toBe(200);
    const titles = (await findOutlines(libraryPage, {}, { limit: 500 })).items.map((r) => r.title);
    for (let i = 0; i < 100; i++) expect(titles).toEqual(expect.arrayContaining([`Popup ${i}`, `Tab ${i}`]));
    libraryPage.close();
  });

  it('makes one record per URL when two connections save the same 100 URLs at once', async () => {
    const { db: a, name } = await freshLibrary();
    const b = await openLibrary(name);
    const saves = [];
    for (let i = 0; i < 100; i++) {
      saves.push(saveOutline(a, makeArticle({ url: `https://same.example/${i}` }), makeOutline()));
      saves.push(saveOutline(b, makeArticle({ url: `https://same.example/${i}#from-b` }), makeOutline()));
    }
    const results = await Promise.all(saves);
    expect(results.filter((r) => r.ok && r.created)).toHaveLength(100);
    expect(results.filter((r) => r.ok && !r.created)).toHaveLength(100);
    expect(await a.count('listEntries')).toBe(100);
    b.close();
  });

  it('keeps a note written in one page while another page saves the same article again', async () => {
    const { db: library, name } = await freshLibrary();
    const popup = await openLibrary(name);
    const saved = await saveOutline(library, makeArticle(), makeOutline(), 1000);
    if (!saved.ok) throw new Error(saved.message);
    await Promise.all([
      updateNoteAndTags(library, saved.record.id, { note: 'my note', tags: ['kept'] }, 2000),
      saveOutline(popup, makeArticle({ title: 'New title' }), makeOutline(), 2001),
    ]);
    const [record] = (await findOutlines(library)).items;
    expect(record).toMatchObject({ note: 'my note', tags: ['kept'], title: 'New title' });
    popup.close();
  });
});
