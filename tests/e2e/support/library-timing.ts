/**
 * Timing the library page by its own performance mark (RESULTS_SHOWN_MARK), for the browser
 * tests and `npm run bench` alike, in Chromium (Playwright) or Firefox (Puppeteer).
 */
import type { Page } from 'playwright-core';
import { INDEX_READY_MARK, RESULTS_SHOWN_MARK } from '../../../hooks/use-library-page';
import type { LibraryDatabase } from '../../../utils/library/db';
import type { SavedOutline, WriteFailure } from '../../../utils/library/schema';

/**
 * One tab on the library page, in either browser: Playwright drives Chromium, Puppeteer over
 * BiDi drives Firefox, and the bench needs only this of them.
 */
export interface LibraryTab {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** A Playwright page as a LibraryTab. Arguments cross as JSON, so Playwright's handle-unboxing type does not apply. */
export function playwrightTab(page: Page): LibraryTab {
  return { evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg), close: () => page.close() };
}

/** Retries `read` while the tab is between documents (evaluation fails or sees the old one). */
export async function settle<T>(read: () => Promise<T | null>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const seen = await read().catch(() => null);
    if (seen !== null) return seen;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Reloads the library page in the tab and returns the milliseconds from its navigation start
 * to the first list in the DOM, by the page's own mark. The old document is told apart by
 * its time origin.
 */
export async function timeOpen(tab: LibraryTab, mark: string = RESULTS_SHOWN_MARK): Promise<number> {
  const before = await tab.evaluate(() => performance.timeOrigin, null);
  await tab.evaluate(() => setTimeout(() => location.reload(), 0), null).catch(() => undefined);
  return settle(
    () =>
      tab.evaluate(
        ({ name, old }) => (performance.timeOrigin === old ? null : (performance.getEntriesByName(name)[0]?.startTime ?? null)),
        { name: mark, old: before },
      ),
    'the library page to show its first list',
  );
}

/**
 * Types `query` into the search box at once and waits for its results: DOM committed, then
 * one frame. `total` is the count the page marked, `shown` the count line a reader sees.
 */
export function timeSearch(tab: LibraryTab, query: string, mark: string = RESULTS_SHOWN_MARK): Promise<{ ms: number; total: number; shown: string }> {
  return tab.evaluate(
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
      const total = Number((entry?.detail as { total?: number } | null)?.total ?? Number.NaN);
      return { ms: performance.now() - started, total, shown: document.querySelector('.library-total')?.textContent ?? '' };
    },
    { text: query, name: mark },
  );
}


/**
 * Types `query` at once, as timeSearch does, and times both its first results (`ms`: from the
 * newest records alone while the search index is not ready, LibraryPage.partial) and its complete
 * ones (`completeMs`: the first results not marked partial, up to `timeoutMs`).
 */
export function timeSearchUntilComplete(tab: LibraryTab, query: string, timeoutMs = 60_000): Promise<{ ms: number; completeMs: number; partial: boolean; total: number }> {
  return tab.evaluate(
    async ({ text, name, timeout }) => {
      // No named functions in here: tsx would wrap them in a helper (__name) the page lacks.
      const input = document.querySelector<HTMLInputElement>('.library-search-box input');
      if (!input) throw new Error('no search box');
      const seen = performance.getEntriesByName(name).length;
      const started = performance.now();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (performance.getEntriesByName(name).length === seen) await new Promise((resolve) => setTimeout(resolve, 1));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const ms = performance.now() - started;
      const first = performance.getEntriesByName(name)[seen] as PerformanceMark | undefined;
      const partial = (first?.detail as { partial?: boolean } | null)?.partial === true;
      for (;;) {
        for (const entry of performance.getEntriesByName(name).slice(seen) as PerformanceMark[]) {
          const detail = entry.detail as { total?: number; partial?: boolean } | null;
          if (detail?.partial !== true) return { ms, completeMs: entry.startTime - started, partial, total: Number(detail?.total ?? Number.NaN) };
        }
        if (performance.now() - started > timeout) throw new Error(`no complete results for ${text} within ${timeout} ms`);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    },
    { text: query, name: RESULTS_SHOWN_MARK, timeout: timeoutMs },
  );
}

/** Waits for the page's in-memory search index and returns what its mark says: the time from the start of its build to ready, and its size. */
export function indexReady(tab: LibraryTab): Promise<{ ms: number; postingBytes: number; terms: number }> {
  return settle(
    () =>
      tab.evaluate((name) => {
        const entry = performance.getEntriesByName(name).at(-1) as PerformanceMark | undefined;
        if (!entry) return null;
        const detail = entry.detail as { ms: number; postingBytes: number; terms: number };
        return { ms: detail.ms, postingBytes: detail.postingBytes, terms: detail.terms };
      }, INDEX_READY_MARK),
    'the search index',
    120_000,
  );
}

/** What the e2e build's library page exposes to write records straight into its database (entrypoints/library/main.tsx). */
interface FillHookWindow {
  ledeLibraryE2E: {
    openLibrary(): Promise<LibraryDatabase>;
    putRecords(db: LibraryDatabase, records: SavedOutline[]): Promise<{ ok: true } | WriteFailure>;
  };
}

const FILL_BATCH = 250;

/** Fills the library of the tab's extension with `count` records made by `records(from, to)`, a batch per evaluation. */
export async function fillLibrary(tab: LibraryTab, count: number, records: (from: number, to: number) => SavedOutline[]): Promise<void> {
  for (let start = 0; start < count; start += FILL_BATCH) {
    const batch = records(start, Math.min(count, start + FILL_BATCH));
    const outcome = await tab.evaluate(async (items) => {
      const hook = (window as unknown as FillHookWindow).ledeLibraryE2E;
      const db = await hook.openLibrary();
      try {
        const result = await hook.putRecords(db, items);
        return result.ok ? null : result.message;
      } finally {
        db.close();
      }
    }, batch);
    if (outcome !== null) throw new Error(`filling the library failed: ${outcome}`);
  }
}
