import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHtml } from './parse-html';
import { readPage } from '../../utils/read-page';

/**
 * Golden pages: tests/fixtures/pages/<name>/ holds a saved page (source.html), its address
 * (url.txt) and what the pipeline made of it (expected-article.json, expected-outline.json).
 * `npm run golden` compares, `npm run golden -- --update` rewrites the expectations, and
 * tests/unit/golden-pages.test.ts fails with the same field-level diff, so every change
 * in what a page gives is reviewed page by page.
 */
export const GOLDEN_DIR = resolve(import.meta.dirname, '../../tests/fixtures/pages');

export interface GoldenPage {
  name: string;
  dir: string;
  url: string;
}

/** What is compared: the article without its HTML (the text stands for it) and the outline, never timings. */
export interface GoldenOutput {
  article: Record<string, unknown>;
  outline: Record<string, unknown>;
}

export interface FieldDiff {
  /** e.g. `article.bylines[0]`, `outline.keyPoints.length` */
  path: string;
  old: unknown;
  new: unknown;
}

export function listGoldenPages(root = GOLDEN_DIR): GoldenPage[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(root, name);
      const urlFile = join(dir, 'url.txt');
      if (!existsSync(urlFile)) throw new Error(`golden page ${name}: url.txt missing (the page's address, one line)`);
      return { name, dir, url: readFileSync(urlFile, 'utf8').trim() };
    });
}

/** The same path as the extension and the CLI: readPage on the parsed page. */
export function readGoldenPage(page: GoldenPage): GoldenOutput {
  const doc = parseHtml(readFileSync(join(page.dir, 'source.html'), 'utf8'), page.url);
  const result = readPage(doc, page.url);
  doc.defaultView?.close();
  if (!result.ok) return { article: { ok: false, reason: result.reason }, outline: {} };
  // The body HTML is left out: `text` stands for it, and markup churn is not a reader-visible change.
  const article: Record<string, unknown> = { ...result.article };
  delete article.html;
  return { article, outline: { ...result.outline } };
}

function readJson(path: string): unknown {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : undefined;
}

export function expectedOf(page: GoldenPage): { article: unknown; outline: unknown } {
  return { article: readJson(join(page.dir, 'expected-article.json')), outline: readJson(join(page.dir, 'expected-outline.json')) };
}

export function writeExpected(page: GoldenPage, output: GoldenOutput): void {
  writeFileSync(join(page.dir, 'expected-article.json'), `${JSON.stringify(output.article, null, 2)}\n`);
  writeFileSync(join(page.dir, 'expected-outline.json'), `${JSON.stringify(output.outline, null, 2)}\n`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where two long strings part, with a little context on each side: a text field is read, not dumped. */
function stringChange(path: string, a: string, b: string): FieldDiff {
  if (a.length < 160 && b.length < 160) return { path, old: a, new: b };
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const from = Math.max(0, at - 40);
  const clip = (s: string) => `${from > 0 ? '…' : ''}${s.slice(from, at + 80)}${s.length > at + 80 ? '…' : ''}`;
  return { path: `${path} (from char ${at}, length ${a.length} → ${b.length})`, old: clip(a), new: clip(b) };
}

/** Field-level differences, depth first; arrays compare item by item and say when their length changed. */
export function diffValues(old: unknown, now: unknown, path = ''): FieldDiff[] {
  if (Object.is(old, now)) return [];
  if (typeof old === 'string' && typeof now === 'string') return [stringChange(path, old, now)];
  if (Array.isArray(old) && Array.isArray(now)) {
    const diffs: FieldDiff[] = old.length === now.length ? [] : [{ path: `${path}.length`, old: old.length, new: now.length }];
    for (let i = 0; i < Math.max(old.length, now.length); i++) diffs.push(...diffValues(old[i], now[i], `${path}[${i}]`));
    return diffs;
  }
  if (isRecord(old) && isRecord(now)) {
    const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])];
    return keys.flatMap((key) => diffValues(old[key], now[key], path ? `${path}.${key}` : key));
  }
  return [{ path, old, new: now }];
}

export function diffGolden(page: GoldenPage, output: GoldenOutput): FieldDiff[] {
  const expected = expectedOf(page);
  if (expected.article === undefined || expected.outline === undefined) return [{ path: '(expectations)', old: 'missing', new: 'run npm run golden -- --update' }];
  return [...diffValues(expected.article, output.article, 'article'), ...diffValues(expected.outline, output.outline, 'outline')];
}

const show = (value: unknown) => (value === undefined ? '(absent)' : JSON.stringify(value));

/** A readable report of one page's changes, at most `limit` fields. */
export function formatDiffs(name: string, diffs: FieldDiff[], limit = 25): string {
  const lines = diffs.slice(0, limit).map((d) => `  ${d.path}\n    old: ${show(d.old)}\n    new: ${show(d.new)}`);
  if (diffs.length > limit) lines.push(`  … and ${diffs.length - limit} more`);
  return `${name}: ${diffs.length} field(s) changed\n${lines.join('\n')}`;
}
