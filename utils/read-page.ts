import type { Outline } from './outline/types';
import type { Article, ExtractFailure } from './article/types';
import { finishReading } from './finish-reading';
import { readPageMetadata } from './article/page-metadata';
import { readLivePart, type LivePartOptions } from './read-live-part';

// The page's part lives in a module of its own so that the injected script bundles nothing else.
export { IN_PAGE_BUDGET_MS, readLivePart, type LiveResult } from './read-live-part';

/**
 * What reading a page gives every context: a plain, structured-clone-safe object. `ms` is the
 * whole read; `pageMs`, when the read was split, the part the page itself was busy for.
 */
export type ExtractResult =
  | { ok: true; article: Article; outline: Outline; ms: number; pageMs?: number }
  | { ok: false; reason: ExtractFailure; detail?: string };

/** Readability's element limit, the clock, and the budget; the page is never copied here (readPage reads it directly). */
export type ReadPageOptions = Omit<LivePartOptions, 'copyPage'>;

/**
 * page → article → outline: the one path the injected extractor (entrypoints/extract.ts) and the CLI share. Pure: it
 * never changes `page`, and runs the same in the page and in Node (jsdom).
 */
export function readPage(page: Document, url: string, options: ReadPageOptions = {}): ExtractResult {
  const now = options.now ?? (() => performance.now());
  const started = now();
  // The page is at hand: no copy of it to send, its metadata is read from it directly
  // (tests/unit/finish-reading.test.ts checks the copy gives the same).
  const live = readLivePart(page, url, { ...options, copyPage: false });
  if (!live.ok) return live;
  const metadata = readPageMetadata(page);
  // What the budget left after the live part; none without a budget.
  const budgetMs = options.budgetMs === undefined ? null : Math.max(0, options.budgetMs - (now() - started));
  const win = page.defaultView as (Window & typeof globalThis) | null;
  if (!win) return { ok: false, reason: 'failed', detail: 'document has no window' };
  return finishReading(live, new win.DOMParser(), { now, budgetMs, metadata });
}
