/**
 * The in-page time budget. Extraction runs in the reader's tab, on its main thread: past the
 * popup's wait nobody is reading the result, and every further millisecond freezes the tab.
 */

/** Tells whether the budget is spent; cheap enough to ask between passes and inside loops. */
export type TimeUp = () => boolean;

/** No budget: the CLI, the benches and the golden pages read pages to the end. */
export const NEVER_TIME_UP: TimeUp = () => false;

export function timeUpAfter(budgetMs: number, now: () => number): TimeUp {
  const end = now() + budgetMs;
  return () => now() > end;
}

/**
 * Thrown from inside a step that cannot return early (Readability's parse, the outline's
 * analyzers) and caught where the step was started, which answers `timeout`.
 */
export class DeadlinePassed extends Error {
  constructor() {
    super('the time budget for reading the page is spent');
    this.name = 'DeadlinePassed';
  }
}

export function throwIfTimeUp(timeUp: TimeUp): void {
  if (timeUp()) throw new DeadlinePassed();
}
