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
