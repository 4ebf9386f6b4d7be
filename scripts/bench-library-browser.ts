/**
 * The library in Debian's Chromium, as a reader meets it: the e2e build's library page
 * over a real IndexedDB filled with generated outlines (scripts/lib/generate-library.ts).
 * Times, by the page's own performance marks, (1) opening the page until the first list is
 * in the DOM, counted from navigation start, (2) each search typed at once (pasted) from the
 * input event to its results in the DOM and one frame painted, and (3) the same for every
 * keystroke of queries typed letter by letter, as results follow the keyboard.
 *
 * `--import N` then (4) imports N real articles (the golden pages, scripts/lib/real-library-file.ts)
 * into that library through the import path, timing the check and the write.
 *
 * Needs `npm run build:e2e`. Run alone with `npx tsx scripts/bench-library-browser.ts
 * [--count N] [--browser chromium|firefox] [--import N]`, or through `npm run bench` (both browsers).
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EvaluateFunc } from 'puppeteer-core';
import type { LibraryDatabase } from '../utils/library/db';
import type { ImportOptions, ImportResult } from '../utils/library/import';
import { realLibraryFile } from './lib/real-library-file';
import { CHROME_E2E_BUILD, launchChromiumWithExtension } from '../tests/e2e/support/chromium';
import { FIREFOX_E2E_BUILD } from '../tests/e2e/support/builds';
import { launchFirefoxWithExtension, navigateToExtensionPage } from '../tests/e2e/support/firefox';
import { startTestServer } from '../tests/e2e/support/test-server';
import { fillLibrary, indexReady, playwrightTab, settle, timeOpen, timeSearch, timeSearchUntilComplete, type LibraryTab } from '../tests/e2e/support/library-timing';
import { NEWEST_SCAN_MEASURE } from '../utils/library/search-newest-scan';
import { COPY_CHECKED_MEASURE } from '../utils/library/search-index-keeper';
import { benchQueries, type TimingSummary } from './bench-library';
import { generatedRecords } from './lib/generate-library';
import { median, percentile } from './lib/stats';

/** What the e2e build's library page exposes (entrypoints/library/main.tsx). */
interface BenchHookWindow {
  ledeLibraryE2E: {
    openLibrary(): Promise<LibraryDatabase>;
    importLibrary(db: LibraryDatabase, text: string, options: ImportOptions): Promise<ImportResult>;
  };
}

export interface BrowserLibraryResult {
  browser: BenchBrowser;
  count: number;
  fillMs: number;
  opens: number[];
  open: TimingSummary;
  /**
   * "dang uy" pasted as soon as the first list is shown, the search index saved by the previous
   * opening still being read: first results (from the newest records if the copy was not ready),
   * then complete ones (from the copy).
   */
  firstSearch: FirstSearch;
  /** The same at the first opening after the fill, when no saved index exists yet (as after an update): complete once built. */
  firstSearchNoCopy: FirstSearch;
  /** Ms from the first list to the index built from the stores, at that first opening. */
  buildMs: number;
  /**
   * The saved copy at the last opening: ms to read it, then to bring it up to date (by the change
   * log, or by reading every list entry when the log no longer reaches back); null if none was taken.
   */
  copyTiming: { loadMs: number; checkMs: number; totalMs: number; byLog: boolean } | null;
  /** The in-memory search index: ms from the first list to ready, its size, and the page's JS heap (Chromium only). */
  index: IndexReady;
  search: TimingSummary & { perQuery: { query: string; ms: number; total: number }[] };
  typing: TimingSummary & { keystrokes: number; queries: string[] };
  withinBudget: boolean;
  /** `--import N`: N real articles imported into the filled library through the import path. */
  importTiming: ImportTiming | null;
}

export interface FirstSearch {
  ms: number;
  /** Whether the first results came from the newest records alone (LibraryPage.partial). */
  partial: boolean;
  completeMs: number;
  /**
   * The answer from the newest records, if there was one: records read, ms reading them (or waiting
   * for those read and indexed ahead beside the first list, `readAhead`) and making their small index
   * (none when read ahead).
   */
  scan: { records: number; readMs: number; buildMs: number; totalMs: number; readAhead: boolean } | null;
}

