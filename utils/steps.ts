/**
 * Work written as a generator yields where a pause may come: the popup awaits a new task there
 * (utils/outline/build-outline.ts), so no one task holds its thread for all of it. Everywhere
 * else (the CLI, the benches, a read in one place) it runs to its end at once.
 */
/** Asked at the points where a generator may yield: true when the work since the last pause is long enough to let the thread go. */
export type SliceOver = () => boolean;

/** Never over: the work runs to its end without yielding. */
export const NEVER_OVER: SliceOver = () => false;

export function runToEnd<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * How long a slice of work runs before a pause may come: well under the 50 ms of a long task,
 * with room for the step started before it ends (a sentence, a body pass, or a window of 1,000
 * characters of an unspaced run, about 6 ms of Thai in Firefox: utils/text/tokens.ts).
 */
export const SLICE_MS = 20;

/**
 * Runs work written as a generator, awaiting `pause()` (a new task) wherever it yields; the
 * generator is told its slice is over once SLICE_MS have run since the last pause.
 */
export async function runWithPauses<T>(start: (sliceOver: SliceOver) => Generator<void, T>, pause: () => Promise<void>, now: () => number): Promise<T> {
  let sliceStart = now();
  const steps = start(() => now() - sliceStart >= SLICE_MS);
  let step = steps.next();
  while (!step.done) {
    await pause();
    sliceStart = now();
    step = steps.next();
  }
  return step.value;
}
