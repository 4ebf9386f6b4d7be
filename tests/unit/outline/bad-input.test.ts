import { describe, expect, it } from 'vitest';
import { outlineOfText } from './helpers';

/** Every case must finish well inside this, on a loaded CI machine too. */
const BUDGET_MS = 2_000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe('the outline on bad input', () => {
  it('gives an article of one sentence a one-point outline and no sections', () => {
    const { outline } = outlineOfText('Only one sentence is here.', 'en');
    expect(outline.sections).toEqual([]);
    expect(outline.keyPoints.length).toBeLessThanOrEqual(1);
  });

  it('reads 200,000 words only up to its limit and says so', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i} tells that the council met again and talked about roads, schools and water for a long time.`.repeat(10)).join('\n\n');
    const { value, ms } = timed(() => outlineOfText(text, 'en'));
    expect(value.outline.note).toBe('too-long');
    expect(value.outline.keyPoints.length).toBeLessThanOrEqual(7);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('survives one 200,000-word paragraph without punctuation', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => `word${i % 113}`).join(' ');
    const { value, ms } = timed(() => outlineOfText(text, null));
    expect(value.outline.keyPoints).toEqual([]);
    expect(value.outline.note).toBe('too-long');
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('says why when the text has no punctuation at all', () => {
    const text = Array.from({ length: 400 }, (_, i) => `word${i % 37}`).join(' ');
    const { outline } = outlineOfText(text, 'en');
    expect(outline.keyPoints).toEqual([]);
    expect(outline.note).toBe('no-sentences');
  });

  it('gives an empty outline with a reason for a script the tokenizer does not know', () => {
    const text = Array.from({ length: 20 }, () => '\u{E000}\u{E001}\u{E002} \u{E003}\u{E004}.').join('\n\n');
    const { outline } = outlineOfText(text, null);
    expect(outline.keyPoints).toEqual([]);
    expect(outline.note).toBe('unknown-script');
  });

  it('stays fast and reports unbalanced quotation marks', () => {
    const text = `He said “this never closes and goes on. ${'“'.repeat(10_000)} ${'"'.repeat(5_001)} The end came later that day for everyone.`;
    const { value, ms } = timed(() => outlineOfText(text, 'en'));
    expect(value.outline.note).toBe('unbalanced-quotes');
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('copes with an empty article', () => {
    const { outline } = outlineOfText('', 'vi');
    expect(outline).toEqual({ sections: [], quotes: [], keyPoints: [] });
  });
});
