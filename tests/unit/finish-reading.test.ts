// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishReading, readPage } from '@/utils/read-page';
import { readLivePart } from '@/utils/read-live-part';
import { finishReadingInSteps } from '@/utils/finish-reading';
import { isLiveResult } from '@/utils/messages';
import { parsePageCopy } from '@/utils/article/parse-page-copy';
import { parseHtml } from '../../scripts/lib/parse-html';
import { listGoldenPages } from '../../scripts/lib/golden-pages';
import { seedLivePart } from './support/seed-live-part';

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
    // Two whole reads of a large page and its copy parsed by jsdom: seconds on a busy machine.
  }, 30_000);

  it('gives the same result in steps, with a pause between them', async () => {
    const live = seedLivePart();
    let pauses = 0;
    let early: unknown = null;
    const stepped = await finishReadingInSteps(live, new DOMParser(), {
      pause: async () => void pauses++,
      // A clock that stands still: no slice is ever over, so only the designed pauses come.
      now: () => 0,
      // After the metadata's task and the article's: it is drawn in a task of its own.
      onArticle: (article) => (early = pauses === 2 ? article : 'not in a task after the article was made'),
    });
    // The article is handed over before the outline's steps, and is the one the result carries.
    expect(early).toBe(stepped.ok ? stepped.article : null);
    const whole = finishReading(live, new DOMParser());
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(stepped.ok && whole.ok && { article: stepped.article, outline: stepped.outline }).toEqual(whole.ok && { article: whole.article, outline: whole.outline });
  });

  it('pauses inside the article’s own work once a slice is over, and gives the same result', async () => {
    const live = seedLivePart();
    let pauses = 0;
    let beforeArticle = 0;
    // Every reading of the clock is 25 ms later: each step's slice is over (SLICE_MS is 20).
    let clock = 0;
    const stepped = await finishReadingInSteps(live, new DOMParser(), {
      pause: async () => void pauses++,
      now: () => (clock += 25),
      budgetMs: null,
      onArticle: () => (beforeArticle = pauses),
    });
    // The metadata's pause and the article's, then one after each body pass, the block list and each paragraph counted.
    expect(beforeArticle).toBeGreaterThan(10);
    const whole = finishReading(live, new DOMParser());
    expect(stepped.ok && whole.ok && { article: stepped.article, outline: stepped.outline }).toEqual(whole.ok && { article: whole.article, outline: whole.outline });
  });

  it('gives the same result from a copy of the page parsed while the finishing code loaded', async () => {
    const live = sent(seedLivePart());
    if (!live.ok) throw new Error('the page part failed');
    const parser = new DOMParser();
    const ahead = await finishReadingInSteps(live, parser, { pause: async () => undefined, pageCopy: parsePageCopy(live.reading, parser) });
    const whole = finishReading(live, new DOMParser());
    expect(ahead.ok && whole.ok && { article: ahead.article, outline: ahead.outline }).toEqual(whole.ok && { article: whole.article, outline: whole.outline });
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

  it("reads the metadata from the page's copy with the page's own address, not the extension page's", () => {
    const url = 'https://news.example.com/2024/05/06/a-story.html';
    const body = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of a story long enough to be read as an article by anyone who opens it today.</p>`).join('');
    const html = `<!DOCTYPE html><html lang="en"><head><base href="https://cdn.example.com/assets/"><meta property="og:image" content="lead.jpg"></head><body><article><h1>A story</h1>${body}</article></body></html>`;
    const live = sent(readLivePart(parseHtml(html, url), url));
    expect(live.ok && { baseUrl: live.reading.baseUrl, copied: live.reading.pageHtml.startsWith('<!DOCTYPE html><html lang="en">') }).toEqual({
      baseUrl: 'https://cdn.example.com/assets/',
      copied: true,
    });
    const finished = finishReading(live, new DOMParser());
    expect(finished.ok && { leadImage: finished.article.leadImage, published: finished.article.published }).toEqual({
      leadImage: 'https://cdn.example.com/assets/lead.jpg',
      published: '2024-05-06',
    });
  });
});

describe('a page whose marked body Readability missed', () => {
  const post = '<p>Dear all, I would love to invite you to the book event at the Reading Bug this coming Saturday at eleven.</p><p>There will be drawings, a reading for children and signed copies of the new book. Hope to see you there.</p>';
  const sidebar = Array.from({ length: 8 }, (_, i) => `<p>Profile note ${i + 1}: I am a story artist by day and draw picture books, gallery pieces and museum exhibitions by night, and this blog collects all of it.</p>`).join('');
  const html = `<!doctype html><html><head><title>Little gifts</title></head><body><div id="main"><h3>Little gifts</h3><div class="entry-content">${post}</div></div><div id="sidebar">${sidebar}</div></body></html>`;
  const url = 'http://example.test/post.html';

  it('reads the marked body in the extension page too, from the page’s copy', async () => {
    const live = sent(readLivePart(parseHtml(html, url), url));
    const stepped = await finishReadingInSteps(live, new DOMParser(), { pause: async () => undefined, budgetMs: null });
    const whole = readPage(parseHtml(html, url), url);
    expect(stepped.ok && stepped.article.text).toContain('Dear all');
    expect(stepped.ok && stepped.article).toEqual(whole.ok && whole.article);
  });
});
