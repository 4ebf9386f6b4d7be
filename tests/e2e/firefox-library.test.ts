import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ExportedOutline } from '../../utils/library/schema';
import { FIREFOX_E2E_BUILD, POPUP_VIEWPORT } from './support/builds';
import { clickVisible, launchFirefoxWithExtension, navigateToExtensionPage, navigateToPopup, pollPage, setFirefoxViewport, typeInto, type FirefoxWithExtension } from './support/firefox';
import { PopupPage } from './support/popup';
import { SEED_PATH, startTestServer, type TestServer } from './support/test-server';
import { SEED_OUTLINE_ITEMS } from './support/seed-as-seen';
import { EXPECTED_FILTERS, filterTestRecords, importInPage, runFilterChecks } from './support/library-filters';
import { libraryToJson } from '../../utils/library/export';

const SCREENSHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
const LIBRARY_VIEWPORT = { width: 1280, height: 820 };
const SEED_TITLE = /^Đảng uy Khối Doanh nghiệp quận Đống Đa/u;
const EXPORT_NAME = /^lede-library-\d{4}-\d{2}-\d{2}\.json$/u;

const shot = (name: string): string => `${SCREENSHOTS}firefox-library-${name}.png`;

/** What the library page's list shows. */
interface LibrarySnapshot {
  total: string;
  titles: string[];
  /** "Nothing saved yet" or "No saved outline matches." when the list is empty. */
  empty: string | null;
}

/** Polls until the list says "`count` saved outlines" and shows that many rows (small counts: a page holds 50). */
function waitForTotal(page: Page, count: number): Promise<LibrarySnapshot> {
  // Runs in the page, so it must stay self-contained.
  const check = (want: number): LibrarySnapshot | null => {
    const seen = {
      total: document.querySelector('.library-total')?.textContent?.trim() ?? '',
      titles: Array.from(document.querySelectorAll('.library-item-title'), (el) => el.textContent?.trim() ?? ''),
      empty: document.querySelector('.library-muted')?.textContent?.trim() ?? null,
    };
    return seen.total.startsWith(`${want} `) && seen.titles.length === want ? seen : null;
  };
  return pollPage(page, check, count, `the library total "${count} saved outlines"`);
}

/** Clears the box, then types `text` key by key: the page gets a reader's input events. */
async function search(page: Page, text: string): Promise<void> {
  await typeInto(page, '.library-search-box input', text);
}

/**
 * Waits for a finished download in `dir` and returns it parsed. Firefox creates the file
 * empty at once and writes into `name.part` beside it, then moves that over it: a file only
 * counts once no `.part` is left and it parses.
 */
function waitForJsonDownload(dir: string, name: RegExp, timeoutMs = 20_000): Promise<{ fileName: string; json: unknown }> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const look = (): void => {
      const files = readdirSync(dir);
      const fileName = files.find((f) => name.test(f));
      if (fileName && !files.includes(`${fileName}.part`)) {
        try {
          resolve({ fileName, json: JSON.parse(readFileSync(join(dir, fileName), 'utf8')) as unknown });
          return;
        } catch {
          // Not all written yet: look again.
        }
      }
      if (Date.now() > deadline) reject(new Error(`no finished download matching ${name} in ${dir}: ${files.join(', ') || 'empty'}`));
      else setTimeout(look, 100);
    };
    look();
  });
}

