import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LibraryDatabase } from '@/utils/library/db';
import { saveOutline } from '@/utils/library/save';
import { findOutlines, getOutline } from '@/utils/library/search';
import { updateNoteAndTags } from '@/utils/library/notes-tags';
import { libraryToJson, libraryToMarkdown, recordsToExport } from '@/utils/library/export';
import type { LibraryMarkdownLabels } from '@/utils/library/export-markdown';
import { checkImportSize, importLibrary, parseLibraryFile } from '@/utils/library/import';
import { LIMITS } from '@/utils/library/schema';
import { freshLibrary, makeArticle, makeOutline } from './helpers';

const EXPORTED_AT = Date.parse('2026-11-27T00:00:00Z');

async function seededLibrary(): Promise<LibraryDatabase> {
  const { db } = await freshLibrary();
  await saveOutline(db, makeArticle({ url: 'http://dongda.hanoi.gov.vn/1', title: 'Đảng ủy Khối Doanh nghiệp', lang: 'vi', html: '<p>Bài <b>viết</b></p>' }), makeOutline(), 1000);
  await saveOutline(db, makeArticle({ url: 'https://zh.example/2', title: '中国经济增长放缓', lang: 'zh', byline: null, published: null }), makeOutline({ quotes: [] }), 2000);
  const third = await saveOutline(db, makeArticle({ url: 'https://en.example/3', title: 'Rates (and more) [analysis]', siteName: null }), makeOutline(), 3000);
  if (third.ok) await updateNoteAndTags(db, third.record.id, { note: 'Line one\nLine two', tags: ['rates', 'Hà Nội'] }, 3500);
  return db;
}

/** Every record whole (entry, content and search tokens), newest first. */
async function allRecords(db: LibraryDatabase) {
  const { items } = await findOutlines(db, {}, { limit: 1000 });
  const records = await Promise.all(items.map((entry) => getOutline(db, entry.id)));
  return records.filter((record) => record !== undefined);
}

describe('export → wipe → import', () => {
  it('restores identical records and an identical export', async () => {
    const source = await seededLibrary();
    const json = libraryToJson(await recordsToExport(source), EXPORTED_AT);
    const { db: wiped } = await freshLibrary();
    const result = await importLibrary(wiped, json);
    expect(result).toEqual({ ok: true, counts: { added: 3, updated: 0, unchanged: 0 } });
    expect(await allRecords(wiped)).toEqual(await allRecords(source));
    expect(libraryToJson(await recordsToExport(wiped), EXPORTED_AT)).toBe(json);
  });

  it('exports a selection only, newest first', async () => {
    const db = await seededLibrary();
    const [newest, , oldest] = await allRecords(db);
    if (!newest || !oldest) throw new Error('seed missing');
    const picked = await recordsToExport(db, [oldest.id, newest.id]);
    expect(picked.map((r) => r.id)).toEqual([newest.id, oldest.id]);
    expect(picked[0]).not.toHaveProperty('searchTokens');
  });

  it('writes a JSON header that says what the file is', () => {
    expect(JSON.parse(libraryToJson([], EXPORTED_AT))).toEqual({ format: 'lede-library', version: 2, exportedAt: '2026-11-27T00:00:00.000Z', items: [] });
  });
});

describe('import merges by URL', () => {
  it('keeps the newer copy of each URL and never duplicates one', async () => {
    const db = await seededLibrary();
    const records = await recordsToExport(db);
    const [newest, middle] = records;
    if (!newest || !middle) throw new Error('seed missing');
    const file = libraryToJson([
      { ...newest, id: 'other-id', title: 'Edited elsewhere', updatedAt: newest.updatedAt + 10 },
      { ...middle, id: 'older-id', title: 'Stale copy', updatedAt: middle.updatedAt - 10 },
      { ...newest, id: 'dup', url: 'https://new.example/x', title: 'First copy', updatedAt: 1 },
      { ...newest, id: 'dup2', url: 'https://new.example/x#again', title: 'Second copy', updatedAt: 2 },
    ], EXPORTED_AT);
    const result = await importLibrary(db, file);
    expect(result).toEqual({ ok: true, counts: { added: 1, updated: 2, unchanged: 1 } });
    const titles = (await allRecords(db)).map((r) => r.title).sort();
    expect(titles).toEqual(['Edited elsewhere', 'Second copy', '中国经济增长放缓', 'Đảng ủy Khối Doanh nghiệp'].sort());
    const edited = (await allRecords(db)).find((r) => r.title === 'Edited elsewhere');
    expect(edited?.id).toBe(newest.id);
  });
});

