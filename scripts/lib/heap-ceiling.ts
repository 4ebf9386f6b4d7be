import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8 lets its heap grow to several times the live data when the limit is far away (4 GB
 * here), so the CLI's batch, whose live data stays under 200 MB, still reached 1 GB of
 * RSS. One full collection whenever the heap passes the ceiling between two pages keeps
 * the batch near it (about 100 collections for 1,000 pages), and unlike a
 * --max-old-space-size it never fails the whole batch on one very large page.
 */
export const HEAP_CEILING_BYTES = 192 * 1024 * 1024;

let collect: (() => void) | null | undefined;

/** Node gives `gc` only with --expose-gc; the flag is on just long enough to take it from a fresh context. */
function fullCollection(): (() => void) | null {
  if (collect !== undefined) return collect;
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null');
  // Off again, so jsdom's page windows (vm contexts too) never carry a `gc` global.
  setFlagsFromString('--no-expose-gc');
  collect = typeof gc === 'function' ? (gc as () => void) : null;
  return collect;
}

/** Between two pages: a full collection if the heap passed the ceiling. */
export function holdHeapUnder(ceiling = HEAP_CEILING_BYTES): void {
  if (getHeapStatistics().used_heap_size <= ceiling) return;
  fullCollection()?.();
}
