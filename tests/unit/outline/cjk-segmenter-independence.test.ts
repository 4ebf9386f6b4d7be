import { afterEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { reportFromFile } from '../../../scripts/lib/run-manifest';

/**
 * Issue 18: Chromium (ICU) and Firefox (ICU4X) cut Chinese and Japanese words with different
 * dictionaries ("在|地球|轨道" vs "在地|球|轨道"). The outline must not depend on either: its
 * terms for Han and kana are characters and script runs (utils/text/tokens.ts) and its word
 * counts a fixed rate (utils/text/word-count.ts). Here the word segmenter is made to cut every
 * Han and kana run another way, and what a reader sees must not move.
 */
const PAGES = join(__dirname, '../../fixtures/pages');
const realSegment = Intl.Segmenter.prototype.segment;

/** A word segmenter with a "dictionary" of its own: pairs of characters, the odd one last. */
function cutInPairs(this: Intl.Segmenter, text: string): Intl.Segments {
  if (this.resolvedOptions().granularity !== 'word') return realSegment.call(this, text);
  const pieces: Intl.SegmentData[] = [];
  for (let index = 0; index < text.length; index += 2) {
    pieces.push({ segment: text.slice(index, index + 2), index, input: text, isWordLike: true });
  }
  return pieces as unknown as Intl.Segments;
}

function seen(page: string) {
  const report = reportFromFile(join(PAGES, page, 'source.html'), null);
  return { readingMinutes: report.readingMinutes, outline: report.outline };
}

describe('the outline of Chinese and Japanese pages does not depend on the word segmenter', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  for (const page of ['zh-gmw', 'zh-qq', 'ja-yahoo-4']) {
    it(`${page}: the same sections, quotes, key points and reading time under another dictionary`, () => {
      const usual = seen(page);
      vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(cutInPairs);
      expect(seen(page)).toEqual(usual);
      expect(usual.outline.keyPoints.length).toBeGreaterThan(0);
      // Two whole-page reads in jsdom: seconds on a busy machine.
    }, 60_000);
  }
});
