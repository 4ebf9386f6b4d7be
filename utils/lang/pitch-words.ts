import { allLanguages } from './index';
import { escapeRegExp } from '../text/escape-regexp';
import { foldCase } from '../text/case-fold';

let pattern: RegExp | null = null;

/**
 * Every subscription word (of every language's pack: a paywall is often in the site's language,
 * not the story's) in a text, case-folded, once per occurrence. A pitch names two different ones
 * ("Subscribe … Already a subscriber? Log in"); one alone may be the story's ("sign up to vote").
 */
export function pitchWordsIn(text: string): string[] {
  // Run on the folded text (the packs write these words in lower case): compiled with `i`, the union cost more than the test.
  pattern ??= new RegExp(allLanguages('subscribeWords').map(escapeRegExp).join('|'), 'gu');
  return foldCase(text).match(pattern) ?? [];
}

/** How many different subscription words a text holds. */
export function distinctPitchWords(text: string): number {
  return new Set(pitchWordsIn(text)).size;
}
