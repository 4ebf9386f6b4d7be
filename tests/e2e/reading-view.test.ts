import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium as playwrightChromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROME_E2E_BUILD,
  CHROME_RELEASE_BUILD,
  POPUP_VIEWPORT,
  clickToolbarButton,
  launchChromiumOnCopy,
  tabIdOf,
  type ChromiumWithExtension,
} from './support/chromium';
import { SEED_PATH, startTestServer, type TestServer } from './support/test-server';
import { CORPUS_DIR, corpusGate, requireCorpus } from '../../scripts/lib/corpus';
import { READ_TITLE } from './support/popup';

const SCREENSHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
/** nytimes-1 from Readability's corpus (LEDE_CORPUS): skipped with one line when absent, an error under CI. */
const corpus = corpusGate();
const AXE_SOURCE = readFile(fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');
const TAB_VIEWPORT = { width: 1280, height: 820 };
// A read that is over: the article with its outline (support/popup.ts).
const TITLE = READ_TITLE;

/** An article written for this test: a right-to-left page with headings, so the outline shows. */
const HEBREW_PAGE = `<!doctype html><html lang="he" dir="rtl"><head><meta charset="utf-8"><title>הרכבת הקלה נפתחת בירושלים</title></head>
<body><article><h1>הרכבת הקלה נפתחת בירושלים</h1><p class="byline">מאת דנה לוי</p>
${Array.from({ length: 3 }, (_, i) => `<h2>חלק ${i + 1}: מה השתנה בעיר</h2>
<p>הקו החדש של הרכבת הקלה מחבר את שכונות הדרום עם מרכז העיר, ותושבים רבים אומרים שזמן הנסיעה שלהם התקצר בחצי. העירייה מקווה שהקו יפחית את העומס בכבישים הראשיים ויעודד שימוש בתחבורה ציבורית.</p>
<p>לדברי מהנדסי הפרויקט, העבודות נמשכו שש שנים ועלו יותר ממה שתוכנן, אך התוצאה מצדיקה את ההשקעה. בשבוע הראשון נסעו ברכבת יותר ממאה אלף נוסעים, מספר שעלה על כל התחזיות.</p>`).join('\n')}
</article></body></html>`;

/** Japanese: kinsoku (line-break: strict) and a long unbroken run that must wrap, not overflow. */
const JAPANESE_PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>川の水位を毎朝測る</title></head>
<body><article><h1>川の水位を毎朝測る</h1>
${Array.from({ length: 4 }, (_, i) => `<h2>第${i + 1}章　観測の記録</h2>
<p>研究者たちは一シーズンをかけて川の流れを毎朝測定し、一九二〇年から続く記録と比較した。「測定値はすべて手書きで記録された」と担当者は語った。ッァィゥェォャュョ、。」などの文字が行頭に来ないことを確かめる。</p>
<p>データはhttps://example.jp/very/long/path/without/any/break/points/at/all/0123456789abcdefghijklmnopqrstuvwxyz で公開されている。観測所は毎朝六時に数値を報告し、チームはすべての値を二度確認した。</p>`).join('\n')}
</article></body></html>`;

/** Pictures, a broken picture, a wide table and code: what the column must fit or scroll. */
const FEATURES_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>How the river was measured</title></head>
<body><article><h1>How the river was measured</h1><p class="byline">By Ana Ruiz</p>
<p>${'Hydrologists spent a season on the river, measuring its flow every morning and comparing it with records kept since 1920. '.repeat(4)}</p>
<figure><img src="/picture.png" alt="The river at dawn" width="1600" height="900"><figcaption>The river at dawn, seen from the old bridge.</figcaption></figure>
<p>${'The measurements were noted by hand, then typed into a spreadsheet that grew to several thousand rows over the years. '.repeat(3)}</p>
<figure><img src="/missing.png" alt="A picture that no longer exists"><figcaption>This caption belongs to a broken picture.</figcaption></figure>
<h2>The numbers</h2>
<table><tr>${Array.from({ length: 14 }, (_, i) => `<th>Station ${i + 1}</th>`).join('')}</tr><tr>${Array.from({ length: 14 }, (_, i) => `<td>${(i * 13.7).toFixed(1)} m³/s</td>`).join('')}</tr></table>
<p>${'Each station reported its reading at six in the morning, and the team checked every value twice before it was kept. '.repeat(3)}</p>
<h2>The script</h2>
<pre><code>for station in stations:
    flow = measure(station)        # cubic metres per second
    if flow &gt; threshold:
        alert(station, flow, when=now())</code></pre>
<p>${'The script ran unattended for the whole season and raised four alerts, each of them confirmed by a visit to the station. '.repeat(3)}</p>
<figure><div><picture><noscript><img src="/picture.png" alt="The weir"></noscript></picture></div><div class="caption"><span class="caption__text">The weir below the old bridge.</span><span class="caption__credit">Ana Ruiz / River Survey</span></div></figure>
<p>${'The weir was rebuilt after the flood, and its gauge now reports every hour to the office in town. '.repeat(3)}</p>
</article></body></html>`;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

interface AxeLike {
  run(context: Document, options: { resultTypes: string[] }): Promise<{
    violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
  }>;
}

/** The extension's storage, reached through its service worker (the only context the test can script). */
interface WorkerChrome {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> } } };
}

