import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startTestServer, type TestServer } from './support/test-server';
import { FIREFOX_E2E_BUILD, POPUP_VIEWPORT } from './support/builds';
import { GECKO_ID, launchFirefoxWithExtension, navigateToPopup, setFirefoxViewport, type FirefoxWithExtension } from './support/firefox';
import { PopupPage, type PopupSnapshot } from './support/popup';
import { readSignals, waitUntilWatching, watchingPageUrl, WATCHED_ARTICLE } from './support/watching-page';

describe('Firefox ESR (e2e build): a page that watches for Lede sees nothing and cannot change what it reads', () => {
  let server: TestServer;
  let firefox: FirefoxWithExtension;
  let tab: Page;
  let popup: Page;
  let seen: PopupSnapshot;
  let signals: string[];

  beforeAll(async () => {
    server = await startTestServer();
    firefox = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD);
    // Firefox's add-on id is fixed (browser_specific_settings), so any page can name its events.
    const pageUrl = watchingPageUrl(server, GECKO_ID);
    // The popup's tab is opened first: opening a tab later would blur and hide the article's
    // tab, which a real toolbar popup does not do.
    popup = await firefox.browser.newPage();
    await setFirefoxViewport(popup, POPUP_VIEWPORT);
    await popup.goto(server.url('/pages/start.html'));
    tab = await firefox.browser.newPage();
    await tab.goto(pageUrl);
    await waitUntilWatching((fn) => tab.evaluate(fn));
    await navigateToPopup(popup, pageUrl);
    seen = await new PopupPage((fn) => popup.evaluate(fn)).settled();
    signals = await readSignals((fn) => tab.evaluate(fn));
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('posts no message, fires no event and changes nothing the page can observe', () => {
    expect(signals).toEqual([]);
  });

  it('shows the article as the page first served it', async () => {
    expect(seen.view).toBe('article');
    expect(seen.firstParagraph).toBe(WATCHED_ARTICLE.firstParagraph);
    expect(await popup.evaluate(() => document.body.textContent)).not.toContain('CLOAKED');
  });

  it('is read by a page that really does catch a message (the watch is live)', async () => {
    await tab.evaluate(() => window.postMessage('probe', '*'));
    await expect.poll(() => readSignals((fn) => tab.evaluate(fn))).toContain('message:"probe"');
  });
});