/** The words the library page passes from _locales (i18n/markdown-labels.ts), here in English. */
const MARKDOWN_LABELS: LibraryMarkdownLabels = {
  outline: { sections: 'Sections', quotes: 'Quotes', keyPoints: 'Key points', reported: 'reported' },
  title: 'Lede library',
  exported: (day, count) => `Exported ${day} · ${count} saved ${count === 1 ? 'outline' : 'outlines'}`,
  published: (day) => `published ${day}`,
  saved: (day) => `saved ${day}`,
  tags: 'Tags',
  untitled: 'Untitled',
  highlights: 'Highlights',
};

describe('Markdown export', () => {
  it('links each article to its source and nests the outline', async () => {
    const db = await seededLibrary();
    const md = libraryToMarkdown(await recordsToExport(db), EXPORTED_AT, MARKDOWN_LABELS);
    expect(md).toContain('# Lede library\n\nExported 2026-11-27 · 3 saved outlines');
    expect(md).toContain('## [Rates (and more) \\[analysis\\]](<https://en.example/3>)');
    expect(md).toContain('### Sections\n\n- Background\n  - Details\n    - First, the numbers');
    expect(md).toContain('### Quotes\n\n> “We will continue”\n> — Jane Doe, minister');
    expect(md).toContain('> Line one\n> Line two');
    expect(md).toContain('Tags: rates, Hà Nội');
  });

  it('writes markup in saved text as literal characters', () => {
    const md = libraryToMarkdown([{
      schemaVersion: 2, id: 'h', url: 'https://evil.example/', title: '<img src=x onerror=alert(1)>[click](javascript:alert(1))',
      byline: null, published: null, siteName: null, lang: null, dir: 'ltr', savedAt: 0, updatedAt: 0, note: '', tags: [],
      outline: { sections: [], quotes: [], keyPoints: [] }, text: '',
    }], EXPORTED_AT, MARKDOWN_LABELS);
    expect(md).toContain('## [\\<img src=x onerror=alert(1)\\>\\[click\\](javascript:alert(1))](<https://evil.example/>)');
  });
});

function validFileWith(items: unknown[]): string {
  return JSON.stringify({ format: 'lede-library', version: 1, items });
}

async function validItem(): Promise<Record<string, unknown>> {
  const { db } = await freshLibrary();
  const saved = await saveOutline(db, makeArticle(), makeOutline(), 1000);
  if (!saved.ok) throw new Error(saved.message);
  const [item] = await recordsToExport(db);
  return { ...item };
}