/** The corpus pages and the pages above, on a second loopback server (the shared one serves only the seed and tests/e2e/pages). */
async function startPageServer(): Promise<{ url(path: string): string; close(): Promise<void> }> {
  const picture = await readFile(fileURLToPath(new URL('../../public/icon/128.png', import.meta.url)));
  const pages: Record<string, () => Promise<string>> = {
    '/nytimes-1.html': () => readFile(join(CORPUS_DIR, 'nytimes-1', 'source.html'), 'utf8'),
    '/hebrew.html': () => Promise.resolve(HEBREW_PAGE),
    '/features.html': () => Promise.resolve(FEATURES_PAGE),
    '/japanese.html': () => Promise.resolve(JAPANESE_PAGE),
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/picture.png') {
      res.writeHead(200, { 'content-type': 'image/png' }).end(picture);
      return;
    }
    const page = pages[path];
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    void page().then((html) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => `${origin}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let chromium: ChromiumWithExtension;
let seedServer: TestServer;
let pageServer: Awaited<ReturnType<typeof startPageServer>>;

async function openArticleTab(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await chromium.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(page, chromium.worker) };
}

function extensionUrl(path: string): string {
  return `chrome-extension://${chromium.extensionId}/${path}`;
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await chromium.context.newPage();
  popup.on('pageerror', (error) => console.error(`error in the popup: ${error.message}`));
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(extensionUrl(`popup.html?tabId=${tabId}`));
  await popup.locator(TITLE).waitFor({ state: 'visible' });
  return popup;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}reading-view-${name}.png` });
}

/** Loaded by evaluation, not a script tag: the extension page's CSP (script-src 'self') blocks inline scripts. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(await AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: AxeLike };
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((node) => node.target.map(String).join(' ')),
    }));
  });
  if (violations.length > 0) console.info(`axe on ${page.url()}:`, JSON.stringify(violations, null, 1));
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function rootState(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const style = getComputedStyle(root);
    return {
      theme: root.dataset.theme ?? null,
      font: root.dataset.font ?? null,
      align: root.dataset.align ?? null,
      textSize: style.getPropertyValue('--text-size').trim(),
      lineHeight: style.getPropertyValue('--line-height').trim(),
      columnWidth: style.getPropertyValue('--column-width').trim(),
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
}

async function setStoredSettings(value: unknown): Promise<void> {
  await chromium.worker.evaluate(async (stored) => {
    await (globalThis as unknown as WorkerChrome).chrome.storage.local.set({ readerSettings: stored });
  }, value);
}

async function clearStorage(): Promise<void> {
  await chromium.worker.evaluate(() => (globalThis as unknown as WorkerChrome).chrome.storage.local.clear());
}

async function openSettings(popup: Page): Promise<void> {
  if ((await popup.locator('.reader-settings').count()) === 0) await popup.locator('.settings-toggle').click();
  await popup.locator('.reader-settings').waitFor();
}

async function pickTheme(popup: Page, theme: string): Promise<void> {
  await openSettings(popup);
  await popup.locator(`label.theme-${theme}`).click();
  await popup.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
}

/** Moves a slider with the keyboard, as a reader without a mouse would. */
async function nudge(popup: Page, name: string, key: 'ArrowLeft' | 'ArrowRight', times: number): Promise<void> {
  await popup.locator(`input[name=${name}]`).focus();
  for (let i = 0; i < times; i++) await popup.keyboard.press(key);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

beforeAll(async () => {
  // A private copy: other work may rebuild .output while this file runs (ERR_FILE_NOT_FOUND mid-test).
  // A private copy: other work may rebuild .output while this file runs.
  chromium = await launchChromiumOnCopy(CHROME_E2E_BUILD);
  seedServer = await startTestServer();
  pageServer = await startPageServer();
});

afterAll(async () => {
  await chromium?.close();
  await seedServer?.close();
  await pageServer?.close();
});

describe('the reading view in Chromium', () => {
  it('shows the seed page title fast enough, and says how fast', async () => {
    const { tabId } = await openArticleTab(seedServer.url(SEED_PATH));
    const wall: number[] = [];
    const marks: number[] = [];
    // The first opening also warms the extension's service worker and the disk cache.
    for (let run = 0; run < 6; run++) {
      const popup = await chromium.context.newPage();
      await popup.setViewportSize(POPUP_VIEWPORT);
      const started = performance.now();
      await popup.goto(extensionUrl(`popup.html?tabId=${tabId}`), { waitUntil: 'commit' });
      await popup.locator(TITLE).waitFor({ state: 'visible' });
      const elapsed = performance.now() - started;
      const mark = await popup.evaluate(() => performance.getEntriesByName('lede:title-visible')[0]?.startTime ?? null);
      if (run > 0) {
        wall.push(elapsed);
        if (mark !== null) marks.push(mark);
      }
      await popup.close();
    }
    console.info(
      `popup open → title visible on the seed page: median ${median(marks).toFixed(0)} ms by the page's own mark ` +
        `(runs: ${marks.map((m) => m.toFixed(0)).join(', ')}), median ${median(wall).toFixed(0)} ms seen from the test`,
    );
    expect(marks).toHaveLength(5);
    // The goal is 300 ms on an idle 2-core machine; this bound only catches a popup that hangs,
    // since other builds and browsers often share the cores while this runs.
    expect(median(marks)).toBeLessThan(3000);
  });

  it('switches theme, text size and width on the seed page, instantly and remembered', async () => {
    await clearStorage();
    const { tabId } = await openArticleTab(seedServer.url(SEED_PATH));
    const popup = await openPopup(tabId);
    expect((await popup.locator(TITLE).textContent())?.startsWith('Đảng uy Khối Doanh nghiệp')).toBe(true);
    await screenshot(popup, 'seed-default');

    for (const theme of ['light', 'sepia', 'dark']) {
      await pickTheme(popup, theme);
      await screenshot(popup, `seed-settings-${theme}`);
    }
    await popup.keyboard.press('Escape');
    expect(await popup.locator('.reader-settings').count()).toBe(0);
    await screenshot(popup, 'seed-dark');

    await pickTheme(popup, 'light');
    await nudge(popup, 'textSize', 'ArrowRight', 4);
    await nudge(popup, 'columnWidth', 'ArrowLeft', 3);
    await popup.keyboard.press('Escape');
    const sized = await rootState(popup);
    expect(sized).toMatchObject({ theme: 'light', textSize: '22px', columnWidth: '50ch' });
    await screenshot(popup, 'seed-large-narrow');

    await pickTheme(popup, 'dark');
    await popup.reload();
    await popup.locator(TITLE).waitFor({ state: 'visible' });
    await popup.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(await rootState(popup)).toMatchObject({ theme: 'dark', textSize: '22px', columnWidth: '50ch', font: 'serif' });
    await popup.close();
  });

  it('falls back to defaults field by field when the stored settings are corrupted', async () => {
    const { tabId } = await openArticleTab(seedServer.url(SEED_PATH));
    await setStoredSettings({ theme: 'neon', font: 'sans', textSize: 'huge', lineHeight: null, columnWidth: 55, align: 42, extra: true });
    const popup = await openPopup(tabId);
    await popup.waitForFunction(() => document.documentElement.dataset.font === 'sans');
    expect(await rootState(popup)).toMatchObject({
      theme: 'system',
      font: 'sans',
      textSize: '18px',
      lineHeight: '1.6',
      columnWidth: '55ch',
      align: 'start',
    });

    await setStoredSettings('{"theme": "dark"');
    await popup.reload();
    await popup.locator(TITLE).waitFor({ state: 'visible' });
    await popup.waitForFunction(() => document.documentElement.dataset.font === 'serif');
    expect(await rootState(popup)).toMatchObject({ theme: 'system', font: 'serif', textSize: '18px', columnWidth: '65ch' });
    await popup.close();
    await clearStorage();
  });

  it('moves through the view with the keyboard', async () => {
    const { tabId } = await openArticleTab(seedServer.url(SEED_PATH));
    const popup = await openPopup(tabId);
    await popup.keyboard.press('s');
    await popup.locator('.reader-settings').waitFor();
    expect(await popup.evaluate(() => document.activeElement?.closest('.reader-settings') !== null)).toBe(true);
    await popup.keyboard.press('Escape');
    expect(await popup.locator('.reader-settings').count()).toBe(0);
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('settings-toggle'))).toBe(true);
    await popup.keyboard.press('o');
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('outline-item'))).toBe(true);
    await screenshot(popup, 'seed-outline-focus');

    // The real clipboard answers (headless Chromium lets an extension page write on a click);
    // reading it back needs a permission that cannot be granted to extension origins, so the
    // text is also recorded on its way out.
    await popup.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      clipboard.writeText = async (text: string) => {
        (window as unknown as { copied?: string }).copied = text;
        await write(text);
      };
    });
    await popup.locator('button[aria-label="Copy outline as Markdown"]').click();
    await expect.poll(() => popup.locator('.reader-announcement').textContent()).toBe('Outline copied as Markdown.');
    const markdown = await popup.evaluate(() => (window as unknown as { copied?: string }).copied ?? '');
    expect(markdown).toMatch(/^# \[Đảng uy Khối Doanh nghiệp quận Đống Đa/u);
    expect(markdown).toContain('\n- Những bài học kinh nghiệm quý báu\n');
    await popup.close();
  });

  it('has no serious or critical axe violations in the popup, light and dark, settings open', async () => {
    const { tabId } = await openArticleTab(seedServer.url(SEED_PATH));
    for (const theme of ['light', 'dark', 'sepia']) {
      await setStoredSettings({ theme });
      const popup = await openPopup(tabId);
      await popup.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
      expect(await seriousViolations(popup), `closed, ${theme}`).toEqual([]);
      await openSettings(popup);
      expect(await seriousViolations(popup), `settings open, ${theme}`).toEqual([]);
      await popup.close();
    }
    await clearStorage();
  });

  it.skipIf(corpus.skip)('reads an English corpus page (nytimes-1) and opens it in a full tab', async () => {
    requireCorpus(); // under CI a missing corpus fails here, saying where to put it
    const { tabId } = await openArticleTab(pageServer.url('/nytimes-1.html'));
    const popup = await openPopup(tabId);
    await screenshot(popup, 'nytimes-light');
    await pickTheme(popup, 'sepia');
    await popup.keyboard.press('Escape');
    await screenshot(popup, 'nytimes-sepia');

    const opened = chromium.context.waitForEvent('page');
    await popup.keyboard.press('t');
    const tab = await opened;
    await tab.setViewportSize(TAB_VIEWPORT);
    await tab.locator(TITLE).waitFor({ state: 'visible' });
    // Handed over, not read again: the tab works even where the popup's activeTab grant is gone.
    expect(new URL(tab.url()).searchParams.get('handoff')).toMatch(/^[0-9a-f-]{36}$/u);
    expect(await tab.locator(TITLE).textContent()).toBe(await popup.locator(TITLE).textContent());
    expect(await tab.title()).toBe(await popup.locator(TITLE).textContent());
    await screenshot(tab, 'nytimes-tab-sepia');

    await tab.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await tab.waitForFunction(() => {
      const bar = document.querySelector('.reading-progress-bar');
      return bar !== null && getComputedStyle(bar).transform !== 'matrix(0, 0, 0, 1, 0, 0)';
    });
    const outlineBox = await tab.locator('nav.outline').boundingBox();
    expect(outlineBox?.y).toBe(0);
    await screenshot(tab, 'nytimes-tab-scrolled');

    await tab.emulateMedia({ media: 'print' });
    expect(await tab.locator('.reader-top').isVisible()).toBe(false);
    expect(await tab.locator('nav.outline').isVisible()).toBe(false);
    await screenshot(tab, 'nytimes-tab-print');
    await tab.emulateMedia({ media: 'screen' });

    for (const theme of ['light', 'dark']) {
      await setStoredSettings({ theme });
      // The open tab follows a change made elsewhere (storage watch), without a reload.
      await tab.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
      expect(await seriousViolations(tab), `full tab, ${theme}`).toEqual([]);
      await screenshot(tab, `nytimes-tab-${theme}`);
    }
    await tab.close();
    await popup.close();
    await clearStorage();
  });

  it('opens the full tab by tab id alone, reading the page again', async () => {
    const { tabId } = await openArticleTab(seedServer.url(SEED_PATH));
    const tab = await chromium.context.newPage();
    await tab.setViewportSize(TAB_VIEWPORT);
    await tab.goto(extensionUrl(`reader.html?tabId=${tabId}`));
    await tab.locator(TITLE).waitFor({ state: 'visible' });
    expect((await tab.locator(TITLE).textContent())?.startsWith('Đảng uy Khối Doanh nghiệp')).toBe(true);
    await screenshot(tab, 'seed-tab-light');
    await setStoredSettings({ theme: 'dark', font: 'readable', align: 'justify' });
    await tab.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(await seriousViolations(tab), 'seed full tab, dark').toEqual([]);
    await screenshot(tab, 'seed-tab-dark-readable-justified');
    await tab.close();
    await clearStorage();
  });

  it('mirrors the view for a right-to-left article', async () => {
    const { tabId } = await openArticleTab(pageServer.url('/hebrew.html'));
    const popup = await openPopup(tabId);
    const layout = await popup.evaluate(() => {
      const outline = document.querySelector('nav.outline')?.getBoundingClientRect();
      const article = document.querySelector('article.reading-view')?.getBoundingClientRect();
      return { dir: document.querySelector('.reader')?.getAttribute('dir'), outlineLeft: outline?.left ?? 0, articleLeft: article?.left ?? 0 };
    });
    expect(layout.dir).toBe('rtl');
    expect(layout.outlineLeft).toBeGreaterThan(layout.articleLeft);
    await screenshot(popup, 'hebrew-rtl');
    await popup.close();
  });

  it('breaks Japanese lines by the strict rules and wraps long runs inside the column', async () => {
    const { tabId } = await openArticleTab(pageServer.url('/japanese.html'));
    const popup = await openPopup(tabId);
    const text = await popup.evaluate(() => {
      const view = document.querySelector('article.reading-view');
      const pane = document.querySelector('.reading-pane');
      const style = view ? getComputedStyle(view) : null;
      return {
        lang: view?.getAttribute('lang'),
        lineBreak: style?.lineBreak,
        wordBreak: style?.wordBreak,
        overflowWrap: style?.overflowWrap,
        fitsColumn: pane ? pane.scrollWidth <= pane.clientWidth : false,
      };
    });
    expect(text).toEqual({ lang: 'ja', lineBreak: 'strict', wordBreak: 'normal', overflowWrap: 'anywhere', fitsColumn: true });
    await screenshot(popup, 'japanese');
    await popup.close();
  });

  it('fits pictures, captions, tables and code to the column; broken pictures vanish, their captions stay', async () => {
    const { tabId } = await openArticleTab(pageServer.url('/features.html'));
    const popup = await openPopup(tabId);
    const body = popup.locator('.article-body');
    await popup.waitForFunction(() => document.querySelector<HTMLImageElement>('.article-body img')?.complete === true);
    const fit = await popup.evaluate(() => {
      const column = document.querySelector('.article-body')?.getBoundingClientRect().width ?? 0;
      const img = document.querySelector('.article-body figure:not(.broken) img')?.getBoundingClientRect();
      const caption = document.querySelector('.article-body figure:not(.broken) figcaption')?.getBoundingClientRect();
      const scroller = document.querySelector<HTMLElement>('.table-scroll');
      const pre = document.querySelector('.article-body pre');
      return {
        imageFits: (img?.width ?? Infinity) <= column + 0.5,
        captionBelow: (caption?.top ?? 0) >= (img?.bottom ?? Infinity),
        tableScrolls: scroller !== null && scroller.scrollWidth > scroller.clientWidth && scroller.tabIndex === 0,
        pageDoesNotScrollSideways: document.querySelector('.reading-pane')?.scrollWidth === document.querySelector('.reading-pane')?.clientWidth,
        preWhiteSpace: pre ? getComputedStyle(pre).whiteSpace : null,
        lazy: document.querySelector('.article-body img')?.getAttribute('loading'),
      };
    });
    expect(fit).toEqual({ imageFits: true, captionBelow: true, tableScrolls: true, pageDoesNotScrollSideways: true, preWhiteSpace: 'pre', lazy: 'lazy' });
    await popup.waitForFunction(() => document.querySelectorAll('.article-body figure.broken').length === 1);
    expect(await body.locator('figure.broken img').isVisible()).toBe(false);
    expect(await body.locator('figure.broken figcaption').textContent()).toBe('This caption belongs to a broken picture.');
    expect(await body.locator('figure.broken figcaption').isVisible()).toBe(true);
    await screenshot(popup, 'features');
    await popup.locator('.table-scroll').scrollIntoViewIfNeeded();
    await screenshot(popup, 'features-table');
    await popup.close();
  });

  // The browser, scripts on, parses a noscript's content as text: the picture was lost and its caption read as a paragraph.
  it("shows a picture the page keeps in a noscript, its caption under it and the credit on a line of its own", async () => {
    const { tabId } = await openArticleTab(pageServer.url('/features.html'));
    const popup = await openPopup(tabId);
    const figure = popup.locator('.article-body figure', { hasText: 'The weir below the old bridge.' });
    // Below the fold the picture loads lazily, once scrolled to.
    await figure.scrollIntoViewIfNeeded();
    await popup.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('.article-body figure img')).some((img) => img.alt === 'The weir' && img.complete && img.naturalWidth > 0));
    const shown = await figure.evaluate((el) => {
      const img = el.querySelector('img')?.getBoundingClientRect();
      const caption = el.querySelector('figcaption');
      const spans = caption ? Array.from(caption.querySelectorAll('span'), (span) => span.getBoundingClientRect()) : [];
      return {
        captionBelow: (caption?.getBoundingClientRect().top ?? 0) >= (img?.bottom ?? Infinity),
        creditOnItsOwnLine: spans.length === 2 && (spans[1]?.top ?? 0) >= (spans[0]?.bottom ?? Infinity),
        text: caption?.textContent,
      };
    });
    expect(shown).toEqual({ captionBelow: true, creditOnItsOwnLine: true, text: 'The weir below the old bridge.Ana Ruiz / River Survey' });
    expect(await popup.locator('.article-body p', { hasText: 'The weir below the old bridge.' }).count()).toBe(0);
    await screenshot(popup, 'features-noscript-picture');
    await popup.close();
  });
});


