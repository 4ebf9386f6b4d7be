import type { Article, Block } from '../article/types';
import type { Outline, OutlineNote } from './types';
import type { Analyzer } from './analyzer';
import { prepareInputInSlices } from './input';
import { findSections } from './sections';
import { findQuotes } from './quotes';
import { findKeyPoints } from './key-points';
import { NEVER_TIME_UP, throwIfTimeUp, type TimeUp } from '../deadline';
import { NEVER_OVER, runToEnd, type SliceOver } from '../steps';

type OutlineGroups = Omit<Outline, 'note'>;

/** The registry: one analyzer per group of the outline, each in its own file. */
const ANALYZERS: { [K in keyof OutlineGroups]: Analyzer<OutlineGroups[K]> } = {
  sections: findSections,
  quotes: findQuotes,
  keyPoints: findKeyPoints,
};

/** Runs one analyzer; a bug in one group must not cost the reader the other two. */
function run<T>(analyzer: Analyzer<T>, input: Parameters<Analyzer<T>>[0], empty: T): { items: T; note?: OutlineNote } {
  try {
    return analyzer(input);
  } catch {
    return { items: empty, note: 'failed' };
  }
}

/**
 * How long a slice of the input's preparation runs before a pause may come: well under the 50 ms
 * of a long task, with room for the step started before it ends (a sentence, or a window of
 * 1,000 characters of an unspaced run, about 6 ms of Thai in Firefox: utils/text/tokens.ts).
 */
const SLICE_MS = 20;

/** The outline's work in steps: a pause may come between two (the popup lets the page breathe there). */
function* outlineSteps(article: Article, blocks: Block[], timeUp: TimeUp, sliceOver: SliceOver): Generator<void, Outline> {
  const input = yield* prepareInputInSlices(article, blocks, sliceOver);
  yield;
  throwIfTimeUp(timeUp);
  const sections = run(ANALYZERS.sections, input, []);
  yield;
  throwIfTimeUp(timeUp);
  const quotes = run(ANALYZERS.quotes, input, []);
  yield;
  throwIfTimeUp(timeUp);
  const keyPoints = run(ANALYZERS.keyPoints, input, []);
  const outline: Outline = { sections: sections.items, quotes: quotes.items, keyPoints: keyPoints.items };
  const empty = outline.sections.length + outline.quotes.length + outline.keyPoints.length === 0;
  const note = input.note ?? sections.note ?? keyPoints.note ?? quotes.note ?? (empty && input.paragraphs.length > 0 ? 'too-short' : undefined);
  return note ? { ...outline, note } : outline;
}

/**
 * The outline of an article: pure, runs wherever the article was made. Throws DeadlinePassed
 * between analyzers once `timeUp` says so (readPage turns it into `timeout`).
 */
export function buildOutline(article: Article, blocks: Block[], timeUp: TimeUp = NEVER_TIME_UP): Outline {
  return runToEnd(outlineSteps(article, blocks, timeUp, NEVER_OVER));
}

/**
 * The same outline, with `pause()` awaited before its first step (the article just handed to
 * the view is drawn in a task of its own), between its analyzers, and inside the input's
 * preparation once a slice has run SLICE_MS: no one task holds the thread for all of it.
 */
export async function buildOutlineInSteps(article: Article, blocks: Block[], timeUp: TimeUp, pause: () => Promise<void>, now: () => number = () => performance.now()): Promise<Outline> {
  let sliceStart = now();
  const steps = outlineSteps(article, blocks, timeUp, () => now() - sliceStart >= SLICE_MS);
  let step: IteratorResult<void, Outline>;
  do {
    await pause();
    sliceStart = now();
    step = steps.next();
  } while (!step.done);
  return step.value;
}
