import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIREFOX_E2E_BUILD, POPUP_VIEWPORT } from './support/builds';
import { clickVisible, launchFirefoxWithExtension, navigateToExtensionPage, navigateToPopup, pollPage, setFirefoxViewport, type FirefoxWithExtension } from './support/firefox';
import { PopupPage } from './support/popup';
import { SEED_PATH, startTestServer, type TestServer } from './support/test-server';

/** How many rows the library lists, or null while it shows none. */
function listedRows(page: Page): Promise<number> {
  return pollPage(page, () => document.querySelectorAll('.library-item').length || null, undefined, 'a row in the library');
}

/**
 * Issue 11, finding 9 in Firefox, as the last test of library.test.ts: a library tab whose
 * database is closed by a newer version of Lede says so, and its Reload button brings the list back.
 */
describe('Firefox ESR (e2e build): the library, when a newer version of Lede takes the database', () => {
  let server: TestServer;
  let firefox: FirefoxWithExtension;
  let library: Page;

  beforeAll(async () => {
    server = await startTestServer();
    firefox = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD);
    // One saved item, from the popup as a reader saves it.
    const seedUrl = server.url(SEED_PATH);
    const article = await firefox.browser.newPage();
    await article.goto(seedUrl);
    const popup = await firefox.browser.newPage();
    await setFirefoxViewport(popup, POPUP_VIEWPORT);
    await popup.goto(server.url('/pages/start.html'));
    await navigateToPopup(popup, seedUrl);
    await new PopupPage((fn) => popup.evaluate(fn)).settled();
    await clickVisible(popup, 'button.save-button');
    await pollPage(popup, () => (document.querySelector('button.save-button')?.textContent?.trim() === 'Saved' ? true : null), undefined, 'the Save button saying "Saved"');
    await popup.close();
    await article.close();

    library = await firefox.browser.newPage();
    await library.goto(server.url('/pages/start.html'));
    await navigateToExtensionPage(library, 'library.html');
    expect(await listedRows(library)).toBe(1);
  }, 60_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('says so, and its Reload button brings the list back', async () => {
    const other = await firefox.browser.newPage();
    await other.goto(server.url('/pages/start.html'));
    await navigateToExtensionPage(other, 'library.html');
    await listedRows(other);
    // As an updated Lede opening in another tab would: ask for the next version. The upgrade
    // is then aborted, so the database stays as it was for the reload.
    const outcome = await other.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const probe = indexedDB.open('lede-library');
          probe.onsuccess = () => {
            const next = probe.result.version + 1;
            probe.result.close();
            const newer = indexedDB.open('lede-library', next);
            newer.onupgradeneeded = () => newer.transaction?.abort();
            newer.onerror = () => resolve(newer.error?.name ?? 'error');
            newer.onsuccess = () => resolve('opened');
          };
        }),
    );
    expect(outcome).toBe('AbortError');
    const notice = await pollPage(library, () => document.querySelector('.library-closed[role=alert]')?.textContent ?? null, undefined, 'the notice', 10_000);
    expect(notice).toMatch(/updated or opened in a newer version/u);

    // The notice's button, by the name a reader sees on it.
    const reload = await library.$('.library-closed button');
    expect(await reload?.evaluate((button) => button.textContent?.trim())).toBe('Reload the library');
    await reload?.click();
    // The page reloads (the old document may still answer for a moment): the list without the notice.
    const rows = await pollPage(
      library,
      () => (document.querySelector('.library-closed') ? null : document.querySelectorAll('.library-item').length || null),
      undefined,
      'the list back without the notice',
    );
    expect(rows).toBe(1);
    await other.close();
  });
});
