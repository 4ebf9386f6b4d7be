import type { ArticleExtraction } from './types';
import { readLivePage, sendReading, type LiveOptions } from './live-reading';
import { rebuildBody } from './read-marked-body';
import { finishArticle } from './finish-article';
import { readPageMetadata } from './page-metadata';
import { NEVER_TIME_UP } from '../deadline';

/** The live part's options; `timeUp` is also asked between the body passes. */
export type ExtractOptions = LiveOptions;

/**
 * page → Article + the body blocks the outline reads, in one context (the CLI, the benches,
 * the tests), on the same path as the extension: the live part, its HTML, the body rebuilt
 * from it, the rest — only the metadata is read from the page itself rather than its copy. Never changes `page`. Knows nothing of the outline: utils/read-page.ts joins the two.
 */
export function extractArticle(page: Document, url: string, options: ExtractOptions = {}): ArticleExtraction {
  const live = readLivePage(page, url, options);
  if (!live.ok) return live;
  const win = page.defaultView as (Window & typeof globalThis) | null;
  if (!win) return { ok: false, reason: 'failed', detail: 'document has no window' };
  const sent = sendReading(live.reading, live.root, live.copy);
  const timeUp = options.timeUp ?? NEVER_TIME_UP;
  const body = rebuildBody(sent, page, new win.DOMParser(), timeUp);
  if (!body) return { ok: false, reason: 'no-content' };
  // The page itself is here: its metadata is read from it, with no copy sent (page-copy.ts);
  // tests/unit/finish-reading.test.ts checks both give the same article.
  return finishArticle(body.reading, readPageMetadata(page), body.root, timeUp);
}
