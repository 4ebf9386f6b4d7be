/**
 * The library in Debian's Chromium, as a reader meets it: the e2e build's library page
 * over a real IndexedDB filled with generated outlines (scripts/lib/generate-library.ts).
 * Times, by the page's own performance marks, (1) opening the page until the first list is
 * in the DOM, counted from navigation start, (2) each search typed at once (pasted) from the
 * input event to its results in the DOM and one frame painted, and (3) the same for every
 * keystroke of queries typed letter by letter, as results follow the keyboard.
 *
 * Needs `npm run build:e2e`. Run alone with `npx tsx scripts/bench-library-browser.ts
 * [--count N]`, or through `npm run bench` (which calls benchLibraryInBrowser()).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { LibraryDatabase } from '../utils/library/db';
import type { SavedOutline, WriteFailure } from '../utils/library/schema';
import { RESULTS_SHOWN_MARK } from '../components/library/use-library-page';
import { CHROME_E2E_BUILD, launchChromiumWithExtension } from '../tests/e2e/support/chromium';
import { benchQueries, LIBRARY_BUDGETS, type TimingSummary } from './bench-library';
import { generatedRecords } from './lib/generate-library';
import { median, percentile } from './lib/stats';

/** What the e2e build's library page exposes (entrypoints/library/main.tsx). */
interface BenchHookWindow {
  ledeLibraryE2E: {
    openLibrary(): Promise<LibraryDatabase>;
    putRecords(db: LibraryDatabase, records: SavedOutline[]): Promise<{ ok: true } | WriteFailure>;
  };
}

export interface BrowserLibraryResult {
  count: number;
  fillMs: number;
  opens: number[];
  open: TimingSummary;
  search: TimingSummary & { perQuery: { query: string; ms: number; total: number }[] };
  typing: TimingSummary & { keystrokes: number; queries: string[] };
  withinBudget: boolean;
}

const OPEN_RUNS = 5;
const FILL_BATCH = 250;

function summary(values: number[]): TimingSummary {
  return { median: median(values), p95: percentile(values, 95), max: Math.max(...values) };
}

async function fill(page: Page, count: number): Promise<void> {
  for (let start = 0; start < count; start += FILL_BATCH) {
    const records = generatedRecords(start, Math.min(count, start + FILL_BATCH));
    const outcome = await page.evaluate(async (batch) => {
      const hook = (window as unknown as BenchHookWindow).ledeLibraryE2E;
      const db = await hook.openLibrary();
      try {
        const result = await hook.putRecords(db, batch);
        return result.ok ? null : result.message;
      } finally {
        db.close();
      }
    }, records);
    if (outcome !== null) throw new Error(`filling the library failed: ${outcome}`);
  }
}