describe('import refuses a bad file and imports nothing from it', () => {
  const cases: [string, (item: Record<string, unknown>) => string, RegExp][] = [
    ['text that is not JSON', () => 'hello', /^The file is not valid JSON/u],
    ['a truncated export', (item) => validFileWith([item, item]).slice(0, 300), /^The file is not valid JSON \(it may be truncated or damaged\)/u],
    ['another program\'s JSON', () => JSON.stringify({ bookmarks: [] }), /^format: expected "lede-library"/u],
    ['a newer format', () => JSON.stringify({ format: 'lede-library', version: 7, items: [] }), /^version: 7 is newer/u],
    ['items that are not a list', () => JSON.stringify({ format: 'lede-library', version: 1, items: {} }), /^items: expected a list$/u],
    ['a title that is a number', (item) => validFileWith([item, item, item, { ...item, title: 42 }]), /^items\[3\]\.title: expected a string$/u],
    ['a javascript: URL', (item) => validFileWith([{ ...item, url: 'javascript:alert(1)' }]), /^items\[0\]\.url: only http, https and file/u],
    ['a date as text', (item) => validFileWith([{ ...item, savedAt: 'yesterday' }]), /^items\[0\]\.savedAt: expected a whole number$/u],
    ['an impossible heading level', (item) => validFileWith([{ ...item, outline: { ...(item.outline as object), sections: [{ title: 'x', level: 9, anchor: { block: 0 }, items: [] }] } }]), /^items\[0\]\.outline\.sections\[0\]\.level: out of range/u],
    ['a quote of unknown kind', (item) => validFileWith([{ ...item, outline: { sections: [], keyPoints: [], quotes: [{ text: 'q', speaker: null, role: null, kind: 'rumour', anchor: { block: 0 } }] } }]), /^items\[0\]\.outline\.quotes\[0\]\.kind: expected one of/u],
    ['a __proto__ field', (item) => validFileWith([item]).replace('"schemaVersion"', '"__proto__":{"polluted":true},"schemaVersion"'), /^items\[0\]\.__proto__: unknown field$/u],
    ['forged search tokens', (item) => validFileWith([{ ...item, searchTokens: ['anything'] }]), /^items\[0\]\.searchTokens: unknown field$/u],
    ['too many tags', (item) => validFileWith([{ ...item, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }]), /^items\[0\]\.tags: too many entries \(51, at most 50\)$/u],
    ['an id with markup', (item) => validFileWith([{ ...item, id: '<b>' }]), /^items\[0\]\.id: expected letters/u],
    ['a missing field', (item) => validFileWith([{ ...item, note: undefined }]), /^items\[0\]\.note: expected a string$/u],
    ['an item that is null', () => validFileWith([null]), /^items\[0\]: expected an object$/u],
  ];

  it.each(cases)('%s', async (_name, makeFile, message) => {
    const db = await seededLibrary();
    const before = await allRecords(db);
    const result = await importLibrary(db, makeFile(await validItem()));
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.message).toMatch(message);
    expect(await allRecords(db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file over 50 MB before parsing it', async () => {
    const { db } = await freshLibrary();
    const item = await validItem();
    // A well-formed export whose note alone pushes it past the limit: size, not syntax, must stop it.
    const head = validFileWith([{ ...item, note: '' }]).replace('"note":""', '"note":"');
    const file = `${head.slice(0, head.indexOf('"note":"') + 8)}${'x'.repeat(LIMITS.importBytes)}${head.slice(head.indexOf('"note":"') + 8)}`;
    const started = performance.now();
    const result = await importLibrary(db, file);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!result.ok && result.message).toMatch(/^The file is 50\.0 MB; Lede imports library files of up to 50\.0 MB\.$/u);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(await db.count('listEntries')).toBe(0);
    expect(checkImportSize(LIMITS.importBytes + 1)).toMatchObject({ reason: 'too-large' });
    expect(checkImportSize(LIMITS.importBytes)).toBeNull();
  });

  it('counts the size in UTF-8 bytes, as the file on disk', () => {
    // 20 M Vietnamese letters are 40 MB of UTF-8 (2 bytes each) but 20 M string units.
    const text = `{"format":"lede-library","version":1,"items":[],"exportedAt":"${'ư'.repeat(26 * 1024 * 1024)}"}`;
    expect(parseLibraryFile(text)).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

const HOSTILE = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=1</script>"\'&amp;';
/** Tags are short (60 characters), so the tag carries the shortest working payload. */
const HOSTILE_TAG = '<img src=x onerror=alert(1)>';

describe('hostile strings', () => {
  it('are imported as plain text, unchanged, in every string field', async () => {
    const item = await validItem();
    const hostile = {
      ...item,
      title: HOSTILE, byline: HOSTILE, published: HOSTILE, siteName: HOSTILE, note: HOSTILE, text: HOSTILE, html: HOSTILE, tags: [HOSTILE_TAG],
      outline: {
        sections: [{ title: HOSTILE, level: 2, anchor: { block: 0 }, items: [{ label: HOSTILE, anchor: { block: 1 } }] }],
        quotes: [{ text: HOSTILE, speaker: HOSTILE, role: HOSTILE, kind: 'direct', anchor: { block: 0 } }],
        keyPoints: [{ text: HOSTILE, anchor: { block: 0 }, items: [{ text: HOSTILE, anchor: { block: 1 } }] }],
      },
    };
    const { db } = await freshLibrary();
    expect(await importLibrary(db, validFileWith([hostile]))).toEqual({ ok: true, counts: { added: 1, updated: 0, unchanged: 0 } });
    const [stored] = await recordsToExport(db);
    expect(stored).toEqual(hostile);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('the seed page', () => {
  it('saves, exports and imports back its real outline unchanged (guards drift of the Outline type)', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseHtml } = await import('@/scripts/lib/parse-html');
    const { readPage } = await import('@/utils/read-page');
    const { SEED_FILE, SEED_URL: url } = await import('../../fixtures/seed');
    const html = readFileSync(SEED_FILE, 'utf8');
    const result = readPage(parseHtml(html, url), url);
    if (!result.ok) throw new Error(result.reason);
    const { db } = await freshLibrary();
    const saved = await saveOutline(db, result.article, result.outline);
    expect(saved).toMatchObject({ ok: true, created: true });
    expect((await findOutlines(db, { text: 'dang uy' })).total).toBe(1);
    const { db: other } = await freshLibrary();
    expect(await importLibrary(other, libraryToJson(await recordsToExport(db), EXPORTED_AT))).toMatchObject({ ok: true });
    const [restored] = await allRecords(other);
    expect(restored?.outline).toEqual(result.outline);
    expect(restored?.text).toBe(result.article.text);
  }, 30_000); // extraction of a real page in jsdom, on a shared 2-core machine
});
