/**
 * Hostile library files for the import fuzz test (hostile-imports.test.ts): wrong types in
 * every field, strings at and past every limit, prototype-pollution keys, language tags
 * Intl refuses, far-future and impossible dates, deep nesting, lone surrogates, NaN and
 * Infinity, duplicated URLs and ids, script URLs, outlines of thousands of rows, damaged
 * headers. Each file is made from one valid item, so each tests one thing.
 *
 * `npx tsx tests/unit/library/hostile-imports.ts <folder>` writes them out as files, to
 * try by hand on the library page.
 */
import { LIMITS } from '@/utils/library/schema';

export interface HostileFile {
  name: string;
  text: string;
}

type Item = Record<string, unknown>;

const THAI = 'ภาษาไทยไม่มีช่องว่างระหว่างคำ';
const LAO = 'ພາສາລາວບໍ່ມີຍະຫວ່າງ';
const KHMER = 'ភាសាខ្មែរគ្មានដកឃ្លា';
const MYANMAR = 'မြန်မာဘာသာစကား';

export function validItem(overrides: Item = {}): Item {
  return {
    schemaVersion: 2,
    id: 'hostile-base',
    url: 'https://hostile.example/article',
    title: 'Một bài báo bình thường',
    byline: 'PV',
    published: '2026-01-01T00:00:00Z',
    siteName: 'Hostile Example',
    lang: 'vi',
    dir: 'ltr',
    savedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    note: '',
    tags: ['tin tức'],
    outline: {
      sections: [{ title: 'Phần một', level: 2, anchor: { block: 1 }, items: [{ label: 'Một là', anchor: { block: 2 } }] }],
      quotes: [{ text: 'Chúng tôi sẽ tiếp tục', speaker: 'Ông A', role: null, kind: 'direct', anchor: { block: 3 } }],
      keyPoints: [{ text: 'Sản lượng tăng 5%', anchor: { block: 4 }, items: [{ text: 'Quý một', anchor: { block: 5 } }] }],
    },
    text: 'Nội dung bài báo.',
    html: '<p>Nội dung bài báo.</p>',
    ...overrides,
  };
}

function file(items: unknown[], header: Item = {}): string {
  return JSON.stringify({ format: 'lede-library', version: 1, exportedAt: '2026-11-30T00:00:00.000Z', items, ...header });
}

function withOutline(outline: Item): Item {
  return validItem({ outline: { sections: [], quotes: [], keyPoints: [], ...outline } });
}

const WRONG_VALUES: [string, unknown][] = [
  ['null', null], ['number', 42], ['negative', -1], ['float', 1.5], ['huge-number', 1e308], ['true', true],
  ['empty-list', []], ['object', { a: 1 }], ['empty-string', ''], ['string', 'text'],
];

const RECORD_FIELDS = ['schemaVersion', 'id', 'url', 'title', 'byline', 'published', 'siteName', 'lang', 'dir', 'savedAt', 'updatedAt', 'note', 'tags', 'outline', 'text', 'html'];

function wrongTypes(): HostileFile[] {
  return RECORD_FIELDS.flatMap((field) => WRONG_VALUES.map(([label, value]) => ({ name: `type-${field}-${label}`, text: file([validItem({ [field]: value })]) })));
}

function missingFields(): HostileFile[] {
  return RECORD_FIELDS.map((field) => {
    const item = validItem();
    delete item[field];
    return { name: `missing-${field}`, text: file([item]) };
  });
}

