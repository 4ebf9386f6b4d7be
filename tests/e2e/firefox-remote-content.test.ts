import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIREFOX_E2E_BUILD, POPUP_VIEWPORT } from './support/builds';
import { clickVisible, launchFirefoxWithExtension, navigateToExtensionPage, navigateToPopup, pollPage, setFirefoxViewport, type FirefoxWithExtension } from './support/firefox';
import { PopupPage } from './support/popup';
import { startTestServer, type SeenRequest, type TestServer } from './support/test-server';

const PAGE = '/generated/remote-content.html';
const TEMPLATE = readFileSync(new URL('./pages/remote-content.html', import.meta.url), 'utf8');
// Not /pixel/stated-pixel.gif: a 1×1 image by its own size never reaches the article.
const SHOWN = ['/pixel/photo.gif', '/pixel/picture-img.gif', '/pixel/read-receipt.gif?reader=42', '/pixel/set-cookie.gif'];

/** Issue 11, finding 1 in Firefox: the same page and servers as remote-content.test.ts. */
describe('Firefox ESR (e2e build): extension pages fetch nothing the reader did not ask for', () => {
  let server: TestServer;
  let tracker: TestServer;
  let firefox: FirefoxWithExtension;
  let popup: Page;
  let popupRequests: SeenRequest[];

  /** The requests both servers received while `action` ran and for a second after (no network-idle event over BiDi). */
  async function requestsDuring(action: () => Promise<unknown>): Promise<SeenRequest[]> {
    const before = [server.requests.length, tracker.requests.length] as const;
    await action();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    return [...server.requests.slice(before[0]), ...tracker.requests.slice(before[1])];
  }

  beforeAll(async () => {
    tracker = await startTestServer({}, '127.0.0.2');
    server = await startTestServer({
      [PAGE]: () => TEMPLATE.replaceAll('{{ORIGIN}}', server.origin).replaceAll('{{THIRD_PARTY}}', tracker.origin).replaceAll('{{LOCALHOST}}', server.origin.replace('127.0.0.1', 'localhost')),
    });
    firefox = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD);
    // The reader once visited the tracker's site, which left its cookie in the browser.
    const visit = await firefox.browser.newPage();
    await visit.goto(tracker.url('/pixel/set-cookie.gif'));
    await visit.close();
    const article = await firefox.browser.newPage();
    await article.goto(server.url(PAGE));
    popup = await firefox.browser.newPage();
    await setFirefoxViewport(popup, POPUP_VIEWPORT);
    await popup.goto(server.url('/pages/start.html'));
    popupRequests = await requestsDuring(async () => {
      await navigateToPopup(popup, server.url(PAGE));
      await new PopupPage((fn) => popup.evaluate(fn)).settled(20_000);
    });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    await tracker?.close();
  });

  it('the live popup loads the article’s images only, with no referrer, the tracker’s without its cookie', () => {
    expect(popupRequests.map((request) => request.path).sort()).toEqual(SHOWN);
    expect(popupRequests.map((request) => request.referer)).toEqual(popupRequests.map(() => null));
    const toTracker = popupRequests.filter((request) => request.path.includes('read-receipt') || request.path.includes('set-cookie'));
    expect(toTracker.map((request) => request.cookie)).toEqual([null, null]);
  });

  it('a saved article opens in the library with 0 requests, and loads its images on "Load images"', async () => {
    await clickVisible(popup, 'button.save-button');
    await pollPage(popup, () => (document.querySelector('button.save-button')?.textContent?.trim() === 'Saved' ? true : null), undefined, 'the Save button saying "Saved"');
    const library = await firefox.browser.newPage();
    await library.goto(server.url('/pages/start.html'));
    await navigateToExtensionPage(library, 'library.html');
    await pollPage(library, () => (document.querySelector('.library-item-title') ? true : null), undefined, 'the saved article in the list');

    const opening = await requestsDuring(async () => {
      await library.evaluate(() => document.querySelector<HTMLElement>('.library-item-title')?.click());
      await pollPage(library, () => (document.querySelector('.saved-item .article-body p') ? true : null), undefined, 'the saved article open');
    });
    expect(opening).toEqual([]);
    expect(await library.evaluate(() => document.querySelectorAll('.saved-item .article-body img').length)).toBe(0);

    const loading = await requestsDuring(() => library.evaluate(() => document.querySelector<HTMLElement>('button.load-images')?.click()));
    expect(loading.map((request) => request.path).sort()).toEqual(SHOWN);
    expect(loading.map((request) => request.referer)).toEqual(loading.map(() => null));
    const toTracker = loading.filter((request) => request.path.includes('read-receipt') || request.path.includes('set-cookie'));
    expect(toTracker.map((request) => request.cookie)).toEqual([null, null]);
  });
});
