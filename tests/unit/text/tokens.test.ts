import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_SPACE_RUN, UNSPACED_BLOCKS, termsInSlices, termsOf, wordTokens } from '../../../utils/text/tokens';
import { SAMPLES } from '../lang/samples';

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

describe('termsOf in Chinese and Japanese', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('cuts Han into characters and kana into script runs, without the browser segmenter', () => {
    // Chromium's ICU and Firefox's ICU4X cut "在地球轨道" differently; the terms must not depend on either.
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    expect(termsOf('宇航员在地球轨道上', 'zh')).toEqual(['宇', '航', '员', '在', '地', '球', '轨', '道', '上']);
    expect(termsOf('ウクライナについて首相が語った', 'ja')).toEqual(['ウクライナ', 'について', '首', '相', 'が', '語', 'った']);
    expect(segment).not.toHaveBeenCalled();
  });

  it('keeps Latin words and numbers inside Chinese text whole, folded', () => {
    expect(termsOf('DeepMind的DNC模型', 'zh')).toEqual(['deepmind', '的', 'dnc', '模', '型']);
  });

  it('still segments Thai with Intl.Segmenter', () => {
    expect(termsOf('สวัสดีครับ', 'th').join('')).toBe('สวัสดีครับ');
  });
});

describe('a long run without spaces', () => {
  // The UDHR's Thai sample without its spaces, repeated: one unspaced run of 6,000 characters.
  const run = (SAMPLES.th ?? '').replace(/ /gu, '').repeat(60).slice(0, 6_000);

  it('gives the words Intl.Segmenter gives for the whole run, though it is segmented 1,000 characters at a time', () => {
    const whole = Array.from(new Intl.Segmenter('th', { granularity: 'word' }).segment(run), (part) => part.segment);
    expect(wordTokens(run, 'th')).toEqual(whole);
    expect(termsOf(run, 'th')).toEqual(whole);
  });

  it('never hands the segmenter more than 1,050 characters at once', () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    termsOf(run, 'th');
    expect(Math.max(...segment.mock.calls.map(([text]) => text.length))).toBeLessThanOrEqual(1_050);
    segment.mockRestore();
  });

  it('can be left between two windows, with the same terms', () => {
    const steps = termsInSlices(run, 'th', () => true);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(5);
    expect(step.value).toEqual(termsOf(run, 'th'));
  });
});

describe('the plain-range pre-test of scripts written without spaces', () => {
  it('holds every character of those scripts, so no word is cut differently', () => {
    const missed: string[] = [];
    for (let code = 0; code <= 0x3ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCodePoint(code);
      if (NO_SPACE_RUN.test(ch) && !UNSPACED_BLOCKS.test(ch)) missed.push(`U+${code.toString(16)}`);
    }
    expect(missed).toEqual([]);
  });
});