const OUTLINE_PATHS: [string, (value: unknown) => Item][] = [
  ['section-title', (v) => withOutline({ sections: [{ title: v, level: 2, anchor: { block: 0 }, items: [] }] })],
  ['section-level', (v) => withOutline({ sections: [{ title: 't', level: v, anchor: { block: 0 }, items: [] }] })],
  ['section-anchor', (v) => withOutline({ sections: [{ title: 't', level: 2, anchor: v, items: [] }] })],
  ['section-block', (v) => withOutline({ sections: [{ title: 't', level: 2, anchor: { block: v }, items: [] }] })],
  ['section-items', (v) => withOutline({ sections: [{ title: 't', level: 2, anchor: { block: 0 }, items: v }] })],
  ['section-item-label', (v) => withOutline({ sections: [{ title: 't', level: 2, anchor: { block: 0 }, items: [{ label: v, anchor: { block: 0 } }] }] })],
  ['section-kind', (v) => withOutline({ sections: [{ title: 't', level: 2, anchor: { block: 0 }, items: [], kind: v }] })],
  ['quote-text', (v) => withOutline({ quotes: [{ text: v, speaker: null, role: null, kind: 'direct', anchor: { block: 0 } }] })],
  ['quote-speaker', (v) => withOutline({ quotes: [{ text: 'q', speaker: v, role: null, kind: 'direct', anchor: { block: 0 } }] })],
  ['quote-kind', (v) => withOutline({ quotes: [{ text: 'q', speaker: null, role: null, kind: v, anchor: { block: 0 } }] })],
  ['keypoint-text', (v) => withOutline({ keyPoints: [{ text: v, anchor: { block: 0 } }] })],
  ['keypoint-items', (v) => withOutline({ keyPoints: [{ text: 'k', anchor: { block: 0 }, items: v }] })],
  ['outline-note', (v) => withOutline({ note: v })],
  ['outline-sections', (v) => withOutline({ sections: v })],
];

function outlineTypes(): HostileFile[] {
  const values: [string, unknown][] = [['null', null], ['number', 7], ['string', 'x'], ['object', {}], ['negative', -5]];
  return OUTLINE_PATHS.flatMap(([path, make]) => values.map(([label, value]) => ({ name: `outline-${path}-${label}`, text: file([make(value)]) })));
}

function hugeStrings(): HostileFile[] {
  const limits: [string, number][] = [['title', LIMITS.titleChars], ['note', LIMITS.noteChars], ['byline', LIMITS.shortChars], ['siteName', LIMITS.shortChars], ['published', 100], ['id', 100]];
  const out = limits.flatMap(([field, max]) => [
    { name: `long-${field}-at-limit`, text: file([validItem({ [field]: field === 'id' ? 'a'.repeat(max) : 'ữ'.repeat(max) })]) },
    { name: `long-${field}-past-limit`, text: file([validItem({ [field]: 'a'.repeat(max + 1) })]) },
  ]);
  out.push(
    { name: 'long-heading-past-limit', text: file([withOutline({ sections: [{ title: 'h'.repeat(LIMITS.itemChars + 1), level: 2, anchor: { block: 0 }, items: [] }] })]) },
    { name: 'long-quote-at-limit', text: file([withOutline({ quotes: [{ text: 'q'.repeat(LIMITS.itemChars), speaker: null, role: null, kind: 'direct', anchor: { block: 0 } }] })]) },
    { name: 'long-text-past-limit', text: file([validItem({ text: 'x'.repeat(LIMITS.textChars + 1) })]) },
    { name: 'long-tag-past-limit', text: file([validItem({ tags: ['t'.repeat(LIMITS.tagChars + 1)] })]) },
    { name: 'long-url-past-limit', text: file([validItem({ url: `https://hostile.example/${'a'.repeat(LIMITS.urlChars)}` })]) },
    { name: 'long-url-grows-when-normalised', text: file([validItem({ url: `https://hostile.example/${'ữ'.repeat(3_000)}` })]) },
    { name: 'long-exportedAt', text: file([validItem()], { exportedAt: 'x'.repeat(1_000) }) },
  );
  return out;
}

