import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIMELINE_READY_MARK } from '../../components/library/TimelineView';
import { CHROME_E2E_BUILD, launchChromiumOnCopy, type ChromiumWithExtension } from './support/chromium';
import { BY_MONTH, TIMELINE_RECORDS } from './support/timeline-articles';
import type { LibraryHookWindow } from './support/library-hooks';

/**
 * The Timeline in Chromium, by keyboard only: opened from the library's views (its code
 * fetched then), five saved articles by month across two years, the one without a publish
 * date at its save and labelled so; grouped by tag, a group opened, an article opened from
 * it and Back to the same place.
 */

const SCREENSHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
const shot = (name: string): string => `${SCREENSHOTS}library-timeline-${name}.png`;

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

describe('Chromium (e2e build): the Timeline', () => {
  let chromium: ChromiumWithExtension;
  let library: Page;

  beforeAll(async () => {
    chromium = await launchChromiumOnCopy(CHROME_E2E_BUILD);
    library = await chromium.context.newPage();
    await library.setViewportSize({ width: 1100, height: 820 });
    await library.goto(`chrome-extension://${chromium.extensionId}/library.html`);
    const failure = await library.evaluate(async (records) => {
      const hook = (window as unknown as LibraryHookWindow).ledeLibraryE2E;
      const db = await hook.openLibrary();
      const result = await hook.putRecords(db, records);
      db.close();
      return result.ok ? null : result.message;
    }, TIMELINE_RECORDS);
    expect(failure).toBeNull();
    await library.reload();
    await library.locator('.library-item').first().waitFor();
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('lists the articles by month, newest first, the undated one at its save and labelled', async () => {
    await library.getByRole('button', { name: 'Timeline', exact: true }).focus();
    await library.keyboard.press('Enter');
    await library.locator('.timeline-entry').nth(4).waitFor({ timeout: 15_000 });
    // The mark is set by an effect, which Preact runs after the frame that shows the entries:
    // under load the entries can be in the DOM a frame before it, so wait for the mark itself.
    const handle = await library.waitForFunction((mark) => (performance.getEntriesByName(mark)[0] as PerformanceMark | undefined)?.detail as { ms: number; entries: number } | undefined, TIMELINE_READY_MARK, { timeout: 15_000 });
    const ready = (await handle.jsonValue()) as { ms: number; entries: number } | undefined;
    console.log(`[timing] Timeline of 5 articles: ${ready?.ms.toFixed(1)} ms from opening to shown`);
    expect(ready?.entries).toBe(5);
    expect(await texts(library, '.timeline-month-heading')).toEqual(BY_MONTH.map(([month]) => `${month} 1`));
    expect(await texts(library, '.timeline-title')).toEqual(BY_MONTH.flatMap(([, titles]) => titles));
    expect(await texts(library, '.timeline-date')).toEqual(['saved Nov 3, 2025 (no publish date)', 'Oct 2, 2025', 'Sep 20, 2025', 'Jan 1, 2025', 'Dec 30, 2024']);
    await library.screenshot({ path: shot('month') });
  });

  it('groups by tag, opens a group and an article from it by keyboard, and Back returns to it', async () => {
    await library.getByLabel('Group by').focus();
    await library.getByLabel('Group by').selectOption('tag');
    const toggles = library.locator('.timeline-group-toggle');
    expect(await toggles.allTextContents()).toEqual(['bầu cử 1', 'giao thông 1', 'Hà Nội 2', 'thời tiết 1', 'No tag 1']);
    await toggles.nth(2).focus();
    await library.keyboard.press('Enter');
    expect(await toggles.nth(2).getAttribute('aria-expanded')).toBe('true');
    expect(await texts(library, '.timeline-title')).toEqual(['Quận Đống Đa hoàn thành 12 trường học mới', 'Cầu Tứ Liên khởi công trong tháng 10']);
    await library.screenshot({ path: shot('tag') });

    // The next Tab stop after the group's button is its newest article.
    await library.keyboard.press('Tab');
    expect(await library.evaluate(() => document.activeElement?.textContent)).toBe('Quận Đống Đa hoàn thành 12 trường học mới');
    await library.keyboard.press('Enter');
    await library.locator('.saved-item-title').waitFor();
    expect(await library.locator('.saved-item-title').textContent()).toBe('Quận Đống Đa hoàn thành 12 trường học mới');
    await library.getByRole('button', { name: 'Back to the library' }).click();
    await library.locator('.timeline-title').first().waitFor();
    expect(await toggles.nth(2).getAttribute('aria-expanded')).toBe('true');
    expect(await texts(library, '.timeline-title')).toEqual(['Quận Đống Đa hoàn thành 12 trường học mới', 'Cầu Tứ Liên khởi công trong tháng 10']);
  });
});
