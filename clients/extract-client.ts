import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messages';
import type { ExtractResult } from '@/utils/read-page';
import type { LiveResult } from '@/utils/read-live-part';
import type { Article } from '@/utils/article/types';
import { parsePageCopy } from '@/utils/article/parse-page-copy';
import { SLICE_MS } from '@/utils/steps';
import { nextTask } from '@/utils/dom/next-task';
import { READ_MARKS } from '@/utils/read-marks';

/** The view gives up waiting after this long; the page itself is never blocked by us. */
export const EXTRACT_TIMEOUT_MS = 10_000;


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
 * Asks the background to read the article of a tab, then finishes the read here (body passes,
 * outline): the page is busy only for its own part. Every failure comes back as a value.
 * `onArticle` gets the article as soon as it is made, before its outline.
 */
export async function readArticleOfTab(tabId: number | null, onArticle?: (article: Article) => void): Promise<TabResult> {
  if (tabId === null) return { ok: false, reason: 'no-tab' };
  const finishing = loadFinisher();
  const live = await readLivePartOfTab(tabId);
  performance.mark(READ_MARKS.pagePart);
  if (!live.ok) return live;
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

async function readLivePartOfTab(tabId: number): Promise<LiveResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<LiveResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'timeout' }), EXTRACT_TIMEOUT_MS);
  });
  try {
    const reading = sendMessage((m) => browser.runtime.sendMessage(m), 'UI_EXTRACT_TAB', { tabId });
    return await Promise.race([reading, timeout]);
  } catch {
    return { ok: false, reason: 'failed' };
  } finally {
    clearTimeout(timer);
  }
}
