import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveOutline } from '@/utils/library/save';
import { findOutlines } from '@/utils/library/search';
import { deleteOutlines, restoreOutlines } from '@/utils/library/delete';
import { cleanTags, parseTagInput, updateNoteAndTags } from '@/utils/library/notes-tags';
import { freshLibrary, makeArticle, makeOutline } from './helpers';

async function libraryOfThree() {
  const { db } = await freshLibrary();
  const ids: string[] = [];
  for (let i = 1; i <= 3; i++) {
    const saved = await saveOutline(db, makeArticle({ url: `https://x.example/${i}`, title: `Article ${i}` }), makeOutline(), i * 1000);
    if (!saved.ok) throw new Error(saved.message);
    ids.push(saved.record.id);
  }
  return { db, ids };
}

describe('delete and undo', () => {
  it('deletes many and hands back the whole records, which undo puts back unchanged', async () => {
    const { db, ids } = await libraryOfThree();
    const before = (await findOutlines(db)).items;
    const removed = await deleteOutlines(db, [ids[0] ?? '', ids[2] ?? '', 'no-such-id']);
    expect(removed.ok && removed.deleted.map((r) => r.title)).toEqual(['Article 1', 'Article 3']);
    expect((await findOutlines(db)).items.map((r) => r.title)).toEqual(['Article 2']);
    if (!removed.ok) return;
    expect(await restoreOutlines(db, removed.deleted)).toEqual({ ok: true, counts: { added: 2, updated: 0, unchanged: 0 } });
    expect((await findOutlines(db)).items).toEqual(before);
  });

  it('does not let undo overwrite the same article saved again after the delete', async () => {
    const { db, ids } = await libraryOfThree();
    const removed = await deleteOutlines(db, [ids[0] ?? '']);
    await saveOutline(db, makeArticle({ url: 'https://x.example/1', title: 'Saved again' }), makeOutline(), 9000);
    if (!removed.ok) throw new Error(removed.message);
    await restoreOutlines(db, removed.deleted);
    const titles = (await findOutlines(db)).items.map((r) => r.title);
    expect(titles).toEqual(['Saved again', 'Article 3', 'Article 2']);
  });
});

describe('notes and tags', () => {
  it('updates the note and tags and makes them searchable', async () => {
    const { db, ids } = await libraryOfThree();
    const updated = await updateNoteAndTags(db, ids[1] ?? '', { note: 'Cần đọc lại', tags: [' kinh tế ', 'Kinh Tế', 'vĩ mô'] }, 5000);
    expect(updated.ok && updated.record).toMatchObject({ note: 'Cần đọc lại', tags: ['kinh tế', 'vĩ mô'], updatedAt: 5000 });
    expect((await findOutlines(db, { text: 'can doc lai' })).items.map((r) => r.title)).toEqual(['Article 2']);
    expect((await findOutlines(db, { tag: 'vĩ mô' })).total).toBe(1);
  });

  it('reports a record deleted in another window instead of recreating it', async () => {
    const { db, ids } = await libraryOfThree();
    await deleteOutlines(db, [ids[0] ?? '']);
    const result = await updateNoteAndTags(db, ids[0] ?? '', { note: 'x' });
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    expect((await findOutlines(db)).total).toBe(2);
  });

  it('splits typed tags on commas (also Chinese and Japanese ones) and drops duplicates', () => {
    expect(parseTagInput('economy, Economy ,  rates;中国，日本、 ')).toEqual(['economy', 'rates', '中国', '日本']);
    expect(cleanTags(Array.from({ length: 80 }, (_, i) => `t${i}`))).toHaveLength(50);
  });
});
