import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestServer, SEED_PATH, type TestServer } from './support/test-server';
import { CHROME_E2E_BUILD } from './support/builds';
import { launchChromiumWithExtension, tabIdOf, type ChromiumWithExtension } from './support/chromium';
import { PopupPage, type PopupSnapshot } from './support/popup';

const SCREENSHOTS = new URL('./__screenshots__/', import.meta.url).pathname;
/** A second article, to switch tabs to. */
const OTHER_PATH = '/pages/remote-content.html';
/** About the width Chrome gives its side panel by default. */
const PANEL_VIEWPORT = { width: 400, height: 800 };

/** What the panel's tab notice says, read in the panel. */
function readTabNotice(): { text: string | null; button: string | null } {
  const notice = document.querySelector('.panel-tab-notice');
  return {
    text: notice?.firstChild?.textContent?.trim() ?? null,
    button: notice?.querySelector('button')?.textContent?.trim() ?? null,
  };
}

/**
 * The panel page opened by URL for a tab (`sidepanel.html?tabId=N`), in a tab of its own: the
 * browser's side panel itself is not a page Playwright can open, and the e2e build's host
 * permission stands in for the toolbar click. The page opened as a tab never counts its own tab
 * as "the page in front", so switching between the article tabs drives it as it would the panel.
 */
describe('Chromium (e2e build): the side panel page', () => {
  let server: TestServer;
  let chromium: ChromiumWithExtension;
  let article: Page;
  let panel: Page;
  let inPanel: PopupSnapshot;
  let inPopup: PopupSnapshot;

  beforeAll(async () => {
    server = await startTestServer();
    chromium = await launchChromiumWithExtension(CHROME_E2E_BUILD);
    article = await chromium.context.newPage();
    await article.goto(server.url(SEED_PATH));
    const tabId = await tabIdOf(article, chromium.worker);

    panel = await chromium.context.newPage();
    await panel.setViewportSize(PANEL_VIEWPORT);
    const opened = performance.now();
    await panel.goto(`chrome-extension://${chromium.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('h1.article-title').waitFor({ state: 'visible' });
    // A figure to watch, not a limit to assert: a 2-core CI machine is no reader's laptop.
    console.log(`[timing] Chromium panel page opened → title visible: ${Math.round(performance.now() - opened)} ms`);
    inPanel = await new PopupPage((fn) => panel.evaluate(fn)).settled();

    const popup = await chromium.context.newPage();
    await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html?tabId=${tabId}`);
    inPopup = await new PopupPage((fn) => popup.evaluate(fn)).settled();
    await popup.close();
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('shows the seed article with its title, as the popup does', () => {
    expect(inPanel.view).toBe('article');
    expect(inPanel.title).toMatch(/^Đảng uy Khối Doanh nghiệp quận Đống Đa/u);
    expect(inPanel.title).toBe(inPopup.title);
    expect(inPanel.firstParagraph).toBe(inPopup.firstParagraph);
  });

  it('gives the article the whole width of the narrow panel', async () => {
    await panel.screenshot({ path: `${SCREENSHOTS}chromium-side-panel.png` });
    const body = await panel.locator('article.reading-view').boundingBox();
    expect(body?.width).toBeGreaterThan(PANEL_VIEWPORT.width - 40);
  });

  it('shows the same outline as the popup', async () => {
    // Below 600 px the reading view folds the outline behind a toggle (hooks/use-narrow.ts).
    const toggle = panel.locator('.outline-toggle');
    if ((await toggle.count()) > 0) await toggle.click();
    const items = panel.locator('nav.outline .outline-item');
    await items.first().waitFor({ state: 'visible' });
    expect(await items.count()).toBe(inPopup.outlineItems);
    expect(inPopup.outlineItems).toBeGreaterThanOrEqual(5);
    await panel.screenshot({ path: `${SCREENSHOTS}chromium-side-panel-outline.png` });
    if ((await toggle.count()) > 0) await toggle.click();
  });

  it('says nothing about tabs while the article tab is in front', async () => {
    await article.bringToFront();
    await panel.waitForTimeout(200);
    expect(await panel.evaluate(readTabNotice)).toEqual({ text: null, button: null });
  });

  it('says the article is from the previous tab when another tab comes to the front, and reads that one on request', async () => {
    const other = await chromium.context.newPage();
    await other.goto(server.url(OTHER_PATH));
    await other.bringToFront();
    await panel.locator('.panel-tab-notice').waitFor({ state: 'attached' });
    expect(await panel.evaluate(readTabNotice)).toEqual({ text: 'This article is from the previous tab.', button: 'Read this tab' });
    // Still the seed article until the reader asks: nothing is read unasked.
    expect(await panel.locator('h1.article-title').textContent()).toMatch(/^Đảng uy Khối/u);
    await panel.screenshot({ path: `${SCREENSHOTS}chromium-side-panel-previous-tab.png` });

    await panel.locator('.panel-tab-notice button').click();
    await panel.locator('h1.article-title', { hasText: 'Harbour ferries' }).waitFor({ state: 'visible' });
    expect(await panel.evaluate(readTabNotice)).toEqual({ text: null, button: null });
  });
});
