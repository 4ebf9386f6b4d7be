import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestServer, type TestServer } from './support/test-server';
import { CHROME_E2E_BUILD } from './support/builds';
import { launchChromiumWithExtension, popupUrlFor, type ChromiumWithExtension } from './support/chromium';
import { PopupPage } from './support/popup';

describe('Chromium (e2e build): pages the popup cannot show as an article', () => {
  let server: TestServer;
  let chromium: ChromiumWithExtension;

  beforeAll(async () => {
    server = await startTestServer();
    chromium = await launchChromiumWithExtension(CHROME_E2E_BUILD);
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  async function openPopupFor(url: string): Promise<{ popup: Page; view: PopupPage }> {
    const tab = await chromium.context.newPage();
    await tab.goto(url);
    const popupUrl = await popupUrlFor(chromium, tab);
    const popup = await chromium.context.newPage();
    await popup.goto(popupUrl);
    return { popup, view: new PopupPage((fn) => popup.evaluate(fn)) };
  }

  it('says a sign-in page is not an article, and shows it anyway when asked', async () => {
    const { popup, view } = await openPopupFor(server.url('/pages/sign-in.html'));
    const notice = await view.settled();
    expect(notice.view).toBe('status');
    expect(notice.statusMessage).toBe("This page doesn't look like an article.");
    expect(notice.showAnyway).toBe(true);

    await popup.locator('button.show-anyway').click();
    await popup.locator('article.reading-view').waitFor();
    const shown = await view.snapshot();
    expect(shown.title).toBe('Sign in - Riverside Library');
    expect(shown.firstParagraph).toBe('Welcome back. Sign in to renew your loans.');
    // The page's form is not part of the reading view, even on request.
    expect(await popup.locator('.article-body form, .article-body input').count()).toBe(0);
  });

  it.each(['chrome://version/', 'about:blank'])('explains that the browser does not let extensions read %s', async (url) => {
    const { view } = await openPopupFor(url);
    const seen = await view.settled();
    expect(seen.view).toBe('status');
    expect(seen.statusMessage).toMatch(/^Lede can't read this page: browsers don't let extensions read their own pages/u);
    expect(seen.showAnyway).toBe(false);
  });

  it("says the page did not load when the tab shows the browser's error page", async () => {
    // A port nothing listens on: Chrome shows "This site can't be reached" in the tab, as it does
    // for a dead address or no network (and for a saved page whose script sent the tab elsewhere).
    const tab = await chromium.context.newPage();
    await tab.goto('http://127.0.0.1:9/article.html').catch(() => undefined);
    const popup = await chromium.context.newPage();
    await popup.goto(await popupUrlFor(chromium, tab));
    const seen = await new PopupPage((fn) => popup.evaluate(fn)).settled();
    expect(seen.view).toBe('status');
    expect(seen.statusMessage).toMatch(/^This page didn't load, so there is nothing to read: the tab shows the browser's error page\./u);
    expect(seen.showAnyway).toBe(false);
  });

  // file:// is tested with the release build (chromium-release.test.ts): without a toolbar
  // click the extension cannot even see a file tab's URL, so the e2e build cannot tell it apart.
});
