import { afterEach, describe, expect, it, vi } from 'vitest';
import { wordTokens } from '../../../utils/text/tokens';

describe('wordTokens in scripts without spaces', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('keeps every piece of a Han or kana run, even those the segmenter calls not word-like (Firefox: "個人", "無線")', () => {
    // Firefox's ICU4X segmenter says isWordLike: false for some dictionary words; Chromium's ICU says true.
    vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation((text: string) => {
      const pieces = text === '個人の無線' ? ['個人', 'の', '無線'] : [text];
      let index = 0;
      return pieces.map((segment) => {
        const piece = { segment, index, input: text, isWordLike: false };
        index += segment.length;
        return piece;
      }) as unknown as Intl.Segments;
    });
    expect(wordTokens('個人の無線', 'ja')).toEqual(['個人', 'の', '無線']);
  });
});
