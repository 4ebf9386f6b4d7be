import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../utils/article/types';
import type { Outline } from '../../utils/outline/types';
import { FIREFOX_E2E_BUILD } from './support/builds';
import { clickButton, launchFirefoxWithExtension, navigateToExtensionPage, pollPage, setFirefoxViewport, typeInto, type FirefoxWithExtension } from './support/firefox';
import { startTestServer, type TestServer } from './support/test-server';
import { SAVED } from './support/people-articles';
import type { LibraryHookWindow } from './support/library-hooks';

/**
 * The People view and citations in Firefox ESR: the same three articles as
 * chromium-people.test.ts, the speaker found without diacritics, his quotes and the
 * library's BibTeX read from the download folder (Puppeteer's BiDi side has no download events).
 */

const SCREENSHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));

/** A finished download whose name matches: Firefox writes into `name.part` first. */
function waitForDownload(dir: string, name: RegExp, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const look = (): void => {
      const files = readdirSync(dir);
      const fileName = files.find((f) => name.test(f));
      const text = fileName && !files.includes(`${fileName}.part`) ? readFileSync(join(dir, fileName), 'utf8') : '';
      if (text !== '') resolve(text);
      else if (Date.now() > deadline) reject(new Error(`no finished download matching ${name} in ${dir}: ${files.join(', ') || 'empty'}`));
      else setTimeout(look, 100);
    };
    look();
  });
}

