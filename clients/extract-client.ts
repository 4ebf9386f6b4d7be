import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messages';
import type { ExtractResult } from '@/utils/read-page';
import type { LiveResult } from '@/utils/read-live-part';
import type { Article } from '@/utils/article/types';
import { parsePageCopy } from '@/utils/article/parse-page-copy';
import { extractTab } from './extract-tab';
import { SLICE_MS } from '@/utils/steps';
import { nextTask } from '@/utils/dom/next-task';
import { afterPaint } from '@/utils/dom/after-paint';
import { READ_MARKS } from '@/utils/read-marks';
import type { ReadFailure } from '@/utils/messages';

/** The view gives up waiting after this long; the page itself is never blocked by us. */
export const EXTRACT_TIMEOUT_MS = 10_000;

/**
 * Firefox's background page has a DOM and finishes reads itself, its code loaded once when it
 * starts (services/finish-tab.ts); Chrome's background is a worker without one, so there the view
 * finishes the read and loads the finishing code when it opens.
 */
export const FINISHED_IN_BACKGROUND: boolean = import.meta.env.FIREFOX;

type Finisher = typeof import('@/utils/finish-reading');
let finisher: Promise<Finisher> | null = null;

/**
 * The finishing code, a chunk of its own so the popup opens without it; loaded once per page.
 * The popup asks for it first thing (entrypoints/popup/main.tsx), before looking for its tab, so
 * that it is parsed and run while the page does its part, not after the page's part has arrived.
 */
export function loadFinisher(): Promise<Finisher> {
  finisher ??= import('@/utils/finish-reading').then(
    (module) => {
      performance.mark(READ_MARKS.finisher);
      return module;
    },
    (error: unknown) => {
      // Not kept: a later read (the "Page changed" refresh) asks again.
      finisher = null;
      throw error;
    },
  );
  return finisher;
}

/** A read of a tab; `pageLoading`: the page was still loading when its part was read, so its article may grow. */
export type TabResult = ExtractResult & { pageLoading?: boolean };

/**
 * Reads the page's part of a tab's article, then finishes the read here (body passes, outline),
 * or, in Firefox, lets the background read and finish it: the page is busy only for its own part.
 * Every failure comes back as a value. `onArticle` gets the article as soon as it is made, before its outline.
 * `tabUrl`: the tab's address where the view's lookup gave it (the toolbar popup), checked without asking again.
 */
export async function readArticleOfTab(tabId: number | null, onArticle?: (article: Article) => void, tabUrl?: string): Promise<TabResult> {
  if (tabId === null) return { ok: false, reason: 'no-tab' };
  if (FINISHED_IN_BACKGROUND) return readFinishedArticleOfTab(tabId, tabUrl, onArticle);
  const finishing = loadFinisher();
  performance.mark(READ_MARKS.pageAsked);
  const live = await readLivePartOfTab(tabId, tabUrl);
  performance.mark(READ_MARKS.pagePart);
  if (!live.ok) return live;
  markPageWork(live.startedAt, live.ms);
  try {
    const parser = new DOMParser();
    // The page's copy parsed now, in native code, while the finishing code is still loading: in
    // Firefox it arrived after the page's part on 45-54 of the 65 golden pages, 50-75 ms later at
    // the median (npm run bench:browser -- --verbose, marks `finisher` and `page-part`).
    const parsing = performance.now();
    const pageCopy = parsePageCopy(live.reading, parser);
    // A large copy took its own slice to parse: its metadata is read in the next task, not this one.
    if (performance.now() - parsing >= SLICE_MS) await nextTask();
    const { finishReadingInSteps } = await finishing;
    const steps = {
      pageCopy,
      onMetadata: () => performance.mark(READ_MARKS.metadata),
      onArticle: (article: Article) => {
        performance.mark(READ_MARKS.article);
        onArticle?.(article);
      },
    };
    return { ...(await finishReadingInSteps(live, parser, steps)), pageLoading: live.reading.loading };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * When the page's script ran, on this view's timeline: what lies between asking and the script's
 * start is the browser's (injecting, and the page's thread being free), what follows its end is
 * the answer's way back.
 */
function markPageWork(startedAt: number | undefined, ms: number): void {
  if (startedAt === undefined) return;
  const start = startedAt - performance.timeOrigin;
  if (start < 0) return;
  performance.mark(READ_MARKS.pageStart, { startTime: start });
  performance.mark(READ_MARKS.pageEnd, { startTime: start + ms });
}

/**
 * The read the background finished (Firefox): the article first, shown at once, then its outline.
 * The page-part, metadata and made marks are set at the moments the background reached them, so the
 * browser tests time what follows the page's part here as they do where the view finishes the read.
 */
async function readFinishedArticleOfTab(tabId: number, url: string | undefined, onArticle?: (article: Article) => void): Promise<TabResult> {
  performance.mark(READ_MARKS.pageAsked);
  const first = await withTimeout(sendMessage((m) => browser.runtime.sendMessage(m), 'UI_READ_ARTICLE', url === undefined ? { tabId } : { tabId, url }));
  if (!first.ok) return first;
  for (const [mark, at] of [
    [READ_MARKS.pagePart, first.pagePartAt],
    [READ_MARKS.metadata, first.metadataAt],
    [READ_MARKS.made, first.madeAt],
  ] as const)
    performance.mark(mark, { startTime: Math.max(0, at - performance.timeOrigin) });
  markPageWork(first.pageStartAt, first.pageMs);
  performance.mark(READ_MARKS.article);
  onArticle?.(first.article);
  // Asked once the article is drawn: the background makes the outline when asked, on this thread.
  await afterPaint();
  const rest = await sendMessage((m) => browser.runtime.sendMessage(m), 'UI_READ_OUTLINE', { readId: first.readId }).catch(
    (): ReadFailure => ({ ok: false, reason: 'failed' }),
  );
  if (!rest.ok) return rest;
  return { ok: true, article: first.article, outline: rest.outline, ms: rest.ms, pageMs: rest.pageMs, pageLoading: first.pageLoading };
}

/**
 * The view injects the page's part itself: it may script the tab the reader clicked Lede on as the
 * background may (activeTab is the extension's), and the page's part, often hundreds of kilobytes,
 * then crosses one boundary instead of two, with no worker to wake on the way.
 */
function readLivePartOfTab(tabId: number, url: string | undefined): Promise<LiveResult> {
  return withTimeout(extractTab(tabId, url));
}

/** The answer, or `timeout` after EXTRACT_TIMEOUT_MS, or `failed` when the asking itself failed. */
async function withTimeout<T>(asked: Promise<T>): Promise<T | ReadFailure> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ReadFailure>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'timeout' }), EXTRACT_TIMEOUT_MS);
  });
  try {
    return await Promise.race([asked, timeout]);
  } catch {
    return { ok: false, reason: 'failed' };
  } finally {
    clearTimeout(timer);
  }
}
