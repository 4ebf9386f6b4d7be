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

/**
 * The outline of an article: pure, runs wherever the article was made. Throws DeadlinePassed
 * between analyzers once `timeUp` says so (readPage turns it into `timeout`).
 */
export function buildOutline(article: Article, blocks: Block[], timeUp: TimeUp = NEVER_TIME_UP): Outline {
  const input = prepareInput(article, blocks);
  throwIfTimeUp(timeUp);
  const sections = run(ANALYZERS.sections, input, []);
  throwIfTimeUp(timeUp);
  const quotes = run(ANALYZERS.quotes, input, []);
  throwIfTimeUp(timeUp);
  const keyPoints = run(ANALYZERS.keyPoints, input, []);
  const outline: Outline = { sections: sections.items, quotes: quotes.items, keyPoints: keyPoints.items };
  const empty = outline.sections.length + outline.quotes.length + outline.keyPoints.length === 0;
  const note = input.note ?? sections.note ?? keyPoints.note ?? quotes.note ?? (empty && input.paragraphs.length > 0 ? 'too-short' : undefined);
  return note ? { ...outline, note } : outline;
}
