import { describe, expect, it } from 'vitest';
import { outlineOfText } from './helpers';

describe('a question after a verb of saying is no reported statement (issue 13)', () => {
  it('leaves out the rhetorical question put after "指出"', () => {
    const text = '汉森认为，继续禁止饮酒并没有什么害处。他进一步指出，如果你与穆斯林、摩门教徒或禁酒主义者分配在同一间宿舍怎么办？';
    const { outline } = outlineOfText(text, 'zh');
    expect(outline.quotes.some((q) => q.text.endsWith('？'))).toBe(false);
  });

  it('keeps a question someone is said to have asked', () => {
    const text = 'At the briefing on Monday, a reporter asked: Did they talk about his constant vow to get Mexico to pay for the border wall he wants to build?';
    const { outline } = outlineOfText(text, 'en');
    expect(outline.quotes.map((q) => q.text)).toEqual(['Did they talk about his constant vow to get Mexico to pay for the border wall he wants to build?']);
  });
});
