import type { Page, Worker } from 'playwright-core';
import { clickToolbarButton, type ChromiumWithExtension, type RawTarget } from './chromium';

/** The slice of `chrome` these helpers call inside the service worker. */
interface WorkerChrome {
  chrome: { action: { getPopup(details: object): Promise<string> } };
}

/** Polls the panel (or the real popup) until `check` returns something other than null. */
export async function waitInPanel<T>(panel: RawTarget, check: () => T | null, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const seen = await panel.evaluate(check).catch(() => null);
    if (seen !== null) return seen;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const shown = await panel.evaluate(() => document.body.innerText.slice(0, 300)).catch(() => '?');
  throw new Error(`${what}: not seen in the panel within ${timeoutMs} ms; it shows: ${shown}`);
}

async function waitForNoPopup(worker: Worker): Promise<void> {
  const deadline = Date.now() + 5000;
  while ((await worker.evaluate(() => (globalThis as unknown as WorkerChrome).chrome.action.getPopup({}))) !== '') {
    if (Date.now() > deadline) throw new Error('the toolbar button kept its popup');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The reader picks "Lede's toolbar button opens: Side panel" in the popup's reading settings,
 * with real clicks; resolves once the background has taken the popup off the button.
 */
export async function chooseSidePanel(chromium: ChromiumWithExtension, page: Page): Promise<void> {
  const popup = await clickToolbarButton(chromium, page);
  await waitInPanel(popup, () => document.querySelector('.settings-toggle'), 'the settings button');
  await popup.click('.settings-toggle');
  await waitInPanel(popup, () => document.querySelector('input[name="toolbarOpens"][value="panel"]'), 'the toolbar choice');
  await popup.click('input[name="toolbarOpens"][value="panel"]');
  await waitForNoPopup(chromium.worker);
  await popup.close();
}
