import { describe, expect, it } from 'vitest';
import { indexPhrases } from '@/utils/outline/key-phrases';
import { prepareInput } from '@/utils/outline/input';
import { isContractedStopWord, stopWordsFor } from '@/utils/text/stop-words';
import { articleFromText } from '../../../scripts/lib/text-article';

describe('contracted stop words (dragnet 79: parts labelled "He’d tell", "Whether I’m")', () => {
  it('takes a stop word with its clitic, or a negation, for a stop word; a possessive stays', () => {
    const stop = stopWordsFor('en');
    for (const term of ['he’d', "i'm", 'they’ll', "we're", 'you’ve', 'didn’t', "can't"]) expect(isContractedStopWord(term, stop)).toBe(true);
    for (const term of ['obama’s', 'let’s', 'tell', "rock'n'roll"]) expect(isContractedStopWord(term, stop)).toBe(false);
  });

  it('indexes no phrase that opens or closes on one', () => {
    const text = [
      'He’d tell the story of the dance school every night.',
      'He’d tell it again to the dance school students.',
      'Whether I’m tired or not, the dance school comes first.',
      'Whether I’m here or away, the dance school stays open.',
    ].join('\n\n');
    const { article, blocks } = articleFromText(text, 'en', '');
    const input = prepareInput(article, blocks);
    const phrases = [...indexPhrases(input.paragraphs, input.stopWords, 'en').phrases.keys()];
    expect(phrases).toContain('dance school');
    expect(phrases.filter((phrase) => /he’d|i’m/u.test(phrase))).toEqual([]);
  });
});
