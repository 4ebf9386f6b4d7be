import type { Article, Block } from '../article/types';
import type { Outline, OutlineNote } from './types';
import type { Analyzer } from './analyzer';
import { prepareInput } from './input';
import { findSections } from './sections';
import { findQuotes } from './quotes';
import { findKeyPoints } from './key-points';
import { NEVER_TIME_UP, throwIfTimeUp, type TimeUp } from '../deadline';

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

/** The outline's work in steps: a pause may come between two (the popup lets the page breathe there). */
function* outlineSteps(article: Article, blocks: Block[], timeUp: TimeUp): Generator<void, Outline> {
  const input = prepareInput(article, blocks);
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
  const steps = outlineSteps(article, blocks, timeUp);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** The same outline, with `pause()` awaited between its steps: no one task holds the thread for all of it. */
export async function buildOutlineInSteps(article: Article, blocks: Block[], timeUp: TimeUp, pause: () => Promise<void>): Promise<Outline> {
  const steps = outlineSteps(article, blocks, timeUp);
  let step = steps.next();
  while (!step.done) {
    await pause();
    step = steps.next();
  }
  return step.value;
}
