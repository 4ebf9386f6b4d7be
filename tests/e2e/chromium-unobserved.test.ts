import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestServer, type TestServer } from './support/test-server';
import { CHROME_E2E_BUILD } from './support/builds';
import { launchChromiumWithExtension, popupUrlFor, type ChromiumWithExtension } from './support/chromium';
import { PopupPage, type PopupSnapshot } from './support/popup';
import { readSignals, waitUntilWatching, watchingPageUrl, WATCHED_ARTICLE } from './support/watching-page';

describe('Chromium (e2e build): a page that watches for Lede sees nothing and cannot change what it reads', () => {
  let server: TestServer;
  let chromium: ChromiumWithExtension;
  let tab: Page;
  let popup: Page;
  let seen: PopupSnapshot;
  let signals: string[];

  beforeAll(async () => {
    server = await startTestServer();
    chromium = await launchChromiumWithExtension(CHROME_E2E_BUILD);
    tab = await chromium.context.newPage();
    await tab.goto(watchingPageUrl(server, chromium.extensionId), { waitUntil: 'load' });
    await waitUntilWatching((fn) => tab.evaluate(fn));
    const popupUrl = await popupUrlFor(chromium, tab);
    popup = await chromium.context.newPage();
    await popup.goto(popupUrl);
    seen = await new PopupPage((fn) => popup.evaluate(fn)).settled();
    signals = await readSignals((fn) => tab.evaluate(fn));
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('posts no message, fires no event and changes nothing the page can observe', () => {
    expect(signals).toEqual([]);
  });

  it('shows the article as the page first served it', async () => {
    expect(seen.view).toBe('article');
    expect(seen.firstParagraph).toBe(WATCHED_ARTICLE.firstParagraph);
    expect(await popup.locator('.article-body').textContent()).not.toContain('CLOAKED');
  });

  it('is read by a page that really does catch a message (the watch is live)', async () => {
    await tab.evaluate(() => window.postMessage('probe', '*'));
    await expect.poll(() => readSignals((fn) => tab.evaluate(fn))).toContain('message:"probe"');
  });
});
