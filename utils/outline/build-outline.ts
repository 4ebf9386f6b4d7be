import type { Article, Block } from '../article/types';
import type { Outline } from './types';
import type { AnalyzerResult, SlicedAnalyzer } from './analyzer';
import { prepareInputInSlices, type OutlineInput } from './input';
import { findSections } from './sections';
import { findQuotesInSlices } from './quotes';
import { findKeyPointsInSlices } from './key-points';
import { NEVER_TIME_UP, throwIfTimeUp, type TimeUp } from '../deadline';
import { NEVER_OVER, runToEnd, runWithPauses, type SliceOver } from '../steps';

type OutlineGroups = Omit<Outline, 'note'>;

/** The registry: one analyzer per group of the outline, each in its own file; sections are quick, the others yield between paragraphs. */
const ANALYZERS: { [K in keyof OutlineGroups]: SlicedAnalyzer<OutlineGroups[K]> } = {
  // Found in one go: a few headings and labels.
  sections: function* (input) {
    return findSections(input);
  },
  quotes: findQuotesInSlices,
  keyPoints: findKeyPointsInSlices,
};

/** Runs one analyzer; a bug in one group must not cost the reader the other two. */
function* run<T>(analyzer: SlicedAnalyzer<T>, input: OutlineInput, empty: T, sliceOver: SliceOver): Generator<void, AnalyzerResult<T>> {
  try {
    return yield* analyzer(input, sliceOver);
  } catch {
    return { items: empty, note: 'failed' };
  }
}

/** The outline's work in steps: a pause may come between two (the popup lets the page breathe there). */
function* outlineSteps(article: Article, blocks: Block[], timeUp: TimeUp, sliceOver: SliceOver): Generator<void, Outline> {
  const input = yield* prepareInputInSlices(article, blocks, sliceOver);
  yield;
  throwIfTimeUp(timeUp);
  const sections = yield* run(ANALYZERS.sections, input, [], sliceOver);
  yield;
  throwIfTimeUp(timeUp);
  const quotes = yield* run(ANALYZERS.quotes, input, [], sliceOver);
  yield;
  throwIfTimeUp(timeUp);
  const keyPoints = yield* run(ANALYZERS.keyPoints, input, [], sliceOver);
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
 * preparation once a slice has run SLICE_MS (utils/steps.ts): no one task holds the thread for all of it.
 */
export async function buildOutlineInSteps(article: Article, blocks: Block[], timeUp: TimeUp, pause: () => Promise<void>, now: () => number = () => performance.now()): Promise<Outline> {
  await pause();
  return runWithPauses((sliceOver) => outlineSteps(article, blocks, timeUp, sliceOver), pause, now);
}