describe('the full tab from the release build (activeTab only, no host permission)', () => {
  it('opens from the real popup with the article handed over, and can still read the page after the popup closed', async () => {
    const release = await launchChromiumOnCopy(CHROME_RELEASE_BUILD);
    try {
      const article = await release.context.newPage();
      await article.goto(seedServer.url(SEED_PATH));
      const tabId = await tabIdOf(article, release.worker);
      const popup = await clickToolbarButton(release, article);
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline && !(await popup.evaluate(() => document.querySelector('.layout:not(.outline-making) h1.article-title') !== null))) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const opened = release.context.waitForEvent('page');
      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('button[aria-keyshortcuts="T"]')?.click());
      const handedOver = await opened;
      await handedOver.setViewportSize(TAB_VIEWPORT);
      await handedOver.locator(TITLE).waitFor({ state: 'visible' });
      expect(new URL(handedOver.url()).searchParams.has('handoff')).toBe(true);
      await screenshot(handedOver, 'release-tab-handoff');

      // Without the hand-off the tab asks the background to read the page again: this works
      // only while the toolbar click's activeTab grant lasts (until the page navigates).
      const reread = await release.context.newPage();
      await reread.goto(`chrome-extension://${release.extensionId}/reader.html?tabId=${tabId}`);
      await reread.locator(`${TITLE}, .status-message`).first().waitFor({ state: 'visible' });
      const rereadTitle = await reread.locator(TITLE).count();
      console.info(`release build, reader.html?tabId after the popup: ${rereadTitle > 0 ? 'read the page again' : await reread.locator('.status-message').textContent()}`);
      expect(rereadTitle).toBe(1);

      await article.reload();
      const afterNavigation = await release.context.newPage();
      await afterNavigation.goto(`chrome-extension://${release.extensionId}/reader.html?tabId=${tabId}`);
      await afterNavigation.locator(`${TITLE}, .status-message`).first().waitFor({ state: 'visible' });
      console.info(`release build, reader.html?tabId after the page reloaded: ${(await afterNavigation.locator(TITLE).count()) > 0 ? 'read the page again' : await afterNavigation.locator('.status-message').textContent()}`);
    } finally {
      await release.close();
    }
  });
});