/** A first search pasted now, timed to its first and complete results, with what the newest records' answer cost. */
async function timeFirstSearch(tab: LibraryTab, query: string): Promise<FirstSearch> {
  await tab.evaluate((name) => performance.clearMeasures(name), NEWEST_SCAN_MEASURE);
  const timed = await timeSearchUntilComplete(tab, query);
  const scan = await tab.evaluate((name) => {
    const entry = performance.getEntriesByName(name)[0] as PerformanceMeasure | undefined;
    const detail = entry?.detail as { records: number; readMs: number; buildMs: number; readAhead?: boolean } | undefined;
    return entry && detail ? { ...detail, readAhead: detail.readAhead === true, totalMs: entry.duration } : null;
  }, NEWEST_SCAN_MEASURE);
  return { ms: timed.ms, partial: timed.partial, completeMs: timed.completeMs, scan };
}

export interface ImportTiming {
  items: number;
  pages: number;
  megabytes: number;
  totalMs: number;
  checkingMs: number;
  writingMs: number;
  outcome: string;
}

/** Imports a file of real articles in the page as the Import button does, timing the check and the write. */
async function timeImport(tab: LibraryTab, items: number): Promise<ImportTiming> {
  const { text, pages } = realLibraryFile(items);
  const timing = await tab.evaluate(async (fileText) => {
    // tsx names the progress callback below with a helper (__name) that the page lacks: Object(fn) is fn.
    Object.assign(window, { __name: Object });
    const hook = (window as unknown as BenchHookWindow).ledeLibraryE2E;
    const db = await hook.openLibrary();
    try {
      const started = performance.now();
      let checked = started;
      const result = await hook.importLibrary(db, fileText, {
        onProgress: (phase) => {
          if (phase === 'checking') checked = performance.now();
        },
      });
      const ended = performance.now();
      const outcome = result.ok ? `${result.counts.added} added, ${result.counts.updated} updated, ${result.counts.unchanged} unchanged` : `failed: ${result.message}`;
      return { totalMs: ended - started, checkingMs: checked - started, writingMs: ended - checked, outcome };
    } finally {
      db.close();
    }
  }, text);
  return { items, pages, megabytes: text.length / 1_048_576, ...timing };
}

export interface IndexReady {
  ms: number;
  postingBytes: number;
  terms: number;
  heapBytes: number | null;
}

/**
 * The goals of issue 17, in milliseconds: at 10,000 outlines open < 300, a pasted search
 * p95 < 100 and max < 150, a keystroke p95 < 50; at 50,000 open < 500, search p95 < 150.
 * Between the two sizes the 10,000 goals apply; above, the 50,000 ones.
 */
export function browserGoals(count: number): { openMs: number; searchP95: number; searchMax: number | null; keystrokeP95: number | null } {
  return count <= 10_000 ? { openMs: 300, searchP95: 100, searchMax: 150, keystrokeP95: 50 } : { openMs: 500, searchP95: 150, searchMax: null, keystrokeP95: null };
}

const under = (value: number, goal: number | null): boolean => goal === null || value < goal;
const goalText = (label: string, goal: number | null): string => (goal === null ? '' : `, ${label} < ${goal} ms`);

const OPEN_RUNS = 5;
/** Generous for two busy cores: the save starts 2 s after the index is ready and writes tens of MB. */
const COPY_SAVED_MS = 8_000;

function summary(values: number[]): TimingSummary {
  return { median: median(values), p95: percentile(values, 95), max: Math.max(...values) };
}

export type BenchBrowser = 'chromium' | 'firefox';

/** A tab on the e2e build's library page, with the hook loaded, and how to shut it all down. */
export async function openLibraryTab(browser: BenchBrowser): Promise<{ tab: LibraryTab; shutdown: () => Promise<void>; heapAfterGc?: () => Promise<number> }> {
  if (browser === 'chromium') {
    const chromium = await launchChromiumWithExtension(CHROME_E2E_BUILD);
    const page = await chromium.context.newPage();
    await page.goto(`chrome-extension://${chromium.extensionId}/library.html`);
    await page.waitForFunction(() => 'ledeLibraryE2E' in window);
    const tab = playwrightTab(page);
    // The heap is read after a collection, so it counts what the page keeps, not garbage of the build.
    const heapAfterGc = async () => {
      const session = await chromium.context.newCDPSession(page);
      await session.send('HeapProfiler.collectGarbage');
      const { usedSize } = await session.send('Runtime.getHeapUsage');
      await session.detach();
      return usedSize;
    };
    return { tab, shutdown: () => chromium.close(), heapAfterGc };
  }
  // Firefox opens extension pages only from a 127.0.0.1 page of the e2e build (tests/e2e/support/firefox.ts).
  const server = await startTestServer();
  const firefox = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD);
  const page = await firefox.browser.newPage();
  await page.goto(server.url('/pages/start.html'));
  await navigateToExtensionPage(page, 'library.html');
  const tab: LibraryTab = {
    // Arguments cross as JSON, so Puppeteer's handle-unwrapping type does not apply.
    evaluate: (fn, arg) => page.evaluate(fn as unknown as EvaluateFunc<[unknown]>, arg) as Promise<never>,
    close: () => page.close(),
  };
  await settle(() => tab.evaluate(() => ('ledeLibraryE2E' in window && location.protocol === 'moz-extension:' ? true : null), null), 'the library page in Firefox');
  return {
    tab,
    shutdown: async () => {
      await firefox.close();
      await server.close();
    },
  };
}

