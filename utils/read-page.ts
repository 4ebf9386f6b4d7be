import type { Article, ExtractFailure } from './article/types';
import type { Outline } from './outline/types';
import { extractArticle, type ExtractOptions } from './article/extract-article';
import { buildOutline } from './outline/build-outline';

/** What reading a page gives every context: a plain, structured-clone-safe object. */
export type ExtractResult =
  | { ok: true; article: Article; outline: Outline; ms: number }
  | { ok: false; reason: ExtractFailure; detail?: string };

export interface ReadPageOptions extends ExtractOptions {
  /** Clock for the `ms` figure; performance.now where it exists. */
  now?: () => number;
}

/**
 * page → article → outline: the one path the content script and the CLI share. Pure: it
 * never changes `page`, and runs the same in the page and in Node (jsdom).
 */
export function readPage(page: Document, url: string, options: ReadPageOptions = {}): ExtractResult {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const extracted = extractArticle(page, url, options);
  if (!extracted.ok) return extracted;
  const outline = buildOutline(extracted.article, extracted.blocks);
  return { ok: true, article: extracted.article, outline, ms: now() - started };
}
