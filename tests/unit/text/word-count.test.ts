import { afterEach, describe, expect, it, vi } from 'vitest';
import { countWords, NO_WORDS, TALLY_WINDOW, tallyWords, tallyWordsInSlices, type WordTally } from '../../../utils/text/word-count';
import { wordTokens } from '../../../utils/text/tokens';
import { readingStats, readingStatsInSlices } from '../../../utils/article/reading-time';

// Samples written for this test (news register); counts worked out by hand from the rule.
const ZH = '国务院新闻办公室今天举行发布会，介绍2024年经济运行情况。'; // 24 Han → 15 words, plus "2024"
const JA = '政府は来年度の予算案を閣議決定しました。'; // 19 Han and kana → 10 words
const KO = '정부는 내년도 예산안을 국무회의에서 의결했다.'; // 5 words between spaces
const TH = 'รัฐบาลประกาศว่าจะสร้างรถไฟฟ้าสายใหม่'; // 31 letters (marks aside) → 8 words

describe('countWords: scripts without spaces, by our own rule', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('counts Chinese at 1.6 characters a word, and the digits between as a word', () => {
    expect(countWords(ZH, 'zh')).toBe(16);
    expect(countWords(ZH, 'zh-CN')).toBe(16);
  });

  it('counts Japanese at 1.9 characters a word', () => {
    expect(countWords(JA, 'ja')).toBe(10);
  });

  it('counts Korean by its spaces', () => {
    expect(countWords(KO, 'ko')).toBe(5);
  });

  it('counts Thai at 3.7 letters a word, vowel and tone marks aside', () => {
    expect(countWords(TH, 'th')).toBe(8);
  });

  it('splits Latin letters from the Han around them ("5G技术" is one word and two characters)', () => {
    expect(countWords('5G技术', 'zh')).toBe(2);
  });

  it('never asks the browser\'s segmenter, whose dictionaries differ between Chromium and Firefox', () => {
    // The prototype, not the constructor: tokens.ts caches its segmenters.
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    // 43 Han and kana at the Chinese rate (27), "2024", 31 Thai letters (8).
    expect(countWords(ZH + JA + TH, 'zh')).toBe(27 + 1 + 8);
    expect(segment).not.toHaveBeenCalled();
  });
});

describe('countWords: spaced scripts count as before', () => {
  const samples: [string, string][] = [
    ['en', "The minister didn't say when the bridge would reopen, nor who'd pay for it."],
    ['vi', 'Thủ tướng yêu cầu các bộ, ngành khẩn trương hoàn thiện hồ sơ trước ngày 15/12.'],
    ['ar', 'قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.'],
    ['hi', 'प्रधानमंत्री ने कहा कि नई योजना अगले महीने से लागू होगी।'],
  ];
  for (const [lang, text] of samples) {
    it(`gives the word tokens' count in ${lang}`, () => {
      expect(countWords(text, lang)).toBe(wordTokens(text, lang).length);
    });
  }
});

describe('readingStats', () => {
  it('gives a Chinese article of 4,800 characters 10 minutes (3,000 words at 300 a minute)', () => {
    expect(readingStats('经济'.repeat(2400), 'zh')).toEqual({ wordCount: 3000, readingMinutes: 10 });
  });
});

describe('readingStatsInSlices', () => {
  it('counts an article a paragraph at a time to the figure of its whole text, unspaced scripts included', () => {
    const paragraphs = ['经济发展。', '5G技术', 'ภาษาไทย', 'The economy grew.', '日本語のテキスト'];
    let pauses = 0;
    const steps = readingStatsInSlices(paragraphs, 'zh', () => true);
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBe(paragraphs.length);
    expect(step.value).toEqual(readingStats(paragraphs.join('\n\n'), 'zh'));
  });
});

/** Runs a sliced tally to its end with every slice over, counting the pauses it leaves room for. */
function slicedTally(text: string): { tally: WordTally; pauses: number } {
  const steps = tallyWordsInSlices(text, () => true);
  let pauses = 0;
  let step = steps.next();
  while (!step.done) {
    pauses++;
    step = steps.next();
  }
  return { tally: step.value, pauses };
}

describe('tallyWordsInSlices: a long paragraph a window at a time', () => {
  it('counts a word of a million letters once, with a pause between its windows', () => {
    const { tally, pauses } = slicedTally('a'.repeat(1_000_000));
    expect(tally).toEqual({ ...NO_WORDS, spacedWords: 1 });
    expect(pauses).toBe(1_000_000 / TALLY_WINDOW - 1);
  });

  it('gives a long spaced paragraph the count of its word tokens', () => {
    const text = Array.from({ length: 4_000 }, (_, i) => `word${i} l'homme don't`).join(' ');
    expect(text.length).toBeGreaterThan(5 * TALLY_WINDOW);
    expect(slicedTally(text).tally.spacedWords).toBe(wordTokens(text, 'en').length);
  });

  it('never cuts a letter from its combining marks, nor a surrogate pair in two', () => {
    // "e" + a combining acute, and 𝐀 (outside the BMP) as letters: one word whatever the cut.
    expect(tallyWords('e\u0301'.repeat(TALLY_WINDOW)).spacedWords).toBe(1);
    expect(tallyWords('𝐀'.repeat(TALLY_WINDOW + 1)).spacedWords).toBe(1);
  });

  it('counts unspaced scripts character by character across the windows', () => {
    expect(tallyWords('经济'.repeat(TALLY_WINDOW))).toEqual({ ...NO_WORDS, hanKana: 2 * TALLY_WINDOW });
    // Latin runs between Han characters are words of their own on both sides of a cut.
    expect(tallyWords('5G技'.repeat(TALLY_WINDOW)).spacedWords).toBe(TALLY_WINDOW);
  });
});
