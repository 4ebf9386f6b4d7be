import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LibraryDatabase } from '@/utils/library/db';
import { saveOutline } from '@/utils/library/save';
import { findOutlines, getOutline } from '@/utils/library/search';
import { updateAnnotations } from '@/utils/library/annotations';
import { libraryToJson, libraryToMarkdown, recordsToExport } from '@/utils/library/export';
import type { LibraryMarkdownLabels } from '@/utils/library/export-markdown';
import { importLibrary } from '@/utils/library/import';
import { recordTokens } from '@/utils/library/search-tokens';
import { LIMITS, type Annotation, type SavedOutline } from '@/utils/library/schema';
import { freshLibrary, makeArticle, makeOutline } from './helpers';
import { validItem } from './hostile-imports';
import { repairRecord } from '@/utils/library/repair';

const EXPORTED_AT = Date.parse('2026-11-30T00:00:00Z');
const LABELS: LibraryMarkdownLabels = {
  outline: { sections: 'Sections', quotes: 'Quotes', keyPoints: 'Key points', reported: 'reported' },
  title: 'Lede library',
  exported: (day, count) => `Exported ${day} · ${count}`,
  published: (day) => `published ${day}`,
  saved: (day) => `saved ${day}`,
  tags: 'Tags',
  untitled: 'Untitled',
  highlights: 'Highlights',
};

const HIGHLIGHT: Annotation = {
  id: 'h-1',
  quote: 'Sở Xây dựng sẽ hoàn thành cầu trước tháng 10',
  prefix: 'Ông Quang cho biết: ',
  suffix: '. Người dân',
  block: 3,
  note: 'Hỏi lại về tiến độ\nvà chi phí',
  created: 1_700_000_100_000,
};

async function savedWithHighlights(annotations: Annotation[] = [HIGHLIGHT]): Promise<{ db: LibraryDatabase; record: SavedOutline }> {
  const { db } = await freshLibrary();
  const saved = await saveOutline(db, makeArticle({ url: 'https://tin.example.vn/cau', title: 'Cầu Tứ Liên', lang: 'vi' }), makeOutline(), 1_700_000_000_000);
  if (!saved.ok) throw new Error(saved.message);
  const updated = await updateAnnotations(db, saved.record.id, annotations, 1_700_000_200_000);
  if (!updated.ok) throw new Error(updated.message);
  return { db, record: updated.record };
}

function fileWith(annotations: unknown): string {
  return JSON.stringify({ format: 'lede-library', version: 1, items: [validItem({ id: 'seed-ok', url: 'https://ok.example/1' }), validItem({ annotations })] });
}

describe('highlights kept with the saved article', () => {
  it('round-trips through export → wipe → import identical, highlights and all', async () => {
    const { db } = await savedWithHighlights([HIGHLIGHT, { ...HIGHLIGHT, id: 'h-2', quote: 'Người dân', prefix: '', suffix: '', note: '', block: 4, created: 1_700_000_150_000 }]);
    const json = libraryToJson(await recordsToExport(db), EXPORTED_AT);
    expect(JSON.parse(json).items[0].annotations).toHaveLength(2);
    const { db: wiped } = await freshLibrary();
    expect(await importLibrary(wiped, json)).toEqual({ ok: true, counts: { added: 1, updated: 0, unchanged: 0 } });
    const [original] = (await findOutlines(db, {}, { limit: 10 })).items;
    const [restored] = (await findOutlines(wiped, {}, { limit: 10 })).items;
    if (!original || !restored) throw new Error('record missing');
    expect(await getOutline(wiped, restored.id)).toEqual(await getOutline(db, original.id));
    expect(libraryToJson(await recordsToExport(wiped), EXPORTED_AT)).toBe(json);
  });

  it('keeps them out of the list entry: the list reads every entry, highlights are read with the article', async () => {
    const { db, record } = await savedWithHighlights();
    expect(await db.get('listEntries', record.id)).not.toHaveProperty('annotations');
    expect((await db.get('contents', record.id))?.annotations).toEqual([HIGHLIGHT]);
  });

  it('keeps them when the article is saved again, and leaves no empty field when the last is removed', async () => {
    const { db, record } = await savedWithHighlights();
    const again = await saveOutline(db, makeArticle({ url: 'https://tin.example.vn/cau', title: 'Cầu Tứ Liên (cập nhật)', lang: 'vi' }), makeOutline(), 1_700_000_300_000);
    expect(again.ok && again.record.annotations).toEqual([HIGHLIGHT]);
    const emptied = await updateAnnotations(db, record.id, []);
    expect(emptied.ok && 'annotations' in emptied.record).toBe(false);
  });

  it('joins the highlights of both copies when an export is imported over the saved article', async () => {
    const { db, record } = await savedWithHighlights();
    const other = { ...HIGHLIGHT, id: 'from-laptop', quote: 'Người dân', note: 'từ máy khác', created: 1_700_000_400_000 };
    const exported = (await recordsToExport(db))[0];
    const file = JSON.stringify({ format: 'lede-library', version: 1, items: [{ ...exported, annotations: [other] }] });
    expect(await importLibrary(db, file)).toEqual({ ok: true, counts: { added: 0, updated: 1, unchanged: 0 } });
    expect((await getOutline(db, record.id))?.annotations?.map((a) => a.id)).toEqual(['h-1', 'from-laptop']);
    // The same file again brings nothing new.
    expect(await importLibrary(db, file)).toEqual({ ok: true, counts: { added: 0, updated: 0, unchanged: 1 } });
  });

  it('makes the highlighted words and the notes searchable, without diacritics', async () => {
    const { db } = await savedWithHighlights();
    const [exported] = await recordsToExport(db);
    if (!exported) throw new Error('nothing saved');
    const tokens = recordTokens({ ...exported, annotations: [HIGHLIGHT] });
    expect(tokens).toEqual(expect.arrayContaining(['tien', 'hoan', 'thanh']));
    expect((await findOutlines(db, { text: 'tien do chi phi' }, { limit: 10 })).items.map((item) => item.title)).toEqual(['Cầu Tứ Liên']);
  });
});

