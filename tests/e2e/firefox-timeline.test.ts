import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedOutline } from '../../utils/library/schema';
import { FIREFOX_E2E_BUILD } from './support/builds';
import { launchFirefoxWithExtension, navigateToExtensionPage, pollPage, setFirefoxViewport, type FirefoxWithExtension } from './support/firefox';
import { startTestServer, type TestServer } from './support/test-server';
import { BY_MONTH, TIMELINE_RECORDS } from './support/timeline-articles';
import type { LibraryHookWindow } from './support/library-hooks';

/**
 * The Timeline in Firefox ESR: the same five articles as chromium-timeline.test.ts by month,
 * then by site with a group opened from the keyboard, and an article opened from it.
 */

const SCREENSHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));

/** Focuses the first visible element matching `selector` whose text is `label`. */
async function focusByText(page: Page, selector: string, label: string): Promise<void> {
  const focused = await page.evaluate(
    ({ within, text }) => {
      const target = [...document.querySelectorAll<HTMLElement>(within)].find((el) => el.textContent?.trim() === text && el.offsetParent !== null);
      target?.focus();
      return target !== undefined && document.activeElement === target;
    },
    { within: selector, text: label },
  );
  if (!focused) throw new Error(`nothing visible to focus: ${selector} "${label}"`);
}

const texts = (page: Page, selector: string) => page.evaluate((within) => [...document.querySelectorAll(within)].map((el) => el.textContent ?? ''), selector);

describe('Firefox ESR (e2e build): the Timeline', () => {
  let server: TestServer;
  let firefox: FirefoxWithExtension;
  let library: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startTestServer();
    firefox = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD);
    library = await firefox.browser.newPage();
    await setFirefoxViewport(library, { width: 1100, height: 820 });
    await library.goto(server.url('/pages/start.html'));
    await navigateToExtensionPage(library, 'library.html');
    await pollPage(library, () => ('ledeLibraryE2E' in window && location.protocol === 'moz-extension:' ? true : null), undefined, 'the library page');
    const failure = await library.evaluate(async (records: SavedOutline[]) => {
      const hook = (window as unknown as LibraryHookWindow).ledeLibraryE2E;
      const db = await hook.openLibrary();
      const result = await hook.putRecords(db, records);
      db.close();
      return result.ok ? null : result.message;
    }, TIMELINE_RECORDS);
    expect(failure).toBeNull();
    // page.reload() waits for a navigation event BiDi does not send for extension pages.
    await library.evaluate(() => setTimeout(() => location.reload(), 0));
    await pollPage(library, () => (document.querySelectorAll('.library-item').length === 5 ? true : null), undefined, 'five saved articles listed');
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('lists the articles by month, newest first, the undated one at its save and labelled', async () => {
    await focusByText(library, '.library-views button', 'Timeline');
    await library.keyboard.press('Enter');
    await pollPage(library, () => (document.querySelectorAll('.timeline-entry').length === 5 ? true : null), undefined, 'five articles on the timeline');
    expect(await texts(library, '.timeline-month-heading')).toEqual(BY_MONTH.map(([month]) => `${month} 1`));
    expect(await texts(library, '.timeline-title')).toEqual(BY_MONTH.flatMap(([, titles]) => titles));
    expect((await texts(library, '.timeline-date'))[0]).toBe('saved Nov 3, 2025 (no publish date)');
    await library.screenshot({ path: `${SCREENSHOTS}firefox-library-timeline-month.png` });
  });

  it('groups by site and opens a group and one of its articles from the keyboard', async () => {
    await library.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('.timeline-grouping select');
      if (!select) throw new Error('no grouping choice');
      select.value = 'site';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const groups = await pollPage(library, () => {
      const found = [...document.querySelectorAll('.timeline-group-toggle')].map((el) => el.textContent ?? '');
      return found.length > 0 ? found : null;
    }, undefined, 'the sites listed');
    expect(groups).toEqual(['Example News 1', 'Tin Hà Nội 2', 'VnExpress 2']);
    await focusByText(library, '.timeline-group-toggle', 'VnExpress 2');
    await library.keyboard.press('Enter');
    const titles = await pollPage(library, () => {
      const found = [...document.querySelectorAll('.timeline-title')].map((el) => el.textContent ?? '');
      return found.length === 2 ? found : null;
    }, undefined, 'the group opened');
    expect(titles).toEqual(['Mưa lớn ở miền Trung', 'Đêm bầu cử ở Hà Nội']);
    await library.screenshot({ path: `${SCREENSHOTS}firefox-library-timeline-site.png` });

    await library.keyboard.press('Tab');
    await library.keyboard.press('Enter');
    const opened = await pollPage(library, () => document.querySelector('.saved-item-title')?.textContent ?? null, undefined, 'the saved article');
    expect(opened).toBe('Mưa lớn ở miền Trung');
  });
});
