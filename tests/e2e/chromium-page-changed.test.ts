import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestServer, type TestServer } from './support/test-server';
import { CHROME_E2E_BUILD } from './support/builds';
import { launchChromiumWithExtension, popupUrlFor, type ChromiumWithExtension } from './support/chromium';

/**
 * Issue 18: a reader clicks Lede while the page is still loading. The page here is held by a
 * slow script in the middle of its article, as heavy news pages are by their ads: the first half
 * of the article is in the DOM, the second half arrives when the script does. The popup shows the
 * title at once, reads the page again while it loads, and offers "Page changed — Refresh".
 */
const HOLD_MS = 7_000;
const PAGE_PATH = '/generated/growing-article.html';
const SCRIPT_PATH = '/generated/slow-ad.js';
/** Popups opened (and closed) while the page loads, for the click → title figure. */
const ROUNDS = 5;

const TITLE = 'Harbour ferry returns to service after winter repairs';
const paragraph = (n: number, part: string): string =>
  `<p>${part} paragraph ${n}: the harbour authority said the ferry had passed its inspection, that the crossing would run every twenty minutes from the first light of the morning, and that commuters from the island would no longer need to take the long road around the bay, which had added nearly an hour to each journey during the repairs.</p>`;
const LATE_TEXT = 'Arriving paragraph 1';

function growingArticle(): string {
  const early = [1, 2, 3, 4, 5].map((n) => paragraph(n, 'Opening')).join('\n');
  const late = [1, 2, 3, 4, 5, 6, 7].map((n) => paragraph(n, 'Arriving')).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE} | Bay News</title></head>
<body><main><article><h1>${TITLE}</h1>
${early}
<script src="${SCRIPT_PATH}"></script>
${late}
</article></main></body></html>`;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

describe('Chromium (e2e build): a page still loading', () => {
  let server: TestServer;
  let chromium: ChromiumWithExtension;
  let article: Page;
  let popup: Page;
  const titleMs: number[] = [];
  let loadingWhenShown = true;

  beforeAll(async () => {
    server = await startTestServer({
      [PAGE_PATH]: growingArticle,
      [SCRIPT_PATH]: () => new Promise((resolve) => setTimeout(() => resolve('/* an ad that took its time */'), HOLD_MS)),
    });
    chromium = await launchChromiumWithExtension(CHROME_E2E_BUILD);
    article = await chromium.context.newPage();
    await article.goto(server.url(PAGE_PATH), { waitUntil: 'commit' });
    await article.waitForSelector('h1', { state: 'attached' });
    const popupUrl = await popupUrlFor(chromium, article);
    for (let round = 0; round <= ROUNDS; round++) {
      popup = await chromium.context.newPage();
      const opened = performance.now();
      await popup.goto(popupUrl);
      await popup.locator('h1.article-title').waitFor({ state: 'visible' });
      titleMs.push(performance.now() - opened);
      loadingWhenShown &&= (await article.evaluate(() => document.readyState)) !== 'complete';
      // The last popup stays open for the notice.
      if (round < ROUNDS) await popup.close();
    }
    console.log(`[timing] Chromium, page still loading: popup opened → title visible, median ${Math.round(median(titleMs))} ms (${titleMs.map(Math.round).join(', ')})`);
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('shows the title and the article as it stands while the page is still loading', async () => {
    expect(loadingWhenShown).toBe(true);
    expect(await popup.locator('h1.article-title').textContent()).toBe(TITLE);
    const body = (await popup.locator('.article-body').textContent()) ?? '';
    expect(body).toContain('Opening paragraph 5');
    expect(body).not.toContain(LATE_TEXT);
    // Far below the script's hold: the popup did not wait for the page (a figure, not the 300 ms goal, on a shared 2-core machine).
    expect(Math.max(...titleMs)).toBeLessThan(HOLD_MS / 2);
  });

  it('says the page changed once the rest of the article has arrived, and reads it again on Refresh', async () => {
    await popup.locator('.page-changed').waitFor({ state: 'visible', timeout: HOLD_MS + 15_000 });
    expect(await popup.locator('.page-changed').textContent()).toBe('Page changed —Refresh');
    await popup.locator('.page-changed-refresh').click();
    await popup.locator('.article-body', { hasText: LATE_TEXT }).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await popup.locator('.article-body').textContent()).toContain('Arriving paragraph 7');
    expect(await popup.locator('.page-changed').count()).toBe(0);
  });
});
