import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFromHtml, runManifest, type PageReport } from '@/scripts/lib/run-manifest';

import { SEED_PAGE as SEED_PATH, SEED_URL } from '../fixtures/seed';

const CONTRACT_KEYS = ['file', 'url', 'ok', 'title', 'byline', 'published', 'modified', 'lang', 'dir', 'siteName', 'readingMinutes', 'text', 'captions', 'outline', 'ms', 'readerable'];

/** A manifest beside its pages: the seed page by absolute path, an empty page and a missing file by relative paths, and a line that is not JSON. */
async function runTinyManifest(): Promise<PageReport[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lede-cli-'));
  writeFileSync(join(dir, 'empty.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
  const lines = [
    JSON.stringify({ file: SEED_PATH, url: SEED_URL }),
    JSON.stringify({ file: 'empty.html', url: 'http://example.test/empty' }),
    JSON.stringify({ file: 'missing.html', url: 'http://example.test/missing' }),
    '{not json',
  ];
  const manifest = join(dir, 'list.jsonl');
  writeFileSync(manifest, `${lines.join('\n')}\n`);
  const reports: PageReport[] = [];
  await runManifest(manifest, (report) => reports.push(JSON.parse(JSON.stringify(report)) as PageReport));
  return reports;
}

describe('outline --manifest', () => {
  let reports: PageReport[] = [];
  beforeAll(async () => {
    reports = await runTinyManifest();
  });

  it('prints one report per manifest line and goes on after failures', () => {
    expect(reports.map((r) => r.ok)).toEqual([true, false, false, false]);
  });

  it('keeps the contract keys in order, with "error" only on failures', () => {
    const [seed, ...failed] = reports;
    expect(Object.keys(seed ?? {})).toEqual(CONTRACT_KEYS);
    for (const report of failed) {
      expect(Object.keys(report)).toEqual([...CONTRACT_KEYS.slice(0, 3), 'error', ...CONTRACT_KEYS.slice(3)]);
      expect(report.error).toMatch(/\S/u);
    }
  });

  it('reports the seed page: title, byline "PV", language, captions, and a body without them', () => {
    const seed = reports[0];
    if (!seed) throw new Error('no report');
    expect(seed.file).toBe(SEED_PATH);
    expect(seed.url).toBe(SEED_URL);
    expect(seed.title).toMatch(/^Đảng uy Khối Doanh nghiệp quận Đống Đa/u);
    expect(seed.byline).toBe('PV');
    expect(seed.lang).toBe('vi');
    expect(seed.dir).toBe('ltr');
    expect(seed.captions).toHaveLength(3);
    expect(seed.captions).toContain('Toàn cảnh hội nghị.');
    for (const caption of seed.captions) expect(seed.text).not.toContain(caption);
    expect(seed.text).not.toMatch(/\bPV\b/u);
    expect(seed.text.split('\n\n')).toHaveLength(12);
    expect(seed.readingMinutes).toBe(5);
    expect(seed.ms).toBeGreaterThan(0);
    expect(seed.readerable).toBe(true);
    // The lessons' section: its parts had no label worth reading (issue 13).
    expect(seed.outline.sections).toHaveLength(1);
    expect(seed.outline.keyPoints).toHaveLength(4);
    expect(seed.outline.quotes).toHaveLength(4);
  });

  it('names the file as the manifest gives it and says why a page failed', () => {
    expect(reports[1]?.file).toBe('empty.html');
    expect(reports[1]?.error).toMatch(/no-content/u);
    expect(reports[2]?.file).toBe('missing.html');
    expect(reports[2]?.error).toMatch(/could not read the file/u);
    expect(reports[3]?.error).toMatch(/not JSON/u);
    expect(reports[2]?.text).toBe('');
    expect(reports[2]?.captions).toEqual([]);
    expect(reports[2]?.readerable).toBe(false);
  });
});

describe('a page whose article cannot be read', () => {
  it('still gives the dates its metadata states, in the same keys', () => {
    const html = '<!doctype html><html lang="de"><head><title>x</title>'
      + '<meta property="article:published_time" content="2019-03-12T10:15:00+01:00">'
      + '<meta property="article:modified_time" content="2019-03-13T08:00:00+01:00"></head><body></body></html>';
    const report = reportFromHtml('short.html', 'https://example.test/short', html);
    expect(report.ok).toBe(false);
    expect(report.error).toMatch(/no-content/u);
    expect(Object.keys(report)).toEqual([...CONTRACT_KEYS.slice(0, 3), 'error', ...CONTRACT_KEYS.slice(3)]);
    expect(report.published).toBe('2019-03-12T10:15:00+01:00');
    expect(report.modified).toBe('2019-03-13T08:00:00+01:00');
  });
});