describe('the reading view in Vietnamese', () => {
  it('speaks Vietnamese when the browser does, and the longer labels still fit', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'lede-reading-view-vi-'));
    const profile = await mkdtemp(join(tmpdir(), 'lede-reading-view-vi-profile-'));
    await cp(CHROME_E2E_BUILD, copy, { recursive: true });
    // Chromium on Linux takes its UI language from the environment, not from --lang.
    const context = await playwrightChromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: POPUP_VIEWPORT,
      env: { ...process.env, LANGUAGE: 'vi', LANG: 'vi_VN.UTF-8' },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--lang=vi', `--disable-extensions-except=${copy}`, `--load-extension=${copy}`],
    });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const article = await context.newPage();
      await article.goto(seedServer.url(SEED_PATH));
      const tabId = await tabIdOf(article, worker);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html?tabId=${tabId}`);
      await popup.locator(TITLE).waitFor({ state: 'visible' });
      await popup.keyboard.press('s');
      await popup.locator('.reader-settings').waitFor();
      expect(await popup.locator('.settings-toggle').getAttribute('aria-label')).toBe('Cài đặt hiển thị');
      expect(await popup.locator('.reader-settings legend').first().textContent()).toBe('Giao diện');
      const overflowing = await popup.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.reader-settings *')).filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible' && el.clientWidth > 0).length,
      );
      expect(overflowing).toBe(0);
      await screenshot(popup, 'seed-vietnamese-ui');
    } finally {
      await context.close();
      await rm(copy, { recursive: true, force: true });
      await rm(profile, { recursive: true, force: true });
    }
  });
});
