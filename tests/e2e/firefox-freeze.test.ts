import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { linkHeavyHtml } from '../../scripts/lib/link-heavy-page';
import { EXTRACT_TIMEOUT_MS } from '../../clients/extract-client';
import { startTestServer, type TestServer } from './support/test-server';
import { FIREFOX_E2E_BUILD, POPUP_VIEWPORT } from './support/builds';
import { launchFirefoxWithExtension, navigateToPopup, setFirefoxViewport, type FirefoxWithExtension } from './support/firefox';
import { PopupPage, type PopupSnapshot } from './support/popup';

const FARM_PATH = '/generated/link-farm.html';

describe('Firefox ESR (e2e build): a 1.9 MB link farm does not freeze the tab past the popup’s wait', () => {
  let server: TestServer;
  let firefox: FirefoxWithExtension;
  let tab: Page;
  let seen: PopupSnapshot;
  /** From opening the popup to the tab running `1 + 1`. */
  let tabFreeMs: number;
  let popupSettledMs: number;

  beforeAll(async () => {
    const farm = linkHeavyHtml();
    server = await startTestServer({ [FARM_PATH]: () => farm });
    firefox = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD);
    const farmUrl = server.url(FARM_PATH);
    // The popup's tab first, as in firefox-unobserved: the farm's tab stays in front.
    const popup = await firefox.browser.newPage();
    await setFirefoxViewport(popup, POPUP_VIEWPORT);
    await popup.goto(server.url('/pages/start.html'));
    tab = await firefox.browser.newPage();
    await tab.goto(farmUrl);
    const opened = performance.now();
    await navigateToPopup(popup, farmUrl);
    seen = await new PopupPage((fn) => popup.evaluate(fn)).settled(EXTRACT_TIMEOUT_MS + 10_000);
    popupSettledMs = performance.now() - opened;
    await tab.evaluate(() => 1 + 1);
    tabFreeMs = performance.now() - opened;
    console.log(`[timing] Firefox link farm: popup settled after ${Math.round(popupSettledMs)} ms, tab free after ${Math.round(tabFreeMs)} ms`);
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  // How long the farm takes depends on the machine: Readability alone needs 7–8 s for it on the
  // CI machine, so the read ends either just inside the in-page budget — and the popup then takes
  // about a second more to find that a farm of links is no article — or just past it, and the
  // reader is told it took too long. Both are right; what the reader must never see is a popup
  // still waiting after its own wait (EXTRACT_TIMEOUT_MS) and a second to finish what came back.
  // read-page-deadline.test.ts covers the in-page stop itself.
  it('settles within the popup’s wait: too long, no article, or the article', () => {
    const tooLong = 'The page took too long to read. Try again once it has finished loading.';
    expect(popupSettledMs).toBeLessThan(EXTRACT_TIMEOUT_MS + 1_000);
    if (seen.view === 'article') return;
    expect(seen.view).toBe('status');
    expect([tooLong, "This page doesn't look like an article."]).toContain(seen.statusMessage);
  });

  it('leaves the tab answering within 1 s of the popup giving up', () => {
    expect(tabFreeMs).toBeLessThan(EXTRACT_TIMEOUT_MS + 1_000);
  });
});
