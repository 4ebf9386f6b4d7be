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
    await library.locator('.person-merged').getByRole('button', { name: 'Separate' }).click();
    await library.locator('.person-merged').waitFor({ state: 'detached' });
    expect(await library.locator('.person-quote').count()).toBe(2);
    await library.locator('.person .saved-item-actions').getByRole('button', { name: 'People', exact: true }).click();
    await library.locator('.people-search').fill('');
    await library.locator('.library-count', { hasText: /^3 people quoted$/u }).waitFor();
    expect(await library.locator('.person-name').allTextContents()).toEqual(['Nguyễn Văn Quang', 'Phạm Đức Sơn', 'Trần Thị Mai']);
  });

  it('shows where his quotes come from, separates the speaker of one article Lede merged on its own, keeps that after a reload, a later save and in the JSON export, and merges it back', async () => {
    // hasText with a string ignores case: "NGUYỄN VĂN QUANG" would find "Nguyễn Văn Quang".
    const open = async (name: string) => {
      await library.locator('.person-name', { hasText: new RegExp(`^${name}$`, 'u') }).click();
      await library.locator('#person-name').waitFor();
    };
    const listedPeople = async (count: number) => {
      await library.locator('.library-count', { hasText: new RegExp(`^${count} people quoted$`, 'u') }).waitFor();
      return library.locator('.person-row').evaluateAll((rows) => rows.map((row) => [row.querySelector('.person-name')?.textContent, row.querySelector('.library-item-meta')?.textContent?.replace(/ · [^·]*$/u, '')]));
    };
    await open('Nguyễn Văn Quang');
    // Two articles, the same name and role once folded: one person, made by Lede, shown article by article.
    expect(await library.locator('.person-source-name').allTextContents()).toEqual(['NGUYỄN VĂN QUANG', 'Nguyễn Văn Quang']);
    // Role, article, site, date (in the browser's locale), quotes.
    const metas = (await library.locator('.person-source .library-item-meta').allTextContents()).map((meta) => meta.split(' · '));
    expect(metas.map((parts) => [...parts.slice(0, 3), parts.at(-1)])).toEqual([
      ['chủ tịch UBND quận', 'Quận Đống Đa hoàn thành 12 trường học mới', 'Tin Hà Nội', '1 quote'],
      ['Chủ tịch UBND quận', 'Cầu Tứ Liên khởi công trong tháng 10', 'Tin Hà Nội', '1 quote'],
    ]);
    await library.screenshot({ path: shot('sources'), fullPage: true });
    await library.locator('.person-source', { hasText: 'Quận Đống Đa' }).getByRole('button', { name: 'Separate' }).click();
    await library.locator('.person-separated-name').waitFor();
    expect(await library.locator('.person-quote').allTextContents()).toEqual(['Chúng tôi sẽ giải phóng mặt bằng trước tháng 10']);
    expect(await library.locator('.person-separated .library-item-meta').textContent()).toBe('chủ tịch UBND quận · 1 quote');
    // The one article left is the whole person: nothing more to separate.
    expect(await library.locator('.person-source button').count()).toBe(0);
    await library.screenshot({ path: shot('separated'), fullPage: true });

    await library.locator('.person .saved-item-actions').getByRole('button', { name: 'People', exact: true }).click();
    expect(await listedPeople(4)).toEqual([
      ['Phạm Đức Sơn', 'chuyên gia · 1 quote'],
      ['NGUYỄN VĂN QUANG', 'chủ tịch UBND quận · 1 quote'],
      ['Nguyễn Văn Quang', 'Chủ tịch UBND quận · 1 quote'],
      ['Trần Thị Mai', 'người dân · 1 quote'],
    ]);
    await library.locator('.people-search').fill('nguyen van quang');
    await library.locator('.library-count', { hasText: /^2 people quoted$/u }).waitFor();

    // A later article with the same name and role joins the person Lede made, not the one separated.
    const [first] = SAVED;
    if (!first) throw new Error('no saved article');
    const failures = await library.evaluate(async ([saved, outline]) => {
      const hook = (window as unknown as LibraryHookWindow).ledeLibraryE2E;
      const db = await hook.openLibrary();
      const result = await hook.saveOutline(db, { ...saved, url: 'https://tin.example.vn/bai-viet/4.html', title: 'Quận khởi công cầu mới', published: '2025-10-06T08:00:00+07:00' }, { ...outline, quotes: [{ text: 'Cầu mới xong trong hai năm', speaker: 'Nguyễn Văn Quang', role: 'Chủ tịch UBND quận', kind: 'direct', anchor: { block: 1 } }] });
      db.close();
      return result.ok ? 0 : 1;
    }, first);
    expect(failures).toBe(0);
    await library.reload();
    await library.locator('.library-item').first().waitFor();
    const exported = await download(library, () => library.getByRole('button', { name: 'Export all as JSON' }).click());
    const file = JSON.parse(exported.text) as { version: number; people?: { splits?: { speaker: string; into: string }[] } };
    expect(file.version).toBe(3);
    expect(file.people?.splits?.map((split) => split.speaker)).toEqual(['nguyen van quang|chu tich ubnd quan']);
    expect(file.people?.splits?.[0]?.into).toMatch(/^nguyen van quang\|chu tich ubnd quan\|[\w-]+$/u);
    await library.getByRole('button', { name: 'People', exact: true }).click();
    await library.locator('.person-row').first().waitFor({ timeout: 15_000 });
    expect((await listedPeople(4)).slice(0, 2)).toEqual([
      ['Nguyễn Văn Quang', 'Chủ tịch UBND quận · 2 quotes'],
      ['Phạm Đức Sơn', 'chuyên gia · 1 quote'],
    ]);

    await open('NGUYỄN VĂN QUANG');
    expect(await library.locator('.person-separated-from').textContent()).toBe('Separated by hand from Nguyễn Văn Quang. Merge back');
    await library.locator('.person-separated-from').getByRole('button', { name: 'Merge back' }).click();
    await library.locator('#person-name', { hasText: 'Nguyễn Văn Quang' }).waitFor();
    await library.locator('.person-quote').nth(2).waitFor();
    expect(await library.locator('.person-quote').count()).toBe(3);
    expect(await library.locator('.person-separated').count()).toBe(0);
    await library.locator('.person .saved-item-actions').getByRole('button', { name: 'People', exact: true }).click();
    expect((await listedPeople(3))[0]).toEqual(['Nguyễn Văn Quang', 'Chủ tịch UBND quận · 3 quotes']);
  });
});
