import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/scripts/lib/parse-html';
import { extractArticle } from '@/utils/article/extract-article';
import { buildOutline } from '@/utils/outline/build-outline';
import { readPage } from '@/utils/read-page';
import { readLivePart } from '@/utils/read-live-part';

import { SEED_FILE, SEED_URL } from '../fixtures/seed';

describe('readPage, the one path from page to outline', () => {
  it('gives the article extractArticle makes and the outline of its blocks, timed on the given clock', () => {
    const html = readFileSync(SEED_FILE, 'utf8');
    const extracted = extractArticle(parseHtml(html, SEED_URL), SEED_URL);
    if (!extracted.ok) throw new Error(`extraction failed: ${extracted.reason}`);
    let tick = 0;
    const result = readPage(parseHtml(html, SEED_URL), SEED_URL, { now: () => (tick += 5) });
    expect(result).toMatchObject({ ok: true, article: extracted.article, outline: buildOutline(extracted.article, extracted.blocks) });
    // The page's part, its steps timed one after the other (six laps: the copy and the body are serialized apart), then the finishing part, on the same clock.
    expect(result.ok && result.pageMs).toBe(30);
    expect(result.ok && result.ms).toBe(35);
  });

  it('passes a failure on as it is, without an outline', () => {
    const page = parseHtml('<html><head><title>Empty</title></head><body></body></html>', 'http://127.0.0.1/empty.html');
    expect(readPage(page, 'http://127.0.0.1/empty.html')).toEqual({ ok: false, reason: 'no-content' });
  });

  it('hands the content script a plain object: no blocks or DOM nodes cross to the extension', () => {
    const result = readPage(parseHtml(readFileSync(SEED_FILE, 'utf8'), SEED_URL), SEED_URL);
    expect(Object.keys(result).sort()).toEqual(['article', 'ms', 'ok', 'outline', 'pageMs']);
    expect(structuredClone(result)).toEqual(result);
  });

  it("hands the extension the page's part as plain data: the page's HTML for its metadata, Readability's fields and the body's HTML", () => {
    const live = readLivePart(parseHtml(readFileSync(SEED_FILE, 'utf8'), SEED_URL), SEED_URL);
    expect(live.ok).toBe(true);
    expect(structuredClone(live)).toEqual(live);
    expect(live.ok && Object.keys(live.reading).sort()).toEqual(['baseUrl', 'contentHtml', 'loading', 'pageHtml', 'pageTitle', 'readability', 'url']);
    expect(live.ok && Object.keys(live.steps).sort()).toEqual(['captions', 'clone', 'count', 'readability', 'serialize']);
  });

  it("sends the page's copy without its code and style sheets, JSON-LD kept, and leaves the page itself as it was", () => {
    const url = 'http://127.0.0.1/with-code.html';
    const jsonLd = '{"@type":"NewsArticle","headline":"Kept"}';
    const html = readFileSync(SEED_FILE, 'utf8').replace(
      '</head>',
      `<script>window.big = "${'x'.repeat(5_000)}";</script><style>p { color: red }</style><script type="application/ld+json">${jsonLd}</script></head>`,
    );
    const page = parseHtml(html, url);
    const codeBefore = page.querySelectorAll('script, style').length;
    const live = readLivePart(page, url);
    if (!live.ok) throw new Error(live.reason);
    expect(live.reading.pageHtml).not.toContain('window.big');
    expect(live.reading.pageHtml).not.toContain('color: red');
    expect(live.reading.pageHtml).toContain(jsonLd);
    expect(page.querySelectorAll('script, style').length).toBe(codeBefore);
  });
});
