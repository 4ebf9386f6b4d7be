import type { Article, ExtractFailure } from './article/types';
import type { Outline } from './outline/types';
import type { ExtractOptions } from './article/extract-article';
import { readLivePage, sendReading, type SentReading } from './article/live-reading';
import { finishReading } from './finish-reading';
import { readPageMetadata } from './article/page-metadata';
import { NEVER_TIME_UP, timeUpAfter } from './deadline';

/**
 * The in-page budget of a read (entrypoints/extract.ts): below the popup's 10 s wait
 * (clients/extract-client.ts) with room for injecting the script and sending the result back.
 */
export const IN_PAGE_BUDGET_MS = 8_000;

/**
 * What reading a page gives every context: a plain, structured-clone-safe object. `ms` is the
 * whole read; `pageMs`, when the read was split, the part the page itself was busy for.
 */
export type ExtractResult =
  | { ok: true; article: Article; outline: Outline; ms: number; pageMs?: number }
  | { ok: false; reason: ExtractFailure; detail?: string };

/**
 * What the extractor injected in the page hands back (entrypoints/extract.ts): the live part of
 * the read, with Readability's body as HTML; `ms` is the time the page was busy with it. An
 * extension page finishes it (utils/finish-reading.ts).
 */
export type LiveResult =
  | { ok: true; reading: SentReading; ms: number }
  | { ok: false; reason: ExtractFailure; detail?: string };

export interface ReadPageOptions extends Omit<ExtractOptions, 'timeUp'> {
  /** Clock for the `ms` figure; performance.now where it exists. */
  now?: () => number;
  /** Past this many ms the read stops and answers `timeout`; no budget when absent (CLI, benches). */
  budgetMs?: number;
}

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

/** The part of a read that needs the live page: Readability on a clone and the page's HTML for its metadata, nothing after. */
export function readLivePart(page: Document, url: string, options: ReadPageOptions & { copyPage?: boolean } = {}): LiveResult {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const timeUp = options.budgetMs === undefined ? NEVER_TIME_UP : timeUpAfter(options.budgetMs, now);
  const live = readLivePage(page, url, { ...options, timeUp });
  if (!live.ok) return live;
  return { ok: true, reading: sendReading(live.reading, live.root, options.copyPage === false ? null : live.page), ms: now() - started };
}
