import type { Outline } from './outline/types';
import type { Article, ExtractFailure } from './article/types';
import { articleSteps, finishDeadline, timedOut } from './finish-reading';
import { parsePageCopy } from './article/parse-page-copy';
import { rebuildBody } from './article/read-marked-body';
import { NEVER_OVER, runToEnd } from './steps';
import type { ArticleExtraction } from './article/types';
import type { TimeUp } from './deadline';
import { readPageMetadata, type PageMetadata } from './article/page-metadata';
import { readSentMetadata } from './article/page-copy';
import { buildOutline } from './outline/build-outline';
import { readLivePart, type LivePartOptions, type LiveResult } from './read-live-part';

/**
 * What reading a page gives every context: a plain, structured-clone-safe object. `ms` is the
 * whole read; `pageMs`, when the read was split, the part the page itself was busy for.
 */
export type ExtractResult =
  | { ok: true; article: Article; outline: Outline; ms: number; pageMs?: number }
  | { ok: false; reason: ExtractFailure; detail?: string };

export interface FinishOptions {
  now?: () => number;
  /** Past this many ms the read answers `timeout`; FINISH_BUDGET_MS when absent, none when null (CLI, benches). */
  budgetMs?: number | null;
  /** Read already from the page itself, when the read is finished where the page is (readPage); else read from the page's copy. */
  metadata?: PageMetadata;
  /** The page itself, when the read is finished where it is (readPage); else its copy is parsed. */
  page?: Document;
}

type LiveReadingResult = Extract<LiveResult, { ok: true }>;

/** The article of a page's part in one go: its body rebuilt (or read again from the page's marked body), then the body passes. */
function articleOf(live: LiveReadingResult, meta: PageMetadata, page: Document, parser: DOMParser, timeUp: TimeUp): ArticleExtraction {
  const body = rebuildBody(live.reading, page, parser, timeUp);
  if (!body) return { ok: false, reason: 'no-content' };
  return runToEnd(articleSteps(body, meta, timeUp, NEVER_OVER));
}

/**
 * The rest of a read in one go: the page's metadata (from the page itself, or its copy), body
 * passes, text, the article-or-not decision and the outline. Where the page is (readPage, the
 * CLI) and in the unit tests; an extension page the reader looks at finishes in steps
 * (finishReadingInSteps, utils/finish-reading.ts), its outline code loaded after the article.
 * `ms` is both parts together.
 */
export function finishReading(live: LiveResult, parser: DOMParser, options: FinishOptions = {}): ExtractResult {
  if (!live.ok) return live;
  const now = options.now ?? (() => performance.now());
  const started = now();
  const timeUp = finishDeadline(options.budgetMs, now);
  const page = options.page ?? parsePageCopy(live.reading, parser);
  const extracted = articleOf(live, options.metadata ?? readSentMetadata(live.reading, parser, page), page, parser, timeUp);
  if (!extracted.ok) return extracted;
  try {
    const outline = buildOutline(extracted.article, extracted.blocks, timeUp);
    return { ok: true, article: extracted.article, outline, ms: live.ms + (now() - started), pageMs: live.ms };
  } catch (error) {
    return timedOut(error);
  }
}

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
  return finishReading(live, new win.DOMParser(), { now, budgetMs, metadata, page });
}
