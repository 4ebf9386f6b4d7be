import type { OutlineInput } from './input';
import type { OutlineNote } from './types';

/** What an analyzer returns: its items, and why they are fewer than usual when they are. */
export interface AnalyzerResult<T> {
  items: T;
  note?: OutlineNote;
}

/**
 * The one shape of every outline analyzer (sections, quotes, key points): a pure function
 * of the prepared input. Adding an analyzer means one file and one line in the registry.
 */
export type Analyzer<T> = (input: OutlineInput) => AnalyzerResult<T>;
