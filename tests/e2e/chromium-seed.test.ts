import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestServer, SEED_PATH, type TestServer } from './support/test-server';
import { CHROME_E2E_BUILD } from './support/builds';
import { launchChromiumWithExtension, popupUrlFor, type ChromiumWithExtension } from './support/chromium';
import { PopupPage, READ_TITLE, type PopupSnapshot } from './support/popup';
import { expectSeedAsSeen, readSeenArticle } from './support/seed-as-seen';

const SCREENSHOT = new URL('./__screenshots__/chromium-seed-popup.png', import.meta.url).pathname;

describe('Chromium (e2e build): the popup on the seed page', () => {
  let server: TestServer;
  let chromium: ChromiumWithExtension;
  let popup: Page;
  let seen: PopupSnapshot;

  beforeAll(async () => {
    server = await startTestServer();
    chromium = await launchChromiumWithExtension(CHROME_E2E_BUILD);
    const article = await chromium.context.newPage();
    await article.goto(server.url(SEED_PATH));
    const popupUrl = await popupUrlFor(chromium, article);

    popup = await chromium.context.newPage();
    // What the popup shows the first time the headline is in it: the article before its outline.
    await popup.addInitScript(() => {
      const record = { firstTitle: null as null | { outlineMaking: boolean; status: string } };
      (globalThis as unknown as { __ledeFirstTitle: typeof record }).__ledeFirstTitle = record;
      new MutationObserver((_, observer) => {
        if (!document.querySelector('h1.article-title')) return;
        record.firstTitle = { outlineMaking: document.querySelector('.outline-making') !== null, status: document.querySelector('.outline-pending')?.textContent ?? '' };
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const opened = performance.now();
    await popup.goto(popupUrl);
    await popup.locator(READ_TITLE).waitFor({ state: 'visible' });
    // A figure to watch, not a limit to assert: a 2-core CI machine is no reader's laptop.
    console.log(`[timing] Chromium popup opened → title visible: ${Math.round(performance.now() - opened)} ms`);
    seen = await new PopupPage((fn) => popup.evaluate(fn)).snapshot();
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('shows the article title without the portal name', () => {
    expect(seen.view).toBe('article');
    expect(seen.title).toMatch(/^Đảng uy Khối Doanh nghiệp quận Đống Đa/u);
    expect(seen.title).not.toContain('Cổng thông tin');
  });

  it('shows the publish date the page prints above the title (26/01/2024)', () => {
    // Depends on the date extractor (utils/article/dates/): the page states its date only as
    // the text "26/01/2024 10:21:48" (no meta, no <time>). Before it landed this line failed.
    expect(seen.published).toMatch(/^2024-01-26/u);
    expect(seen.publishedText).toMatch(/2024/u);
  });

  it('starts the body with the lead paragraph, not the portal menu', () => {
    expect(seen.firstParagraph).toMatch(/Ngày 25\/1|Báo cáo tại Hội nghị/u);
  });

  it('shows the article at once and says the outline is being made, then shows the outline', async () => {
    const first = await popup.evaluate(() => (globalThis as unknown as { __ledeFirstTitle: { firstTitle: unknown } }).__ledeFirstTitle.firstTitle);
    expect(first).toEqual({ outlineMaking: true, status: 'Making the outline…' });
    expect(await popup.locator('.outline-pending').count()).toBe(0);
    expect(seen.outlineItems).toBeGreaterThan(0);
  });

  it('lists the outline beside the reading view', async () => {
    expect(await popup.locator('nav.outline').isVisible()).toBe(true);
    expect(await popup.locator('article.reading-view .article-body').isVisible()).toBe(true);
  });

  it('shows the reader the whole article and none of the portal, and saves a screenshot of it', async () => {
    expectSeedAsSeen(await popup.evaluate(readSeenArticle));
    await popup.screenshot({ path: SCREENSHOT });
  });
});