function pollution(): HostileFile[] {
  const item = file([validItem()]);
  return [
    { name: 'proto-in-item', text: item.replace('"schemaVersion"', '"__proto__":{"polluted":true},"schemaVersion"') },
    { name: 'proto-at-root', text: item.replace('"format"', '"__proto__":{"polluted":true},"format"') },
    { name: 'proto-in-outline', text: item.replace('"sections"', '"__proto__":{"polluted":true},"sections"') },
    { name: 'proto-in-anchor', text: item.replace('"block":1', '"block":1,"__proto__":{"polluted":true}') },
    { name: 'proto-as-tags', text: item.replace('"tags":["tin tức"]', '"tags":{"__proto__":{"polluted":true}}') },
    { name: 'constructor-in-item', text: item.replace('"schemaVersion"', '"constructor":{"prototype":{"polluted":true}},"schemaVersion"') },
    { name: 'prototype-in-section', text: item.replace('"level":2', '"level":2,"prototype":{"polluted":true}') },
    { name: 'proto-twice', text: item.replace('"schemaVersion"', '"__proto__":null,"__proto__":{"polluted":true},"schemaVersion"') },
    { name: 'forged-search-tokens', text: file([validItem({ searchTokens: ['anything'] })]) },
    { name: 'tostring-field', text: file([validItem({ toString: 'x' })]) },
  ];
}

function languageTags(): HostileFile[] {
  const scripts: [string, string][] = [['thai', THAI], ['lao', LAO], ['khmer', KHMER], ['myanmar', MYANMAR]];
  const tags = ['en-a', 'x-abc', 'i-klingon', 'en--gb', 'a'.repeat(36), 'root', '', 'vi_VN', 'und', 'th-TH-u-nu-thai'];
  return tags.flatMap((lang) =>
    scripts.map(([script, text]) => ({
      name: `lang-${lang.slice(0, 12) || 'empty'}-${script}`,
      text: file([validItem({ lang, title: text, note: text, tags: [text.slice(0, 20)], outline: { sections: [{ title: text, level: 2, anchor: { block: 0 }, items: [] }], quotes: [], keyPoints: [{ text, anchor: { block: 1 } }] } })]),
    })),
  );
}

function dates(): HostileFile[] {
  const values: [string, unknown][] = [
    ['far-future', 8_000_000_000_000_000], ['max-date', 8_640_000_000_000_000], ['past-max-date', 8_640_000_000_000_001],
    ['year-3000', Date.parse('3000-01-01T00:00:00Z')], ['negative', -1], ['fraction', 1.5], ['exponent', 1e20], ['iso-string', '2026-01-01'],
  ];
  return values.flatMap(([label, value]) => [
    { name: `date-savedAt-${label}`, text: file([validItem({ savedAt: value })]) },
    { name: `date-updatedAt-${label}`, text: file([validItem({ updatedAt: value })]) },
  ]);
}

function nesting(): HostileFile[] {
  const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const item = file([validItem()]);
  return [
    { name: 'deep-in-note', text: item.replace('"note":""', `"note":${deep(50_000)}`) },
    { name: 'deep-in-items', text: item.replace('"items":[{', `"items":[${deep(10_000)},{`) },
    { name: 'deep-objects', text: item.replace('"note":""', `"note":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`) },
    { name: 'deep-as-root', text: deep(100_000) },
  ];
}

function surrogates(): HostileFile[] {
  const item = file([validItem()]);
  return [
    { name: 'lone-high-title', text: item.replace('"title":"', '"title":"\\ud800') },
    { name: 'lone-low-note', text: item.replace('"note":""', '"note":"\\udfff end"') },
    { name: 'lone-in-tag', text: item.replace('"tin tức"', '"\\ud83d"') },
    { name: 'lone-in-url', text: item.replace('/article', '/\\ud800') },
    { name: 'lone-in-lang', text: item.replace('"lang":"vi"', '"lang":"\\ud800"') },
    { name: 'lone-in-heading', text: item.replace('"Phần một"', '"\\udc00\\ud800"') },
    { name: 'reversed-pair-quote', text: item.replace('"Chúng tôi', '"\\ude00\\ud83dChúng tôi') },
    { name: 'nul-in-title', text: item.replace('"title":"', '"title":"\\u0000') },
  ];
}

