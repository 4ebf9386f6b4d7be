import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readCitableEntries } from '@/utils/library/citations/read-entries';
import { citationFile } from '@/utils/library/citations/export-citations';
import { saveOutline } from '@/utils/library/save';
import { freshLibrary, makeArticle, makeOutline } from './helpers';

describe('the records citations are made from', () => {
  it('are the list entries, newest saved first, or those of the given ids still saved', async () => {
    const { db } = await freshLibrary();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const saved = await saveOutline(db, makeArticle({ url: `https://news.example.com/a/${i}`, title: `Story ${i}`, byline: `By Jane Doe${i === 2 ? ' and John Roe' : ''}` }), makeOutline(), 1_000 + i);
      if (!saved.ok) throw new Error(saved.message);
      ids.push(saved.record.id);
    }
    const all = await readCitableEntries(db);
    expect(all.map((entry) => entry.title)).toEqual(['Story 2', 'Story 1', 'Story 0']);
    expect(all.every((entry) => !('text' in entry) && !('outline' in entry))).toBe(true);
    const chosen = await readCitableEntries(db, [ids[0] ?? '', 'gone', ids[2] ?? '']);
    expect(chosen.map((entry) => entry.title)).toEqual(['Story 2', 'Story 0']);
    const bibtex = citationFile(chosen, 'bibtex', Date.UTC(2026, 10, 30)).text;
    expect(bibtex.match(/^@article\{/gmu)).toHaveLength(2);
    expect(bibtex).toContain('author = {Doe, Jane and Roe, John}');
    db.close();
  });
});
