import { describe, expect, it } from 'vitest';
import { shingleCounts, shingleScore, tokenize } from '@/utils/text/shingles';

describe('shingle scoring', () => {
  it('lower-cases word tokens and drops punctuation', () => {
    expect(tokenize('Hello, World! Xin chào.')).toEqual(['hello', 'world', 'xin', 'chào']);
  });

  it('counts repeated 4-grams as a multiset', () => {
    const counts = shingleCounts(['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']);
    expect(counts.get(['a', 'b', 'c', 'd'].join('\u0001'))).toBe(2);
    expect([...counts.values()].reduce((s, n) => s + n, 0)).toBe(5);
  });

  it('gives 1 for identical texts and 0 for unrelated ones', () => {
    const text = 'one two three four five six seven';
    expect(shingleScore(text, text)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(shingleScore(text, 'alpha beta gamma delta epsilon').f1).toBe(0);
  });

  it('lowers precision for extra boilerplate and recall for missing text', () => {
    const reference = 'the cat sat on the mat and looked out of the window';
    const padded = shingleScore(`${reference} share on facebook twitter email`, reference);
    expect(padded.recall).toBe(1);
    expect(padded.precision).toBeCloseTo(9 / 14, 5);
    const cut = shingleScore('the cat sat on the mat', reference);
    expect(cut.precision).toBe(1);
    expect(cut.recall).toBeCloseTo(3 / 9, 5);
  });

  it('treats two empty texts as a match and one empty text as a miss', () => {
    expect(shingleScore('', '').f1).toBe(1);
    expect(shingleScore('some words here now', '').f1).toBe(0);
  });
});