/** Milliseconds from navigation start to the first list in the DOM, by the page's own mark. */
export async function timeOpen(page: Page, url: string, mark: string): Promise<number> {
  await page.goto(url);
  return page.evaluate(async (name) => {
    while (performance.getEntriesByName(name).length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    return performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
  }, mark);
}

/** Types `query` into the search box at once and waits for its results: DOM committed, then one frame. */
export function timeSearch(page: Page, query: string, mark: string): Promise<{ ms: number; total: number }> {
  return page.evaluate(
    async ({ text, name }) => {
      const input = document.querySelector<HTMLInputElement>('.library-search-box input');
      if (!input) throw new Error('no search box');
      const seen = performance.getEntriesByName(name).length;
      const started = performance.now();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (performance.getEntriesByName(name).length === seen) await new Promise((resolve) => setTimeout(resolve, 1));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const entry = performance.getEntriesByName(name).at(-1) as PerformanceMark | undefined;
      return { ms: performance.now() - started, total: Number((entry?.detail as { total?: number } | null)?.total ?? Number.NaN) };
    },
    { text: query, name: mark },
  );
}

export async function benchLibraryInBrowser({ count = 10_000, log = (line: string) => console.log(line) } = {}): Promise<BrowserLibraryResult> {
  const chromium = await launchChromiumWithExtension(CHROME_E2E_BUILD);
  try {
    const url = `chrome-extension://${chromium.extensionId}/library.html`;
    const filler = await chromium.context.newPage();
    await filler.goto(url);
    await filler.waitForFunction(() => 'ledeLibraryE2E' in window);
    const fillStarted = performance.now();
    await fill(filler, count);
    const fillMs = performance.now() - fillStarted;
    log(`filled ${count} outlines in ${(fillMs / 1000).toFixed(1)} s`);
    await filler.close();

    const opens: number[] = [];
    let page = await chromium.context.newPage();
    for (let run = 0; run < OPEN_RUNS; run++) {
      if (run > 0) {
        await page.close();
        page = await chromium.context.newPage();
      }
      opens.push(await timeOpen(page, url, RESULTS_SHOWN_MARK));
    }

    const perQuery: { query: string; ms: number; total: number }[] = [];
    const queries = benchQueries(count);
    for (const query of queries) {
      await timeSearch(page, '', RESULTS_SHOWN_MARK);
      perQuery.push({ query, ...(await timeSearch(page, query, RESULTS_SHOWN_MARK)) });
    }
    const typed = queries.filter((query) => query !== 'zzz-not-there').slice(0, 8);
    const keystrokes: number[] = [];
    for (const query of typed) {
      await timeSearch(page, '', RESULTS_SHOWN_MARK);
      const letters = [...query];
      for (let end = 1; end <= letters.length; end++) keystrokes.push((await timeSearch(page, letters.slice(0, end).join(''), RESULTS_SHOWN_MARK)).ms);
    }
    const open = summary(opens);
    const search = { ...summary(perQuery.map((q) => q.ms)), perQuery };
    const typing = { ...summary(keystrokes), keystrokes: keystrokes.length, queries: typed };
    const withinBudget = open.median < LIBRARY_BUDGETS.openMs && search.p95 < LIBRARY_BUDGETS.searchMs && typing.p95 < LIBRARY_BUDGETS.searchMs;
    return { count, fillMs, opens, open, search, typing, withinBudget };
  } finally {
    await chromium.close();
  }
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;

export function formatBrowserLibraryBench(result: BrowserLibraryResult): string {
  return [
    `Library in Chromium, ${result.count} saved outlines (e2e build, real IndexedDB)`,
    `  open (navigation start → first 50 in the DOM) over ${result.opens.length} loads: median ${ms(result.open.median)}, max ${ms(result.open.max)}   budget ${LIBRARY_BUDGETS.openMs} ms`,
    `    ${result.opens.map(ms).join(', ')}`,
    `  search (input → results painted) over ${result.search.perQuery.length} queries: median ${ms(result.search.median)}, p95 ${ms(result.search.p95)}, max ${ms(result.search.max)}   budget ${LIBRARY_BUDGETS.searchMs} ms`,
    ...result.search.perQuery.map((q) => `    ${JSON.stringify(q.query).padEnd(22)} ${ms(q.ms).padStart(9)}  ${q.total} found`),
    `  typing, each keystroke (input → results painted) of ${result.typing.queries.length} queries, ${result.typing.keystrokes} keystrokes: median ${ms(result.typing.median)}, p95 ${ms(result.typing.p95)}, max ${ms(result.typing.max)}   budget ${LIBRARY_BUDGETS.searchMs} ms`,
    result.withinBudget ? '  all within budget' : '  OVER BUDGET',
  ].join('\n');
}

/** Whether the e2e build is there to bench; `npm run bench` skips the browser part without it. */
export function browserBenchAvailable(): boolean {
  return existsSync(join(CHROME_E2E_BUILD, 'manifest.json')) && existsSync('/usr/bin/chromium');
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchLibraryInBrowser({ count: Number(option('count', '10000')) });
  console.log(formatBrowserLibraryBench(result));
  process.exitCode = result.withinBudget ? 0 : 1;
}
