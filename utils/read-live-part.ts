import type { ExtractFailure } from './article/types';
import { readLivePage, sendReading, type LiveStep, type LiveSteps, type SentReading } from './article/live-reading';
import { NEVER_TIME_UP, timeUpAfter } from './deadline';

/**
 * The part of a read that runs in the reader's tab, in a module of its own: the injected script
 * (entrypoints/extract.ts) bundles this file's imports and runs their top-level code on every
 * injection, on the page's thread. Imported through read-page.ts, it carried the whole pipeline —
 * the language packs and the regular expressions built from them at load — for nothing:
 * extract.js was 85 KB, and Readability is 33 KB of it.
 */

/**
 * The in-page budget of a read (entrypoints/extract.ts): below the popup's 10 s wait
 * (clients/extract-client.ts) with room for injecting the script and sending the result back.
 */
export const IN_PAGE_BUDGET_MS = 8_000;

/**
 * What the extractor injected in the page hands back (entrypoints/extract.ts): the live part of
 * the read, with Readability's body as HTML; `ms` is the time the page was busy with it, from
 * `startedAt` (ms since the epoch, so the view can place the page's work on its own timeline;
 * absent with a clock of the caller's). An extension page finishes it (utils/finish-reading.ts).
 */
export type LiveResult =
  | { ok: true; reading: SentReading; ms: number; steps: LiveSteps; startedAt?: number }
  | { ok: false; reason: ExtractFailure; detail?: string };

export interface LivePartOptions {
  /** Clock for the `ms` figure; performance.now where it exists. */
  now?: () => number;
  /** Past this many ms the read stops and answers `timeout`; no budget when absent (CLI, benches). */
  budgetMs?: number;
  /** Readability gives up (and we report "too large") past this many elements. */
  maxElems?: number;
  /** false: no copy of the page's HTML, when the read is finished where the page is (readPage). */
  copyPage?: boolean;
}

/** The part of a read that needs the live page: Readability on a clone and the page's HTML for its metadata, nothing after. */
export function readLivePart(page: Document, url: string, options: LivePartOptions = {}): LiveResult {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const timeUp = options.budgetMs === undefined ? NEVER_TIME_UP : timeUpAfter(options.budgetMs, now);
  const steps: LiveSteps = { count: 0, clone: 0, captions: 0, readability: 0, serialize: 0 };
  let lapStarted = started;
  const lap = (step: LiveStep): void => {
    const at = now();
    steps[step] += at - lapStarted;
    lapStarted = at;
  };
  const live = readLivePage(page, url, { maxElems: options.maxElems, timeUp, lap, copyPage: options.copyPage !== false });
  if (!live.ok) return live;
  const reading = sendReading(live.reading, live.root, live.copy);
  lap('serialize');
  return { ok: true, reading, ms: lapStarted - started, steps, startedAt: options.now ? undefined : performance.timeOrigin + started };
}
