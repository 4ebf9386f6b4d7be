import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { linkHeavyHtml } from '../../scripts/lib/link-heavy-page';
import { EXTRACT_TIMEOUT_MS } from '../../clients/extract-client';
import { startTestServer, type TestServer } from './support/test-server';
import { CHROME_E2E_BUILD } from './support/builds';
import { launchChromiumWithExtension, popupUrlFor, type ChromiumWithExtension } from './support/chromium';
import { PopupPage, type PopupSnapshot } from './support/popup';

const FARM_PATH = '/generated/link-farm.html';

/** How long `page` takes to run `1 + 1`: the time its main thread was still busy. */
async function answersAfter(page: Page): Promise<number> {
  const asked = performance.now();
  await page.evaluate(() => 1 + 1);
  return performance.now() - asked;
}

describe('Chromium (e2e build): a 1.9 MB link farm does not freeze the tab past the popup’s wait', () => {
  let server: TestServer;
  let chromium: ChromiumWithExtension;
  let tab: Page;
  let seen: PopupSnapshot;
  /** From opening the popup to the tab running `1 + 1`. */
  let tabFreeMs: number;
  let popupSettledMs: number;

  beforeAll(async () => {
    const farm = linkHeavyHtml();
    server = await startTestServer({ [FARM_PATH]: () => farm });
    chromium = await launchChromiumWithExtension(CHROME_E2E_BUILD);
    tab = await chromium.context.newPage();
    await tab.goto(server.url(FARM_PATH), { waitUntil: 'load' });
    const popupUrl = await popupUrlFor(chromium, tab);
    const popup = await chromium.context.newPage();
    const opened = performance.now();
    await popup.goto(popupUrl);
    seen = await new PopupPage((fn) => popup.evaluate(fn)).settled(EXTRACT_TIMEOUT_MS + 5_000);
    popupSettledMs = performance.now() - opened;
    // The extractor may still be running: ask the tab once it has had a moment to start.
    await answersAfter(tab);
    tabFreeMs = performance.now() - opened;
    console.log(`[timing] link farm: popup settled after ${Math.round(popupSettledMs)} ms, tab free after ${Math.round(tabFreeMs)} ms`);
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('serves a page of 1.9 MB with more than 20,000 links, under the element cap', async () => {
    const size = await tab.evaluate(() => ({ links: document.links.length, elements: document.getElementsByTagName('*').length }));
    expect(linkHeavyHtml().length).toBeGreaterThanOrEqual(1_900_000);
    expect(size.links).toBeGreaterThan(20_000);
    expect(size.elements).toBeLessThan(100_000);
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

  it('answers at once afterwards: the extractor has stopped', async () => {
    expect(await answersAfter(tab)).toBeLessThan(1_000);
  });
});