export async function benchLibraryInBrowser({
  count = 1_000,
  browser = 'chromium' as BenchBrowser,
  importItems = 0,
  log = (line: string) => console.log(line),
} = {}): Promise<BrowserLibraryResult> {
  const { tab, shutdown, heapAfterGc } = await openLibraryTab(browser);
  try {
    const fillStarted = performance.now();
    await fillLibrary(tab, count, generatedRecords);
    const fillMs = performance.now() - fillStarted;
    log(`filled ${count} outlines in ${(fillMs / 1000).toFixed(1)} s`);

    // The first opening after the fill has no saved index: as on a new profile or after an update.
    await timeOpen(tab);
    const firstSearchNoCopy = await timeFirstSearch(tab, 'dang uy');
    const buildMs = (await indexReady(tab)).ms;
    // The index is saved a moment after it is ready (search-index-keeper.ts); later openings take that copy.
    await new Promise((resolve) => setTimeout(resolve, COPY_SAVED_MS));
    const opens: number[] = [];
    for (let run = 0; run < OPEN_RUNS; run++) opens.push(await timeOpen(tab));
    const firstSearch = await timeFirstSearch(tab, 'dang uy');
    const copyTiming = await settle(
      () =>
        tab.evaluate((name) => {
          const entry = performance.getEntriesByName(name).at(-1) as PerformanceMeasure | undefined;
          const detail = entry?.detail as { loadMs: number; checkMs: number; byLog?: boolean } | undefined;
          return entry && detail ? { loadMs: detail.loadMs, checkMs: detail.checkMs, byLog: detail.byLog === true, totalMs: entry.duration } : null;
        }, COPY_CHECKED_MEASURE),
      'the saved search index',
      5_000,
    ).catch(() => null);
    const ready = await indexReady(tab);
    const index = { ...ready, heapBytes: heapAfterGc ? await heapAfterGc() : null };

    const perQuery: { query: string; ms: number; total: number }[] = [];
    const queries = benchQueries(count);
    for (const query of queries) {
      await timeSearch(tab, '');
      const { ms, total } = await timeSearch(tab, query);
      perQuery.push({ query, ms, total });
    }
    const typed = queries.filter((query) => query !== 'zzz-not-there').slice(0, 8);
    const keystrokes: number[] = [];
    for (const query of typed) {
      await timeSearch(tab, '');
      const letters = [...query];
      for (let end = 1; end <= letters.length; end++) keystrokes.push((await timeSearch(tab, letters.slice(0, end).join(''))).ms);
    }
    const open = summary(opens);
    const search = { ...summary(perQuery.map((q) => q.ms)), perQuery };
    const typing = { ...summary(keystrokes), keystrokes: keystrokes.length, queries: typed };
    const goals = browserGoals(count);
    const withinBudget = open.median < goals.openMs && search.p95 < goals.searchP95 && under(search.max, goals.searchMax) && under(typing.p95, goals.keystrokeP95);
    const importTiming = importItems > 0 ? await timeImport(tab, importItems) : null;
    return { browser, count, fillMs, opens, open, firstSearch, firstSearchNoCopy, buildMs, copyTiming, index, search, typing, withinBudget, importTiming };
  } finally {
    await shutdown();
  }
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;

export function formatBrowserLibraryBench(result: BrowserLibraryResult): string {
  const goals = browserGoals(result.count);
  const [load1, load5] = loadavg();
  return [
    `Library in ${result.browser === 'chromium' ? 'Chromium' : 'Firefox ESR'}, ${result.count} saved outlines (e2e build, real IndexedDB)`,
    `  machine: ${availableParallelism()} cores, load average ${load1?.toFixed(1)} (1 min), ${load5?.toFixed(1)} (5 min)`,
    `  open (navigation start → first 50 in the DOM) over ${result.opens.length} loads: median ${ms(result.open.median)}, p95 ${ms(result.open.p95)}, max ${ms(result.open.max)}   goal median < ${goals.openMs} ms`,
    `    ${result.opens.map(ms).join(', ')}`,
    `  search index at the first opening (no saved copy): built ${ms(result.buildMs)} after the first list; first search "dang uy" then: ${firstSearchText(result.firstSearchNoCopy)}`,
    `  search index in memory (saved copy, read as the page opens): ${result.index.terms} distinct tokens, typed arrays ${mb(result.index.postingBytes)}, page JS heap after GC ${result.index.heapBytes === null ? 'not reported by this browser' : `${mb(result.index.heapBytes)} (the typed arrays are outside it)`}`,
    `  first search, "dang uy" pasted as the first list appears: ${firstSearchText(result.firstSearch)}; saved index ${result.copyTiming === null ? 'not taken' : `read in ${ms(result.copyTiming.loadMs)}, brought up to date ${result.copyTiming.byLog ? 'by the change log' : 'against every list entry'} ${ms(result.copyTiming.checkMs)} later`}`,
    `  search (input → results painted) over ${result.search.perQuery.length} queries: median ${ms(result.search.median)}, p95 ${ms(result.search.p95)}, max ${ms(result.search.max)}   goal p95 < ${goals.searchP95} ms${goalText('max', goals.searchMax)}`,
    ...result.search.perQuery.map((q) => `    ${JSON.stringify(q.query).padEnd(22)} ${ms(q.ms).padStart(9)}  ${q.total} found`),
    `  typing, each keystroke (input → results painted) of ${result.typing.queries.length} queries, ${result.typing.keystrokes} keystrokes: median ${ms(result.typing.median)}, p95 ${ms(result.typing.p95)}, max ${ms(result.typing.max)}${goals.keystrokeP95 === null ? '' : `   goal p95 < ${goals.keystrokeP95} ms`}`,
    ...(result.importTiming ? [importLine(result.importTiming)] : []),
    result.withinBudget ? '  all goals met' : '  GOALS NOT MET',
  ].join('\n');
}

function firstSearchText(first: FirstSearch): string {
  if (!first.partial) return `${ms(first.ms)} (complete)`;
  const scan = first.scan ? ` (${first.scan.records} ${first.scan.readAhead ? 'read and indexed ahead, waited for' : 'read in'} ${ms(first.scan.readMs)}, indexed in ${ms(first.scan.buildMs)}, ${ms(first.scan.totalMs)} in all)` : '';
  return `${ms(first.ms)} from the newest records${scan}, complete at ${ms(first.completeMs)}`;
}

function importLine(timing: ImportTiming): string {
  const perItem = (value: number) => `${(value / timing.items).toFixed(2)} ms an item`;
  return `  import of ${timing.items} real articles (${timing.pages} golden pages cycled, ${timing.megabytes.toFixed(1)} MB of JSON): ${(timing.totalMs / 1000).toFixed(2)} s   goal < 3 s\n    checking ${ms(timing.checkingMs)} (${perItem(timing.checkingMs)}), writing ${ms(timing.writingMs)} (${perItem(timing.writingMs)}); ${timing.outcome}`;
}

/** Whether the e2e build and the browser are there to bench; `npm run bench` skips a browser without them. */
export function browserBenchAvailable(browser: BenchBrowser): boolean {
  const [build, binary] = browser === 'chromium' ? [CHROME_E2E_BUILD, '/usr/bin/chromium'] : [FIREFOX_E2E_BUILD, '/usr/bin/firefox-esr'];
  return existsSync(join(build, 'manifest.json')) && existsSync(binary);
}

/** The value after `--name` on the command line, or the fallback. */
export function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

/** `--browser chromium|firefox` (Chromium unless Firefox is asked for) and `--count N`: the library benches' common options. */
export function benchOptions(defaultCount: number): { browser: BenchBrowser; count: number } {
  return { browser: option('browser', 'chromium') === 'firefox' ? 'firefox' : 'chromium', count: Number(option('count', String(defaultCount))) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchLibraryInBrowser({ ...benchOptions(1000), importItems: Number(option('import', '0')) });
  console.log(formatBrowserLibraryBench(result));
  process.exitCode = result.withinBudget ? 0 : 1;
}
