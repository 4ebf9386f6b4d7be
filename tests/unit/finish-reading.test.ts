// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLivePart, readPage } from '@/utils/read-page';
import { finishReading, finishReadingInSteps } from '@/utils/finish-reading';
import { isLiveResult } from '@/utils/messages';
import { parseHtml } from '../../scripts/lib/parse-html';
import { listGoldenPages } from '../../scripts/lib/golden-pages';

/** A structured clone, as the message from the page to the popup makes one. */
const sent = <T>(value: T): T => structuredClone(value);

describe('a read split between the page and the extension page', () => {
  const pages = listGoldenPages();

  it.each(pages.map((page) => [page.name, page] as const))('%s: the same article and outline as a read in one place', (_name, page) => {
    const html = readFileSync(join(page.dir, 'source.html'), 'utf8');
    const whole = readPage(parseHtml(html, page.url), page.url);
    const live = sent(readLivePart(parseHtml(html, page.url), page.url));
    expect(isLiveResult(live)).toBe(true);
    const finished = finishReading(live, new DOMParser());
    expect(finished.ok).toBe(whole.ok);
    if (!finished.ok || !whole.ok) return;
    expect(finished.article).toEqual(whole.article);
    expect(finished.outline).toEqual(whole.outline);
    expect(finished.pageMs).toBe(live.ok ? live.ms : undefined);
  });

  it('gives the same result in steps, with a pause between them', async () => {
    const page = pages.find((p) => p.name === 'vi-dongda-portal') ?? pages[0];
    if (!page) throw new Error('no golden page');
    const html = readFileSync(join(page.dir, 'source.html'), 'utf8');
    const live = readLivePart(parseHtml(html, page.url), page.url);
    let pauses = 0;
    const stepped = await finishReadingInSteps(live, new DOMParser(), async () => void pauses++);
    const whole = finishReading(live, new DOMParser());
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(stepped.ok && whole.ok && { article: stepped.article, outline: stepped.outline }).toEqual(whole.ok && { article: whole.article, outline: whole.outline });
  });

  it('runs nothing from the page while finishing: scripts and handlers in the body stay inert', () => {
    const url = 'https://example.com/news/a.html';
    const body = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of a story long enough to be read as an article by anyone who opens it today.</p>`).join('');
    const live = readLivePart(parseHtml(`<html><body><article><h1>T</h1>${body}<img src="x" onerror="window.__pwned = 1"></article></body></html>`, url), url);
    expect(live.ok).toBe(true);
    if (live.ok) live.reading.contentHtml += '<script>window.__pwned = 2</script><img src="y" onerror="window.__pwned = 3">';
    finishReading(live, new DOMParser());
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