function numbers(): HostileFile[] {
  const item = file([validItem()]);
  return [
    { name: 'nan-literal', text: item.replace('"savedAt":1700000000000', '"savedAt":NaN') },
    { name: 'infinity-literal', text: item.replace('"savedAt":1700000000000', '"savedAt":Infinity') },
    { name: 'minus-infinity-literal', text: item.replace('"block":1', '"block":-Infinity') },
    { name: 'overflow-to-infinity', text: item.replace('"savedAt":1700000000000', '"savedAt":1e400') },
    { name: 'negative-zero-block', text: item.replace('"block":1', '"block":-0') },
    { name: 'huge-block', text: item.replace('"block":1', '"block":1e15') },
    { name: 'level-as-string', text: item.replace('"level":2', '"level":"2"') },
    { name: 'hex-number', text: item.replace('"block":1', '"block":0x10') },
  ];
}

function duplicates(): HostileFile[] {
  const copies = (n: number, make: (i: number) => Item) => Array.from({ length: n }, (_, i) => make(i));
  return [
    { name: 'dup-url-50', text: file(copies(50, (i) => validItem({ id: `d${i}`, updatedAt: 1_700_000_000_000 + i, note: `note ${i % 3}` }))) },
    { name: 'dup-url-variants', text: file(copies(6, (i) => validItem({ id: `v${i}`, url: ['https://hostile.example/article', 'https://hostile.example/article#x', 'https://hostile.example/article?utm_source=a', 'HTTPS://HOSTILE.EXAMPLE/article', 'https://hostile.example:443/article', 'https://hostile.example/article?fbclid=1'][i] }))) },
    { name: 'dup-id-different-urls', text: file(copies(20, (i) => validItem({ url: `https://hostile.example/${i}` }))) },
    { name: 'dup-id-and-url-same-item', text: file([validItem(), validItem()]) },
    { name: 'dup-id-of-seeded-record', text: file([validItem({ id: 'seed-1', url: 'https://hostile.example/steal' })]) },
    { name: 'dup-url-of-seeded-record', text: file([validItem({ id: 'other', url: 'https://seed.example/1', title: 'Overwrite?', note: 'hostile note', tags: ['x'], updatedAt: 9_000_000_000_000 })]) },
    { name: 'dup-tags-folded', text: file([validItem({ tags: ['Hà Nội', 'ha noi', 'HA NOI', ' hà  nội '] })]) },
    { name: 'tags-51', text: file([validItem({ tags: Array.from({ length: 51 }, (_, i) => `t${i}`) })]) },
    { name: 'tags-blank', text: file([validItem({ tags: ['   '] })]) },
  ];
}

function urls(): HostileFile[] {
  const values = ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'about:blank', 'blob:https://x/1', '//evil.example/', '/relative', 'http://', 'chrome-extension://abc/page.html', 'file:///etc/passwd', 'https://user:pass@hostile.example/', 'https://[::1]/', 'https://xn--80ak6aa92e.com/', 'https://hostile.example/\u0000'];
  return values.map((url, i) => ({ name: `url-${i}-${url.slice(0, 12).replace(/[^a-z]/giu, '')}`, text: file([validItem({ url })]) }));
}

function bigOutlines(): HostileFile[] {
  const section = (i: number, items = 0) => ({ title: `Phần ${i}`, level: 2, anchor: { block: i }, items: Array.from({ length: items }, (_, j) => ({ label: `Mục ${j}`, anchor: { block: j } })) });
  const quote = (i: number) => ({ text: `Câu ${i}`, speaker: null, role: null, kind: 'direct', anchor: { block: i } });
  return [
    { name: 'outline-5000-sections', text: file([withOutline({ sections: Array.from({ length: 5_000 }, (_, i) => section(i)) })]) },
    { name: 'outline-5001-sections', text: file([withOutline({ sections: Array.from({ length: 5_001 }, (_, i) => section(i)) })]) },
    { name: 'outline-5000-quotes', text: file([withOutline({ quotes: Array.from({ length: 5_000 }, (_, i) => quote(i)) })]) },
    { name: 'outline-10000-rows', text: file([withOutline({ sections: Array.from({ length: 2 }, (_, i) => section(i, 4_999)) })]) },
    { name: 'outline-10001-rows', text: file([withOutline({ sections: Array.from({ length: 2 }, (_, i) => section(i, 4_999)), quotes: [quote(0)] })]) },
    { name: 'outline-5000-items-in-one', text: file([withOutline({ sections: [section(0, 5_000)] })]) },
    { name: 'outline-rows-across-items', text: file(Array.from({ length: 5 }, (_, i) => withOutline({ sections: [section(0, 3_000)], quotes: [quote(i)] })).map((item, i) => ({ ...item, id: `big${i}`, url: `https://hostile.example/big/${i}` }))) },
  ];
}

