import type { Article, Block } from '../article/types';
import type { Outline } from './types';
import { findHeadingSections } from './sections';

/** The outline of an article: pure, runs wherever the article was made. */
export function buildOutline(_article: Article, blocks: Block[]): Outline {
  return { sections: findHeadingSections(blocks), quotes: [], keyPoints: [] };
}
