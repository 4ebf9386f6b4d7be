import type { Article, ExtractFailure } from './article/types';
import type { Outline } from './outline/types';
import { extractArticle, type ExtractOptions } from './article/extract-article';
import { buildOutline } from './outline/build-outline';
import { DeadlinePassed, NEVER_TIME_UP, timeUpAfter } from './deadline';

/**
 * The in-page budget of a read (entrypoints/extract.ts): below the popup's 10 s wait
 * (clients/extract-client.ts) with room for injecting the script and sending the result back.
 */
export const IN_PAGE_BUDGET_MS = 8_000;

/** What reading a page gives every context: a plain, structured-clone-safe object. */
export type ExtractResult =
  | { ok: true; article: Article; outline: Outline; ms: number }
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
  const timeUp = options.budgetMs === undefined ? NEVER_TIME_UP : timeUpAfter(options.budgetMs, now);
  const extracted = extractArticle(page, url, { ...options, timeUp });
  if (!extracted.ok) return extracted;
  let outline: Outline;
  try {
    outline = buildOutline(extracted.article, extracted.blocks, timeUp);
  } catch (error) {
    if (error instanceof DeadlinePassed) return { ok: false, reason: 'timeout' };
    throw error;
  }
  return { ok: true, article: extracted.article, outline, ms: now() - started };
}
