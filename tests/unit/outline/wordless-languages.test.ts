import { describe, expect, it } from 'vitest';
import { isWordlessLanguage } from '../../../utils/lang';
import { outlineOfText } from './helpers';

/**
 * A known language Lede has no words for (a pack of script only, or none) gets no other
 * language's speech verbs or roles: compiling every pack's into patterns cost the popup
 * 300-400 ms in one task for a Thai page. Unknown text (no language) still gets them all.
 */
describe('languages without words of their own', () => {
  it('are the known languages whose pack has no speech verbs', () => {
    expect(isWordlessLanguage('th')).toBe(true);
    expect(isWordlessLanguage('hi-IN')).toBe(true);
    expect(isWordlessLanguage('sw')).toBe(true);
    expect(isWordlessLanguage('en')).toBe(false);
    expect(isWordlessLanguage('vi-VN')).toBe(false);
    expect(isWordlessLanguage(null)).toBe(false);
  });

  it('read no reported speech, in whatever script a sentence is written', () => {
    const text = 'Minister Anna Berg said the new bridge will open to traffic next spring after years of delay.';
    expect(outlineOfText(text, 'th').outline.quotes).toEqual([]);
    expect(outlineOfText(text, 'en').outline.quotes.length).toBe(1);
  });
});
