import { describe, expect, it } from 'vitest';
import { ANNOTATION_CONTEXT, findQuote, quoteAt, similarity } from '@/utils/library/annotations-anchor';

const TEXT =
  'The council met on Tuesday. The mayor said the bridge will open in March. ' +
  'Residents asked about noise. The mayor said the bridge will open in March, again, when asked about the delay. ' +
  'Work starts next week.';

function spanOf(text: string, words: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(words, at + 1);
  if (at === -1) throw new Error(`"${words}" not in text`);
  return { start: at, end: at + words.length };
}

describe('finding a highlight again by its words', () => {
  it('keeps at most 32 characters of context on each side', () => {
    const stored = quoteAt(TEXT, spanOf(TEXT, 'Residents asked about noise.'));
    expect(stored.quote).toBe('Residents asked about noise.');
    expect(stored.prefix).toBe(' the bridge will open in March. ');
    expect(stored.prefix).toHaveLength(ANNOTATION_CONTEXT);
    expect(stored.suffix).toBe(' The mayor said the bridge will ');
  });

  it('tells two repeats of a sentence apart by what comes before and after each', () => {
    const second = spanOf(TEXT, 'The mayor said the bridge will open in March', 1);
    const stored = quoteAt(TEXT, second);
    expect(findQuote(TEXT, stored)).toEqual(second);
    const first = spanOf(TEXT, 'The mayor said the bridge will open in March', 0);
    expect(findQuote(TEXT, quoteAt(TEXT, first))).toEqual(first);
  });

  it('finds the quote again after text was added before it', () => {
    const stored = quoteAt(TEXT, spanOf(TEXT, 'Residents asked about noise.'));
    const edited = `Updated at 10:00. ${TEXT}`;
    expect(findQuote(edited, stored)).toEqual(spanOf(edited, 'Residents asked about noise.'));
  });

  it('finds the changed passage when a word inside the quote was corrected', () => {
    const stored = quoteAt(TEXT, spanOf(TEXT, 'The mayor said the bridge will open in March, again, when asked about the delay.'));
    const edited = TEXT.replace('open in March, again', 'open in April, again');
    const found = findQuote(edited, stored);
    expect(found && edited.slice(found.start, found.end)).toBe('The mayor said the bridge will open in April, again, when asked about the delay.');
  });

  it('finds the passage when its first words changed but its context did not', () => {
    const stored = quoteAt(TEXT, spanOf(TEXT, 'Residents asked about noise.'));
    const edited = TEXT.replace('Residents asked about noise.', 'Neighbours asked about noise.');
    const found = findQuote(edited, stored);
    expect(found && edited.slice(found.start, found.end)).toBe('Neighbours asked about noise.');
  });

  it('collapses white space in the stored quote, as the page text is collapsed', () => {
    const stored = { quote: 'Residents  asked\nabout noise.', prefix: '', suffix: '' };
    expect(findQuote(TEXT, stored)).toEqual(spanOf(TEXT, 'Residents asked about noise.'));
  });

  it('among repeats with the same context, takes the one nearest the paragraph it was made in', () => {
    const text = 'Yes. No. Yes. No. Yes.';
    const hintThird = text.lastIndexOf('Yes');
    expect(findQuote(text, { quote: 'Yes', prefix: '', suffix: '' }, hintThird)).toEqual({ start: hintThird, end: hintThird + 3 });
  });

  it('gives up when the words are gone rather than highlighting something else', () => {
    const stored = quoteAt(TEXT, spanOf(TEXT, 'Residents asked about noise.'));
    const edited = TEXT.replace('Residents asked about noise. ', '');
    expect(findQuote(edited, stored)).toBeNull();
    expect(findQuote(TEXT, { quote: '   ', prefix: '', suffix: '' })).toBeNull();
  });

  it('never cuts a character written as two UTF-16 units out of the context', () => {
    const text = `${'𠀀'.repeat(20)}trọng tâm${'😀'.repeat(20)}`;
    const stored = quoteAt(text, spanOf(text, 'trọng tâm'));
    expect(stored.prefix.startsWith('\uD840\uDC00')).toBe(true);
    expect(stored.suffix.endsWith('😀')).toBe(true);
    expect(/\p{Cs}/u.test(stored.prefix + stored.suffix)).toBe(false);
  });

  it('scores letter-pair similarity from 1 for the same text down to 0', () => {
    expect(similarity('open in March', 'open in March')).toBe(1);
    expect(similarity('the bridge will open in March, again', 'the bridge will open in April, again')).toBeGreaterThan(0.8);
    expect(similarity('open in March', 'xyz')).toBe(0);
  });
});