describe('Firefox ESR (e2e build): the library', () => {
  let server: TestServer;
  let firefox: FirefoxWithExtension;
  let downloads: string;
  let library: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    downloads = mkdtempSync(join(tmpdir(), 'lede-ff-downloads-'));
    server = await startTestServer();
    firefox = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD, { downloadDir: downloads });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('saves the seed page from the popup ("Saved")', async () => {
    const seedUrl = server.url(SEED_PATH);
    const article = await firefox.browser.newPage();
    await article.goto(seedUrl);
    const popup = await firefox.browser.newPage();
    await setFirefoxViewport(popup, POPUP_VIEWPORT);
    await popup.goto(server.url('/pages/start.html'));
    await navigateToPopup(popup, seedUrl);
    const seen = await new PopupPage((fn) => popup.evaluate(fn)).settled();
    expect(seen.title).toMatch(SEED_TITLE);

    const started = performance.now();
    await clickVisible(popup, 'button.save-button');
    const label = await pollPage(
      popup,
      () => {
        const text = document.querySelector('button.save-button')?.textContent?.trim() ?? '';
        return text === 'Save' || text === 'Saving…' ? null : text;
      },
      undefined,
      'the Save button leaving "Save"',
    );
    console.log(`[timing] Firefox popup Save → "${label}": ${Math.round(performance.now() - started)} ms`);
    expect(label).toBe('Saved');
    await popup.screenshot({ path: shot('popup-saved') });
    await popup.close();
    await article.close();
  });

  it('lists it, finds it by "dang uy" (no diacritics) and opens it: title, text, outline', async () => {
    library = await firefox.browser.newPage();
    await setFirefoxViewport(library, LIBRARY_VIEWPORT);
    await library.goto(server.url('/pages/start.html'));
    const opened = performance.now();
    await navigateToExtensionPage(library, 'library.html');
    const first = await waitForTotal(library, 1);
    console.log(`[timing] Firefox library opened → list shown: ${Math.round(performance.now() - opened)} ms`);
    expect(first.total).toMatch(/^1 saved outline/u);
    expect(await library.evaluate(() => location.protocol)).toBe('moz-extension:');

    // One item matches any query; a query that matches nothing proves the box really filters.
    await search(library, 'khong co bai nao nhu the');
    expect((await waitForTotal(library, 0)).empty).toBe('No saved outline matches.');
    await search(library, 'dang uy');
    const found = await waitForTotal(library, 1);
    expect(found.titles[0]).toMatch(SEED_TITLE);
    await library.screenshot({ path: shot('search-dang-uy') });

    await clickVisible(library, '.library-item-title');
    const item = await pollPage(
      library,
      () => {
        const title = document.querySelector('.saved-item-title')?.textContent?.trim();
        const outlineItems = document.querySelectorAll('.saved-item nav.outline .outline-item').length;
        if (!title || outlineItems === 0) return null;
        return { title, body: document.querySelector('.saved-item .article-body')?.textContent ?? '', outlineItems };
      },
      undefined,
      'the opened item with its outline',
    );
    expect(item.title).toMatch(SEED_TITLE);
    expect(item.body).toMatch(/Ngày 25\/1|Báo cáo tại Hội nghị/u);
    expect(item.body.length).toBeGreaterThan(500);
    expect(item.outlineItems).toBe(SEED_OUTLINE_ITEMS);
    await library.screenshot({ path: shot('item') });

    await clickVisible(library, 'button', 'Back to the library');
    await waitForTotal(library, 1);
  });

  it('exports the library as JSON (the downloaded file holds the seed record)', async () => {
    const started = performance.now();
    await clickVisible(library, 'button', 'Export all as JSON');
    const exported = await waitForJsonDownload(downloads, EXPORT_NAME);
    console.log(`[timing] Firefox "Export all as JSON" → ${exported.fileName} on disk: ${Math.round(performance.now() - started)} ms`);
    const file = exported.json as { format: string; items: ExportedOutline[] };
    expect(file.format).toBe('lede-library');
    expect(file.items).toHaveLength(1);
    const [record] = file.items;
    expect(record?.title).toMatch(SEED_TITLE);
    expect(record?.url).toBe(server.url(SEED_PATH));
    expect(record?.text.length).toBeGreaterThan(500);
    expect(record?.outline.sections).toHaveLength(1);
  });

  it('filters by site, tag and date range with a count beside each value, and finds a quoted phrase', async () => {
    expect(await library.evaluate(importInPage, libraryToJson(filterTestRecords(), Date.UTC(2026, 0, 2)))).toBe('imported');
    // Opened again as the first time: a reload of the moz-extension page never reports its load to Puppeteer.
    await library.goto(server.url('/pages/start.html'));
    await navigateToExtensionPage(library, 'library.html');
    await waitForTotal(library, 13);
    const seen = await library.evaluate(runFilterChecks);
    expect(seen.siteOptions.filter((text) => text === 'All' || text.startsWith('Báo Lọc'))).toEqual(EXPECTED_FILTERS.siteOptions);
    expect(seen.siteB).toMatch(EXPECTED_FILTERS.siteB);
    expect(seen.tagOptionsWithSiteB).toContain('ngân sách (1)');
    expect(seen.siteBInSpring).toMatch(EXPECTED_FILTERS.siteBInSpring);
    expect(seen.springTitles).toEqual(EXPECTED_FILTERS.springTitles);
    expect(seen.phrase).toMatch(EXPECTED_FILTERS.phrase);
    expect(seen.phraseTitles).toEqual(EXPECTED_FILTERS.phraseTitles);
    expect(seen.reversedPhrase).toMatch(EXPECTED_FILTERS.reversedPhrase);
    expect(seen.words).toMatch(EXPECTED_FILTERS.words);
    await library.screenshot({ path: shot('filters-phrase') });
  });
});