function headers(): HostileFile[] {
  const items = [validItem()];
  return [
    { name: 'not-json', text: 'hello' },
    { name: 'empty', text: '' },
    { name: 'null', text: 'null' },
    { name: 'list', text: '[]' },
    { name: 'empty-object', text: '{}' },
    { name: 'bom', text: `\uFEFF${file(items)}` },
    { name: 'truncated', text: file(items).slice(0, 200) },
    { name: 'trailing-garbage', text: `${file(items)}}` },
    { name: 'format-other', text: file(items, { format: 'bookmarks' }) },
    { name: 'version-0', text: file(items, { version: 0 }) },
    { name: 'version-fraction', text: file(items, { version: 1.5 }) },
    { name: 'version-string', text: file(items, { version: '1' }) },
    { name: 'version-newer', text: file(items, { version: 999 }) },
    { name: 'items-missing', text: JSON.stringify({ format: 'lede-library', version: 1 }) },
    { name: 'items-object', text: file([], { items: { 0: validItem() } }) },
    { name: 'items-string', text: file([], { items: 'x' }) },
    { name: 'items-100001', text: file(new Array<number>(100_001).fill(0)) },
    { name: 'unknown-root-field', text: file(items, { extra: true }) },
    { name: 'exportedAt-number', text: file(items, { exportedAt: 5 }) },
    { name: 'item-is-string', text: file(['item']) },
    { name: 'item-is-list', text: file([[]]) },
    { name: 'items-empty', text: file([]) },
  ];
}

function schemaVersions(): HostileFile[] {
  const v1 = { ...validItem({ schemaVersion: 1, savedAt: '2025-01-05T10:00:00.000Z', tags: 'a, b' }) };
  delete v1.dir;
  delete v1.updatedAt;
  return [
    { name: 'schema-v1-shape', text: file([v1]) },
    { name: 'schema-v1-bad-date', text: file([{ ...v1, savedAt: 'yesterday' }]) },
    { name: 'schema-v1-tags-list', text: file([{ ...v1, tags: 42 }]) },
    { name: 'schema-v1-bad-url', text: file([{ ...v1, url: 'javascript:alert(1)' }]) },
    { name: 'schema-3', text: file([validItem({ schemaVersion: 3 })]) },
    { name: 'schema-0', text: file([validItem({ schemaVersion: 0 })]) },
    { name: 'schema-fraction', text: file([validItem({ schemaVersion: 1.5 })]) },
    { name: 'schema-string', text: file([validItem({ schemaVersion: '2' })]) },
  ];
}

function ids(): HostileFile[] {
  return ['', '<b>', '../../etc', 'a b', 'ữ', 'x'.repeat(101), '__proto__', 'constructor'].map((id, i) => ({ name: `id-${i}`, text: file([validItem({ id })]) }));
}

/** Every hostile file, in a fixed order (names are unique). */
export function hostileImportFiles(): HostileFile[] {
  return [
    ...wrongTypes(), ...missingFields(), ...outlineTypes(), ...hugeStrings(), ...pollution(), ...languageTags(), ...dates(),
    ...nesting(), ...surrogates(), ...numbers(), ...duplicates(), ...urls(), ...bigOutlines(), ...headers(), ...schemaVersions(), ...ids(),
  ];
}

async function writeOut(folder: string): Promise<void> {
  const { mkdir, writeFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  await mkdir(folder, { recursive: true });
  const files = hostileImportFiles();
  for (const { name, text } of files) await writeFile(join(folder, `${name}.json`), text);
  console.log(`${files.length} hostile library files written to ${folder}`);
}

const folder = process.argv[2];
if (folder && process.argv[1]?.endsWith('hostile-imports.ts')) void writeOut(folder);