describe('importing highlights: bad shapes and hostile strings are refused with a message, nothing half-imported', () => {
  const CASES: [string, unknown, RegExp][] = [
    ['not a list', { id: 'x' }, /^items\[1\]\.annotations: expected a list$/u],
    ['an unknown field', [{ ...HIGHLIGHT, html: '<b>x</b>' }], /^items\[1\]\.annotations\[0\]\.html: unknown field$/u],
    ['a prototype key', [JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(HIGHLIGHT).slice(1)}`)], /annotations\[0\]\.__proto__: unknown field/u],
    ['an id with markup', [{ ...HIGHLIGHT, id: '"><img src=x>' }], /annotations\[0\]\.id: expected letters, digits/u],
    ['the same id twice', [HIGHLIGHT, HIGHLIGHT], /annotations\[1\]\.id: "h-1" is used twice/u],
    ['an empty quote', [{ ...HIGHLIGHT, quote: '  ' }], /annotations\[0\]\.quote: empty highlight/u],
    ['a control character in the note', [{ ...HIGHLIGHT, note: 'ok\u0000hidden' }], /annotations\[0\]\.note: contains control characters/u],
    ['an escape character in the quote', [{ ...HIGHLIGHT, quote: 'a\u001bb' }], /annotations\[0\]\.quote: contains control characters/u],
    ['half a surrogate pair', [{ ...HIGHLIGHT, prefix: '\uD83D' }], /annotations\[0\]\.prefix: contains control characters or a broken character/u],
    ['a fractional paragraph', [{ ...HIGHLIGHT, block: 1.5 }], /annotations\[0\]\.block: expected a whole number/u],
    ['a date as text', [{ ...HIGHLIGHT, created: '2026-01-01' }], /annotations\[0\]\.created: expected a whole number/u],
    ['a context longer than Lede keeps', [{ ...HIGHLIGHT, suffix: 'x'.repeat(LIMITS.annotationContextChars + 1) }], /annotations\[0\]\.suffix: too long/u],
    ['too many highlights', Array.from({ length: LIMITS.annotations + 1 }, (_, i) => ({ ...HIGHLIGHT, id: `h${i}` })), /annotations: too many entries/u],
  ];
  for (const [name, annotations, message] of CASES) {
    it(`refuses ${name}`, async () => {
      const { db } = await freshLibrary();
      const result = await importLibrary(db, fileWith(annotations));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toMatch(message);
      expect(await db.count('listEntries')).toBe(0);
      expect(await db.count('contents')).toBe(0);
    });
  }

  it('repairs a stored record by keeping its readable highlights and dropping the others, so its export imports', () => {
    const repaired = repairRecord(validItem({ savedAt: 'yesterday', annotations: [HIGHLIGHT, { ...HIGHLIGHT, id: 'broken', note: 'a\u0000b' }, { ...HIGHLIGHT }] }), EXPORTED_AT);
    expect(repaired?.annotations).toEqual([HIGHLIGHT]);
  });

  it('takes a valid file with highlights whose words hold markup, as text', async () => {
    const { db } = await freshLibrary();
    const hostileWords = { ...HIGHLIGHT, quote: '<script>alert(1)</script> [x](javascript:alert(1))', note: '# not a heading\n<img src=x onerror=alert(1)>' };
    expect((await importLibrary(db, fileWith([hostileWords]))).ok).toBe(true);
  });
});

describe('highlights in the Markdown export', () => {
  it('writes each highlight as a blockquote with its note after it, in the order of the article, markup escaped', async () => {
    const { db } = await savedWithHighlights([
      { ...HIGHLIGHT, id: 'late', block: 9, quote: 'Phần <b>cuối</b> [link](javascript:alert(1))', note: '', created: 1 },
      HIGHLIGHT,
    ]);
    const md = libraryToMarkdown(await recordsToExport(db), EXPORTED_AT, LABELS);
    const section = md.slice(md.indexOf('### Highlights'));
    expect(section).toBe(
      '### Highlights\n\n' +
        '> Sở Xây dựng sẽ hoàn thành cầu trước tháng 10\n\nHỏi lại về tiến độ  \nvà chi phí\n\n' +
        '> Phần \\<b\\>cuối\\</b\\> \\[link\\](javascript:alert(1))\n',
    );
  });

  it('writes no highlights heading for an article without any', async () => {
    const { db } = await freshLibrary();
    await saveOutline(db, makeArticle(), makeOutline(), 1000);
    expect(libraryToMarkdown(await recordsToExport(db), EXPORTED_AT, LABELS)).not.toContain('### Highlights');
  });
});
