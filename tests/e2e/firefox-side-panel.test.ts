import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startTestServer, SEED_PATH, type TestServer } from './support/test-server';
import { FIREFOX_E2E_BUILD } from './support/builds';
import { launchFirefoxWithExtension, navigateToExtensionPage, navigateToPopup, pollPage, setFirefoxViewport, type FirefoxWithExtension } from './support/firefox';
import { PopupPage, type PopupSnapshot } from './support/popup';

const SCREENSHOTS = new URL('./__screenshots__/', import.meta.url).pathname;
const OTHER_PATH = '/pages/remote-content.html';
/** True once the outline is listed (not "being made"); null before. Runs in the page. */
function outlineDone(): true | null {
  const done = document.querySelector('nav.outline') !== null && document.querySelector('.outline-pending') === null;
  return done && document.querySelectorAll('nav.outline .outline-item').length > 0 ? true : null;
}

/** About the width Firefox gives its sidebar. */
const PANEL_VIEWPORT = { width: 400, height: 800 };

/**
 * The sidebar page opened by URL in a tab (`sidepanel.html?tabUrl=…`, the e2e build makes it
 * reachable from the test origin): Firefox's sidebar itself cannot be opened from WebDriver BiDi,
 * and no toolbar click can be made there, so the e2e build's host permission stands in for it.
 */
describe('Firefox ESR (e2e build): the sidebar page', () => {
  let server: TestServer;
  let firefox: FirefoxWithExtension;
  let article: Page;
  let panel: Page;
  let inPanel: PopupSnapshot;
  let inPopup: PopupSnapshot;

  beforeAll(async () => {
    server = await startTestServer();
    firefox = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD);
    const seedUrl = server.url(SEED_PATH);
    article = await firefox.browser.newPage();
    await article.goto(seedUrl);

    const popup = await firefox.browser.newPage();
    await popup.goto(server.url('/pages/start.html'));
    await navigateToPopup(popup, seedUrl);
    // The outline arrives after the article (its parts are made a task each).
    await pollPage(popup, outlineDone, null, 'the popup outline');
    inPopup = await new PopupPage((fn) => popup.evaluate(fn)).settled();
    await popup.close();

    panel = await firefox.browser.newPage();
    await setFirefoxViewport(panel, PANEL_VIEWPORT);
    await panel.goto(server.url('/pages/start.html'));
    const opened = performance.now();
    await navigateToExtensionPage(panel, `sidepanel.html?tabUrl=${encodeURIComponent(seedUrl)}`);
    await pollPage(panel, () => document.querySelector('h1.article-title')?.textContent ?? null, null, 'the title');
    inPanel = await new PopupPage((fn) => panel.evaluate(fn)).settled();
    console.log(`[timing] Firefox sidebar page opened → settled: ${Math.round(performance.now() - opened)} ms`);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('shows the seed article with its title, as the popup does', async () => {
    expect(await panel.evaluate(() => location.pathname)).toBe('/sidepanel.html');
    expect(inPanel.statusMessage).toBeNull();
    expect(inPanel.view).toBe('article');
    expect(inPanel.title).toMatch(/^Đảng uy Khối Doanh nghiệp quận Đống Đa/u);
    expect(inPanel.title).toBe(inPopup.title);
    expect(inPanel.firstParagraph).toBe(inPopup.firstParagraph);
    await panel.screenshot({ path: `${SCREENSHOTS}firefox-side-panel.png` });
  });

  it('shows the same outline as the popup', async () => {
    // Below 600 px the reading view folds the outline behind a toggle (hooks/use-narrow.ts).
    const opened = await panel.evaluate(() => {
      const toggle = document.querySelector<HTMLButtonElement>('.outline-toggle');
      toggle?.click();
      return toggle !== null;
    });
    await pollPage(panel, outlineDone, null, 'the outline');
    const items = await panel.evaluate(() => document.querySelectorAll('nav.outline .outline-item').length);
    expect(items).toBe(inPopup.outlineItems);
    expect(inPopup.outlineItems).toBeGreaterThanOrEqual(5);
    if (opened) await panel.evaluate(() => document.querySelector<HTMLButtonElement>('.outline-toggle')?.click());
  });

  it('says the article is from the previous tab when another tab comes to the front, and reads that one on request', async () => {
    const other = await firefox.browser.newPage();
    await other.goto(server.url(OTHER_PATH));
    await other.bringToFront();
    const notice = await pollPage(panel, () => document.querySelector('.panel-tab-notice')?.textContent ?? null, null, 'the tab notice');
    expect(notice).toBe('This article is from the previous tab.Read this tab');
    await panel.evaluate(() => document.querySelector<HTMLButtonElement>('.panel-tab-notice button')?.click());
    const title = await pollPage(panel, () => {
      const shown = document.querySelector('h1.article-title')?.textContent ?? '';
      return shown.startsWith('Harbour') ? shown : null;
    }, null, 'the second article');
    expect(title).toBe('Harbour ferries change their winter timetable');
  });
});
