import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE_READY_MARK } from '../../components/library/PeopleView';
import { CHROME_E2E_BUILD, launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium';
import { SAVED } from './support/people-articles';
import type { LibraryHookWindow } from './support/library-hooks';

/**
 * The library as a research tool, in Chromium: articles saved through the Save button's own
 * path, the People view opened from the library page (its code fetched then), a speaker
 * found by typing his name without diacritics, his quotes exported as Markdown, and the
 * library's citations downloaded as BibTeX, RIS and CSL-JSON, with the network off.
 */

const SCREENSHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
const shot = (name: string): string => `${SCREENSHOTS}library-people-${name}.png`;

async function download(page: Page, click: () => Promise<void>): Promise<{ text: string; fileName: string }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), click()]);
  return { text: await readFile(await file.path(), 'utf8'), fileName: file.suggestedFilename() };
}

describe('Chromium (e2e build): People and citations', () => {
  let chromium: ChromiumWithExtension;
  let library: Page;

  beforeAll(async () => {
    chromium = await launchChromiumWithExtension(CHROME_E2E_BUILD);
    library = await chromium.context.newPage();
    await library.setViewportSize({ width: 1100, height: 820 });
    await library.goto(`chrome-extension://${chromium.extensionId}/library.html`);
    const failures = await library.evaluate(async (items) => {
      const hook = (window as unknown as LibraryHookWindow).ledeLibraryE2E;
      const db = await hook.openLibrary();
      const results = [];
      for (const [saved, items_] of items) results.push(await hook.saveOutline(db, saved, items_));
      db.close();
      return results.filter((result) => !result.ok).length;
    }, SAVED);
    expect(failures).toBe(0);
    await chromium.context.setOffline(true);
    await library.reload();
    await library.locator('.library-item').first().waitFor();
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('lists the people quoted, one Nguyễn Văn Quang for two spellings, and finds him typed without diacritics', async () => {
    await library.getByRole('button', { name: 'People', exact: true }).click();
    await library.locator('.person-row').first().waitFor({ timeout: 15_000 });
    const ready = await library.evaluate((mark) => (performance.getEntriesByName(mark)[0] as PerformanceMark | undefined)?.detail as { ms: number; people: number } | undefined, PEOPLE_READY_MARK);
    console.log(`[timing] People view of 3 articles: ${ready?.ms.toFixed(1)} ms from opening to listed`);
    expect(ready?.people).toBe(3);
    expect(await library.locator('.person-name').allTextContents()).toEqual(['Nguyễn Văn Quang', 'Phạm Đức Sơn', 'Trần Thị Mai']);

    await library.locator('.people-search').fill('nguyen van quang');
    await library.locator('.library-count', { hasText: /^1 person quoted$/u }).waitFor();
    expect(await library.locator('.person-name').allTextContents()).toEqual(['Nguyễn Văn Quang']);
    expect(await library.locator('.person-row .library-item-meta').textContent()).toMatch(/^Chủ tịch UBND quận · 2 quotes · /u);
    await library.screenshot({ path: shot('search') });
  });

  it("shows his quotes by article and exports them as Markdown with citations", async () => {
    await library.locator('.person-name').click();
    await library.locator('#person-name').waitFor();
    expect(await library.locator('.person-article-title').allTextContents()).toEqual(['Quận Đống Đa hoàn thành 12 trường học mới', 'Cầu Tứ Liên khởi công trong tháng 10']);
    await library.screenshot({ path: shot('person') });
    const markdown = await download(library, () => library.getByRole('button', { name: 'Export quotes as Markdown' }).click());
    expect(markdown.fileName).toBe('lede-quotes-nguyen-van-quang.md');
    expect(markdown.text).toMatch(/^# Nguyễn Văn Quang\n\nChủ tịch UBND quận · 2 quotes\n/u);
    expect(markdown.text).toContain('> Mười hai trường sẽ đón học sinh từ tháng 9');
    expect(markdown.text).toMatch(/- \[@le2025quan\] Lê, Minh \(2025-10-02\)\. Quận Đống Đa hoàn thành 12 trường học mới\. \*Tin Hà Nội\*\./u);

    // The title opens the saved article; Back returns to People.
    await library.locator('.person-article-title button').first().click();
    await library.locator('.saved-item-title').waitFor();
    expect(await library.locator('.saved-item-title').textContent()).toBe('Quận Đống Đa hoàn thành 12 trường học mới');
  });

  it('exports citations of one article, then of the whole library, in each format', async () => {
    const one = await download(library, () => library.getByRole('group', { name: 'Cite this article:' }).getByRole('button', { name: 'RIS' }).click());
    expect(one.fileName).toMatch(/^lede-citations-\d{4}-\d{2}-\d{2}\.ris$/u);
    expect(one.text.split('\r\n').filter((line) => /^(?:TI|AU|T2|DA|LA) {2}- /u.test(line))).toEqual([
      'TI  - Quận Đống Đa hoàn thành 12 trường học mới',
      'AU  - Lê, Minh',
      'T2  - Tin Hà Nội',
      'DA  - 2025/10/02/',
      'LA  - vi',
    ]);
    await library.getByRole('button', { name: 'Back to the library' }).click();
    await library.getByRole('button', { name: 'Articles', exact: true }).click();
    await library.locator('.library-item').first().waitFor();

    const cite = library.getByRole('group', { name: 'Cite all:' });
    const bibtex = await download(library, () => cite.getByRole('button', { name: 'BibTeX' }).click());
    expect(bibtex.text.match(/^@article\{/gmu)).toHaveLength(3);
    expect(bibtex.text).toContain('author = {Nguyễn, Thu Hà}');
    expect(bibtex.text).toContain('author = {{TTXVN}}');
    const csl = JSON.parse((await download(library, () => cite.getByRole('button', { name: 'CSL-JSON' }).click())).text) as { title: string }[];
    expect(csl.map((item) => item.title).sort()).toEqual(SAVED.map(([saved]) => saved.title).sort());
    await library.screenshot({ path: shot('articles-cite') });
  });

  it('merges Trần Thị Mai into Nguyễn Văn Quang by hand, keeps the merge after a reload, and separates them again', async () => {
    await library.reload();
    await library.locator('.library-item').first().waitFor();
    await library.getByRole('button', { name: 'People', exact: true }).click();
    await library.locator('.person-name', { hasText: 'Nguyễn Văn Quang' }).click();
    await library.locator('#person-name').waitFor();
    await library.locator('.person-merge-search').fill('tran thi');
    await library.locator('.person-merge-candidate', { hasText: 'Trần Thị Mai' }).getByRole('button', { name: 'Merge into this person' }).click();
    await library.locator('.person-merged-name', { hasText: 'Trần Thị Mai' }).waitFor();
    expect(await library.locator('.person-quote').count()).toBe(3);
    await library.screenshot({ path: shot('merged') });

    await library.reload();
    await library.locator('.library-item').first().waitFor();
    await library.getByRole('button', { name: 'People', exact: true }).click();
    await library.locator('.person-row').first().waitFor({ timeout: 15_000 });
    expect(await library.locator('.person-name').allTextContents()).toEqual(['Nguyễn Văn Quang', 'Phạm Đức Sơn']);
    expect(await library.locator('.person-row .library-item-meta').first().textContent()).toMatch(/^Chủ tịch UBND quận · 3 quotes · /u);
    // Found by the merged person's name too.
    await library.locator('.people-search').fill('tran thi mai');
    await library.locator('.library-count', { hasText: /^1 person quoted$/u }).waitFor();

    await library.locator('.person-name').click();
    await library.getByRole('button', { name: 'Separate' }).click();
    await library.locator('.person-merged').waitFor({ state: 'detached' });
    expect(await library.locator('.person-quote').count()).toBe(2);
    await library.locator('.person .saved-item-actions').getByRole('button', { name: 'People', exact: true }).click();
    await library.locator('.people-search').fill('');
    await library.locator('.library-count', { hasText: /^3 people quoted$/u }).waitFor();
    expect(await library.locator('.person-name').allTextContents()).toEqual(['Nguyễn Văn Quang', 'Phạm Đức Sơn', 'Trần Thị Mai']);
  });
});