/** Clicks the button whose text is `label` (inside `scope`, a selector, when given). */
describe('Firefox ESR (e2e build): People and citations', () => {
  let server: TestServer;
  let firefox: FirefoxWithExtension;
  let downloads: string;
  let library: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    downloads = mkdtempSync(join(tmpdir(), 'lede-ff-people-'));
    server = await startTestServer();
    firefox = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD, { downloadDir: downloads });
    library = await firefox.browser.newPage();
    await setFirefoxViewport(library, { width: 1100, height: 820 });
    await library.goto(server.url('/pages/start.html'));
    await navigateToExtensionPage(library, 'library.html');
    await pollPage(library, () => ('ledeLibraryE2E' in window && location.protocol === 'moz-extension:' ? true : null), undefined, 'the library page');
    const failures = await library.evaluate(async (items: [Article, Outline][]) => {
      const hook = (window as unknown as LibraryHookWindow).ledeLibraryE2E;
      const db = await hook.openLibrary();
      const results = [];
      for (const [saved, outline] of items) results.push(await hook.saveOutline(db, saved, outline));
      db.close();
      return results.filter((result) => !result.ok).length;
    }, SAVED);
    expect(failures).toBe(0);
    // page.reload() waits for a navigation event BiDi does not send for extension pages.
    await library.evaluate(() => setTimeout(() => location.reload(), 0));
    await pollPage(library, () => (document.querySelectorAll('.library-item').length === 3 ? true : null), undefined, 'three saved articles listed');
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('finds Nguyễn Văn Quang typed without diacritics, with both spellings as one person', async () => {
    await clickButton(library, 'People', '.library-views');
    const names = await pollPage(library, () => {
      const rows = [...document.querySelectorAll('.person-name')].map((el) => el.textContent ?? '');
      return rows.length === 3 ? rows : null;
    }, undefined, 'three people listed');
    expect(names).toEqual(['Nguyễn Văn Quang', 'Phạm Đức Sơn', 'Trần Thị Mai']);
    await typeInto(library, '.people-search', 'nguyen van quang');
    const found = await pollPage(library, () => {
      const rows = [...document.querySelectorAll('.person-row')].map((el) => el.textContent ?? '');
      return rows.length === 1 ? rows[0] : null;
    }, undefined, 'one person found');
    expect(found).toMatch(/^Nguyễn Văn QuangChủ tịch UBND quận · 2 quotes · /u);
    await library.screenshot({ path: `${SCREENSHOTS}firefox-library-people-search.png` });
  });

  it('exports his quotes as Markdown and the library as BibTeX', async () => {
    await clickButton(library, 'Nguyễn Văn Quang', '.people-list');
    await pollPage(library, () => document.querySelector('#person-name')?.textContent ?? null, undefined, 'the person view');
    await clickButton(library, 'Export quotes as Markdown');
    const markdown = await waitForDownload(downloads, /^lede-quotes-nguyen-van-quang\.md$/u);
    expect(markdown).toMatch(/^# Nguyễn Văn Quang\n\nChủ tịch UBND quận · 2 quotes\n/u);
    expect(markdown).toContain('> Chúng tôi sẽ giải phóng mặt bằng trước tháng 10');

    await clickButton(library, 'Articles', '.library-views');
    await pollPage(library, () => (document.querySelector('.citation-export') ? true : null), undefined, 'the article list');
    await clickButton(library, 'BibTeX', '.citation-export');
    const bibtex = await waitForDownload(downloads, /^lede-citations-\d{4}-\d{2}-\d{2}\.bib$/u);
    expect(bibtex.match(/^@article\{/gmu)).toHaveLength(3);
    expect(bibtex).toContain('author = {{TTXVN}}');
  });

  it('merges Trần Thị Mai into Nguyễn Văn Quang by hand, keeps the merge after a reload, and separates them again', async () => {
    const listed = (count: number) =>
      pollPage(library, (n) => {
        const rows = [...document.querySelectorAll('.person-name')].map((el) => el.textContent ?? '');
        return rows.length === n ? rows : null;
      }, count, `${count} people listed`);
    await clickButton(library, 'People', '.library-views');
    await listed(3);
    await clickButton(library, 'Nguyễn Văn Quang', '.people-list');
    await pollPage(library, () => document.querySelector('#person-name')?.textContent ?? null, undefined, 'the person view');
    await typeInto(library, '.person-merge-search', 'tran thi');
    await pollPage(library, () => (document.querySelector('.person-merge-candidate') ? true : null), undefined, 'a merge candidate');
    await clickButton(library, 'Merge into this person', '.person-merge-candidate');
    const merged = await pollPage(library, () => document.querySelector('.person-merged-name')?.textContent ?? null, undefined, 'the merged person');
    expect(merged).toBe('Trần Thị Mai');
    expect(await pollPage(library, () => (document.querySelectorAll('.person-quote').length === 3 ? 3 : null), undefined, 'three quotes')).toBe(3);

    await library.evaluate(() => setTimeout(() => location.reload(), 0));
    await pollPage(library, () => (document.querySelectorAll('.library-item').length === 3 ? true : null), undefined, 'the list after reload');
    await clickButton(library, 'People', '.library-views');
    expect(await listed(2)).toEqual(['Nguyễn Văn Quang', 'Phạm Đức Sơn']);
    await clickButton(library, 'Nguyễn Văn Quang', '.people-list');
    await pollPage(library, () => document.querySelector('.person-merged-name')?.textContent ?? null, undefined, 'the merged person after reload');
    await clickButton(library, 'Separate', '.person-merged');
    await pollPage(library, () => (document.querySelector('.person-merged') === null && document.querySelectorAll('.person-quote').length === 2 ? true : null), undefined, 'the merge undone');
    await clickButton(library, 'People', '.saved-item-actions');
    expect(await listed(3)).toEqual(['Nguyễn Văn Quang', 'Phạm Đức Sơn', 'Trần Thị Mai']);
    await library.screenshot({ path: `${SCREENSHOTS}firefox-library-people-separated.png` });
  });

  it('separates the speaker of one article Lede merged on its own, keeps that after a reload and in the JSON export, and merges it back', async () => {
    const listed = (count: number) =>
      pollPage(library, (n) => {
        const rows = [...document.querySelectorAll('.person-row')].map((row) => [row.querySelector('.person-name')?.textContent ?? '', row.querySelector('.library-item-meta')?.textContent?.replace(/ · [^·]*$/u, '') ?? '']);
        return rows.length === n ? rows : null;
      }, count, `${count} people listed`);
    await clickButton(library, 'Nguyễn Văn Quang', '.people-list');
    const sources = await pollPage(library, () => {
      const rows = [...document.querySelectorAll('.person-source-name')].map((el) => el.textContent ?? '');
      return rows.length === 2 ? rows : null;
    }, undefined, 'where his quotes come from');
    expect(sources).toEqual(['NGUYỄN VĂN QUANG', 'Nguyễn Văn Quang']);
    const clicked = await library.evaluate(() => {
      const button = [...document.querySelectorAll('.person-source')].find((row) => row.textContent?.includes('Quận Đống Đa'))?.querySelector('button');
      button?.click();
      return button?.textContent ?? null;
    });
    expect(clicked).toBe('Separate');
    expect(await pollPage(library, () => document.querySelector('.person-separated-name')?.textContent ?? null, undefined, 'the separated speaker')).toBe('NGUYỄN VĂN QUANG');
    expect(await library.evaluate(() => [...document.querySelectorAll('.person-quote')].map((el) => el.textContent))).toEqual(['Chúng tôi sẽ giải phóng mặt bằng trước tháng 10']);
    await library.screenshot({ path: `${SCREENSHOTS}firefox-library-people-separated-speaker.png`, fullPage: true });

    await library.evaluate(() => setTimeout(() => location.reload(), 0));
    await pollPage(library, () => (document.querySelectorAll('.library-item').length === 3 ? true : null), undefined, 'the list after reload');
    await clickButton(library, 'Export all as JSON');
    const file = JSON.parse(await waitForDownload(downloads, /^lede-library-\d{4}-\d{2}-\d{2}\.json$/u)) as { version: number; people?: { splits?: { speaker: string }[] } };
    expect([file.version, file.people?.splits?.map((split) => split.speaker)]).toEqual([3, ['nguyen van quang|chu tich ubnd quan']]);
    await clickButton(library, 'People', '.library-views');
    expect(await listed(4)).toEqual([
      ['Phạm Đức Sơn', 'chuyên gia · 1 quote'],
      ['NGUYỄN VĂN QUANG', 'chủ tịch UBND quận · 1 quote'],
      ['Nguyễn Văn Quang', 'Chủ tịch UBND quận · 1 quote'],
      ['Trần Thị Mai', 'người dân · 1 quote'],
    ]);

    await clickButton(library, 'NGUYỄN VĂN QUANG', '.people-list');
    expect(await pollPage(library, () => document.querySelector('.person-separated-from')?.firstChild?.textContent ?? null, undefined, 'where he was separated from')).toBe('Separated by hand from Nguyễn Văn Quang.');
    await clickButton(library, 'Merge back', '.person-separated-from');
    await pollPage(library, () => (document.querySelector('#person-name')?.textContent === 'Nguyễn Văn Quang' && document.querySelectorAll('.person-quote').length === 2 ? true : null), undefined, 'merged back into Nguyễn Văn Quang');
    await clickButton(library, 'People', '.saved-item-actions');
    expect((await listed(3))[0]).toEqual(['Nguyễn Văn Quang', 'Chủ tịch UBND quận · 2 quotes']);
  });
});
