import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';
import { FIREFOX_E2E_BUILD, POPUP_VIEWPORT } from './support/builds';
import { launchFirefoxWithExtension, navigateToPopup, setFirefoxViewport, type FirefoxWithExtension } from './support/firefox';
import { PopupPage, type PopupSnapshot } from './support/popup';

/**
 * A port nothing listens on: the tab shows Firefox's "Unable to connect" page. Chrome names that
 * case when it refuses the injection ("showing error page", chromium-status.test.ts); Firefox
 * refuses it as it refuses its own pages ("Missing host permission for the tab": the error page
 * is about:neterror under the address), so the reader is told the browser's own pages cannot be
 * read, which is what the tab shows. What must not happen is a wait, or "Something went wrong".
 */
const DEAD_ADDRESS = 'http://127.0.0.1:9/article.html';

describe("Firefox ESR (e2e build): a tab showing the browser's error page", () => {
  let server: TestServer;
  let firefox: FirefoxWithExtension;
  let seen: PopupSnapshot;

  beforeAll(async () => {
    server = await startTestServer();
    firefox = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD);
    const popup = await firefox.browser.newPage();
    await setFirefoxViewport(popup, POPUP_VIEWPORT);
    await popup.goto(server.url('/pages/start.html'));
    const tab = await firefox.browser.newPage();
    await tab.goto(DEAD_ADDRESS).catch(() => undefined);
    await navigateToPopup(popup, DEAD_ADDRESS);
    seen = await new PopupPage((fn) => popup.evaluate(fn)).settled();
  }, 60_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it("says at once that the browser's own page cannot be read", () => {
    expect(seen.view).toBe('status');
    expect(seen.statusMessage).toMatch(/^Lede can't read this page: browsers don't let extensions read their own pages/u);
    expect(seen.showAnyway).toBe(false);
  });
});
