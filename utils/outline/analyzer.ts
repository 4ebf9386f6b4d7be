import type { OutlineInput } from './input';
import type { OutlineNote } from './types';
import type { SliceOver } from '../steps';

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

/**
 * The same work written as a generator that yields between paragraphs once the slice is over,
 * so the popup may pause there (build-outline.ts): on a long article the quotes and the key
 * points each took over 100 ms of one task in Firefox.
 */
export type SlicedAnalyzer<T> = (input: OutlineInput, sliceOver: SliceOver) => Generator<void, AnalyzerResult<T>>;
