import type { Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { clickToolbarButton, launchChromiumWithExtension, tabIdOf, type ChromiumWithExtension } from '../../tests/e2e/support/chromium';
import { FIXED_UUID, launchFirefoxWithExtension, navigateToExtensionPage, openSavedPage, pollPage, type FirefoxWithExtension } from '../../tests/e2e/support/firefox';
import { CHROME_E2E_BUILD, FIREFOX_E2E_BUILD } from '../../tests/e2e/support/builds';
import { timeLede, timePlain } from '../../tests/e2e/support/in-page-timing';
import { FIRST_ANSWER_MARK } from '../../entrypoints/popup/first-answer-mark';
import { READ_MARKS } from '../../utils/read-marks';

/** One read as the bench sees it: Lede's own figure and the page's longest stall while it ran. */
export interface LedeRead {
  /** Lede's in-page work (`ms` of the page's part). */
  inPage: number;
  /** The longest gap in the page's own heartbeat while Lede's script ran: how long the page was blocked. */
  blocked: number;
  /** The in-page work step by step (LiveSteps, utils/article/live-reading.ts). */
  steps: Record<string, number>;
  ok: boolean;
}

/** A browser with Lede's test build, driving one article tab. */
export interface BenchBrowser {
  name: 'chromium' | 'firefox';
  /**
   * Loads `url` in a new tab and closes the one before: a reload keeps the tab's process, and
   * with it what the last read warmed, so each read would not start as a reader's click does.
   */
  open(url: string): Promise<void>;
  readLede(): Promise<LedeRead>;
  /** Plain Readability injected the same way (test build's file, isolated world), under the same heartbeat: its in-page time. */
  readPlain(): Promise<number>;
  /** Opens the popup for the article tab: its first answer's time from the popup's own navigation start, and as the harness saw it. */
  clickToTitle(url: string): Promise<ClickToTitle>;
  close(): Promise<void>;
}

/**
 * `fromOpen`: the popup's first answer (FIRST_ANSWER_MARK) from its own navigation start, the
 * same measure in both browsers. `seen`: in Chromium, from the real toolbar click to the first
 * answer (the click on the harness's clock, the answer on the popup's, both since the epoch), so
 * it adds the time the browser takes to open the popup; in Firefox, from the harness's
 * browserAction.openPopup() call (made in an extension page, the real toolbar popup opened over
 * the article's tab; launchFirefoxWithExtension's `openablePopup`) to the first answer, on the
 * clock Firefox's extension pages share.
 */
export interface ClickToTitle {
  fromOpen: number;
  seen: number;
  /** The popup's read marks (READ_MARKS, utils/read-marks.ts) by name, from its navigation start. */
  marks: Record<string, number>;
}

/** Runs in the popup: its marks and its navigation start, in ms since the epoch. Self-contained: it is sent as source. */
function popupTimes(): { origin: number; marks: Record<string, number> } {
  const marks: Record<string, number> = {};
  for (const entry of performance.getEntriesByType('mark')) if (entry.name.startsWith('lede:')) marks[entry.name] ??= entry.startTime;
  return { origin: performance.timeOrigin, marks };
}

type PopupTimes = ReturnType<typeof popupTimes>;

interface FirefoxViews {
  browser: { browserAction: { openPopup(): Promise<void> }; extension: { getViews(filter: { type: 'popup' }): Window[] } };
}

/** Runs in an extension page (Firefox): opens the toolbar popup, and gives the moment it asked, ms since the epoch. Self-contained. */
async function openToolbarPopup(): Promise<number> {
  const asked = performance.timeOrigin + performance.now();
  await (globalThis as unknown as FirefoxViews).browser.browserAction.openPopup();
  return asked;
}

/** Runs in an extension page (Firefox): popupTimes of the open toolbar popup, read through its window. Self-contained. */
function toolbarPopupTimes(): { origin: number; marks: Record<string, number> } {
  const view = (globalThis as unknown as FirefoxViews).browser.extension.getViews({ type: 'popup' })[0];
  const marks: Record<string, number> = {};
  if (!view) return { origin: Number.NaN, marks };
  for (const entry of view.performance.getEntriesByType('mark')) if (entry.name.startsWith('lede:')) marks[entry.name] ??= entry.startTime;
  return { origin: view.performance.timeOrigin, marks };
}

function closeToolbarPopup(): void {
  for (const view of (globalThis as unknown as FirefoxViews).browser.extension.getViews({ type: 'popup' })) view.close();
}

/**
 * The popup's times once its whole read is on screen, outline included (READ_MARKS.done, which
 * comes after the first answer): the marks are set in the task after each frame, so they are asked
 * for again until `waitMs` has passed; without them, the times as they stand.
 */
async function answerOf(read: () => Promise<PopupTimes>, waitMs: number): Promise<PopupTimes> {
  for (let waited = 0; ; waited += 20) {
    const times = await read();
    if ((times.marks[FIRST_ANSWER_MARK] !== undefined && times.marks[READ_MARKS.done] !== undefined) || waited >= waitMs) return times;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

type InPage = <T>(fn: () => T) => Promise<T>;

/**
 * tsx compiles this file with esbuild's keepNames, which calls a `__name` helper inside the
 * functions handed to a browser to run; each context they run in gets a do-nothing one.
 */
const NAME_HELPER = 'globalThis.__name = (fn) => fn';

/**
 * A heartbeat in the page's own world: a message every turn of its event loop, keeping the
 * longest gap. A script of ours that holds the page's thread shows as one long gap.
 */
async function startHeartbeat(evaluate: InPage): Promise<void> {
  await evaluate(() => {
    const beat = { max: 0, last: performance.now(), on: true };
    (globalThis as unknown as { __ledeBeat: typeof beat }).__ledeBeat = beat;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const now = performance.now();
      beat.max = Math.max(beat.max, now - beat.last);
      beat.last = now;
      if (beat.on) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
  });
}

async function stopHeartbeat(evaluate: InPage): Promise<number> {
  return evaluate(() => {
    const beat = (globalThis as unknown as { __ledeBeat?: { max: number; on: boolean } }).__ledeBeat;
    if (!beat) return Number.NaN;
    beat.on = false;
    return beat.max;
  });
}

/** `proxy`: the test server's origin, for pages opened at their own address (TestServer.serveAt). */
export async function chromiumBench(proxy?: string): Promise<BenchBrowser> {
  const chromium: ChromiumWithExtension = await launchChromiumWithExtension(CHROME_E2E_BUILD, { proxy });
  let page: ChromiumPage = await chromium.context.newPage();
  await chromium.worker.evaluate(NAME_HELPER);
  const evaluate: InPage = (fn) => page.evaluate(fn);
  let tabId = 0;
  return {
    name: 'chromium',
    async open(url) {
      const old = page;
      page = await chromium.context.newPage();
      await old.close();
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(NAME_HELPER);
      tabId = await tabIdOf(page, chromium.worker);
    },
    async readLede() {
      await startHeartbeat(evaluate);
      const lede = await timeLede(chromium.worker, tabId);
      return { inPage: lede.inPage, blocked: await stopHeartbeat(evaluate), steps: lede.steps, ok: lede.ok };
    },
    async readPlain() {
      await startHeartbeat(evaluate);
      const plain = (await timePlain(chromium.worker, tabId)).inPage;
      await stopHeartbeat(evaluate);
      return plain;
    },
    async clickToTitle() {
      // A real toolbar click: the popup opens over the article's tab, which stays in front and
      // keeps its renderer's priority, as for a reader (a popup opened as a tab sends it behind).
      const popup = await clickToolbarButton(chromium, page);
      try {
        const { origin, marks } = await answerOf(() => popup.evaluate(popupTimes), 20_000);
        const fromOpen = marks[FIRST_ANSWER_MARK] ?? Number.NaN;
        return { fromOpen, seen: origin + fromOpen - popup.clickedAt, marks };
      } finally {
        await popup.close();
      }
    },
    close: () => chromium.close(),
  };
}

interface FirefoxScripting {
  browser: {
    tabs: { query(info: Record<string, never>): Promise<{ id?: number; url?: string }[]> };
    scripting: { executeScript(details: { target: { tabId: number }; files?: string[]; func?: () => unknown; world?: 'ISOLATED' }): Promise<{ result?: unknown }[]> };
  };
}

/** `launcherUrl`: a loopback page of the test server (the extension pages open from it); `proxy` as for chromiumBench. */
export async function firefoxBench(launcherUrl: string, proxy?: string): Promise<BenchBrowser> {
  const firefox: FirefoxWithExtension = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD, { fineTimers: true, proxy, openablePopup: true });
  let page: FirefoxPage = await firefox.browser.newPage();
  // An extension page of Lede's that injects scripts: the library (it reads no tab of its own).
  const driver: FirefoxPage = await firefox.browser.newPage();
  await driver.goto(launcherUrl);
  await navigateToExtensionPage(driver, 'library.html');
  await pollPage(driver, () => (location.protocol === 'moz-extension:' ? true : null), null, 'library page as driver');
  await driver.evaluate(NAME_HELPER);
  const evaluate: InPage = (fn) => page.evaluate(fn);
  let articleUrl = '';
  const inject = (file: string | null) =>
    driver.evaluate(
      async (url: string, file: string | null) => {
        const api = (globalThis as unknown as FirefoxScripting).browser;
        // Firefox's tabs.query cannot match a URL with a port: every tab, then the one at `url`.
        const tab = (await api.tabs.query({})).find((t) => t.url === url);
        if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
        const target = { tabId: tab.id };
        if (file) {
          const [run] = await api.scripting.executeScript({ target, files: [file] });
          return run?.result ?? null;
        }
        const [run] = await api.scripting.executeScript({
          target,
          func: () => {
            const ReadabilityClass = (globalThis as unknown as { Readability: new (doc: Document) => { parse(): unknown } }).Readability;
            const t0 = performance.now();
            new ReadabilityClass(document.cloneNode(true) as Document).parse();
            return performance.now() - t0;
          },
        });
        return run?.result ?? null;
      },
      articleUrl,
      file,
    );
  return {
    name: 'firefox',
    async open(url) {
      articleUrl = url;
      const old = page;
      page = await firefox.browser.newPage();
      await old.close();
      await openSavedPage(page, url);
      await page.evaluate(NAME_HELPER);
    },
    async readLede() {
      await startHeartbeat(evaluate);
      const result = (await inject('/extract.js')) as { ok?: boolean; ms?: number; steps?: Record<string, number> } | null;
      return { inPage: result?.ms ?? Number.NaN, blocked: await stopHeartbeat(evaluate), steps: result?.steps ?? {}, ok: result?.ok === true };
    },
    async readPlain() {
      await inject('/test-plain-readability.js');
      await startHeartbeat(evaluate);
      const ms = await inject(null);
      await stopHeartbeat(evaluate);
      return typeof ms === 'number' ? ms : Number.NaN;
    },
    async clickToTitle() {
      // The toolbar popup as a reader's click opens it: a panel over the article's tab, which
      // stays in front. Opened as a tab (a navigation from a loopback page, the article's tab sent
      // behind), its code started 196 ms after its navigation start at the median of the golden
      // pages, against 86 ms as the panel (this bench, --opens 3, both ways on one machine).
      await page.bringToFront();
      const clickedAt = await driver.evaluate(openToolbarPopup);
      try {
        const { origin, marks } = await answerOf(() => driver.evaluate(toolbarPopupTimes), 20_000);
        const fromOpen = marks[FIRST_ANSWER_MARK] ?? Number.NaN;
        return { fromOpen, seen: origin + fromOpen - clickedAt, marks };
      } finally {
        await driver.evaluate(closeToolbarPopup);
      }
    },
    close: () => firefox.close(),
  };
}

export { FIXED_UUID };
