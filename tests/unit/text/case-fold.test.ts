import { describe, expect, it } from 'vitest';
import { FoldedPattern, foldCase } from '../../../utils/text/case-fold';
import { PACKS } from '../../../utils/lang';

describe('foldCase', () => {
  it('lower-cases Vietnamese, German and Cyrillic text', () => {
    expect(foldCase('Chủ Tịch UBND ĐÀ NẴNG, Straße, ЗАЯВИЛ')).toBe('chủ tịch ubnd đà nẵng, straße, заявил');
  });

  it('keeps the length, so an index in the folded text is one in the text', () => {
    // "İ" lower-cases to two code units in every locale: it stays as it is.
    const text = 'İstanbul Cho Biết';
    expect(foldCase(text)).toHaveLength(text.length);
    expect(foldCase(text)).toBe('İstanbul cho biết');
  });
});

describe('FoldedPattern', () => {
  it('matches in any case and hands back the original text, groups included', () => {
    const pattern = new FoldedPattern('(cho biết|said)\\s+(\\p{L}+)', 'u');
    const match = pattern.exec('Ông Quang CHO BIẾT Hôm nay');
    expect(match?.[0]).toBe('CHO BIẾT Hôm');
    expect(match?.[1]).toBe('CHO BIẾT');
    expect(match?.[2]).toBe('Hôm');
    expect(match?.index).toBe(10);
    expect(match?.input).toBe('Ông Quang CHO BIẾT Hôm nay');
    expect(pattern.test('He SAID so')).toBe(true);
    expect(pattern.test('He saw')).toBe(false);
  });

  it('leaves an unmatched group undefined', () => {
    const match = new FoldedPattern('(a)|(b)', 'u').exec('B');
    expect(match?.[1]).toBeUndefined();
    expect(match?.[2]).toBe('B');
  });

  it('walks a text with a global pattern, as the regex would', () => {
    const pattern = new FoldedPattern('nói|said', 'gu');
    const text = 'Nói rồi, he Said, and NÓI again';
    pattern.lastIndex = 0;
    const found: string[] = [];
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.push(`${match.index}:${match[0]}`);
    expect(found).toEqual(['0:Nói', '12:Said', '22:NÓI']);
    expect(pattern.lastIndex).toBe(0);
  });

  it('tries a sticky pattern at lastIndex only', () => {
    const pattern = new FoldedPattern('giám đốc', 'uy');
    pattern.lastIndex = 0;
    expect(pattern.test('Giám đốc Sở')).toBe(true);
    pattern.lastIndex = 0;
    expect(pattern.test('Phó Giám đốc')).toBe(false);
  });

  it('refuses the i flag, which would bring back the cost it exists to avoid', () => {
    expect(() => new FoldedPattern('a', 'iu')).toThrow(/i flag/u);
  });
});

/**
 * The fields whose words are matched by folded patterns (utils/outline): written in capitals in
 * a pack, a word would never match the lower-cased text. The fields that keep their case
 * (credit lines, place names, surnames…) are matched case-sensitively and may hold capitals.
 */
const FOLDED_FIELDS = [
  'speechVerbs', 'speechIdioms', 'passiveAuxiliaries', 'complementizers', 'connectives', 'nameJoiners', 'roles', 'roleModifiers',
  'pointerPhrases', 'readMorePrefixes', 'subscribeWords', 'bylineLabels', 'furnitureOpeners', 'contactLabels', 'otherCreditLabels',
  'sourceLabels', 'captionPositions', 'prepositions', 'placeWords', 'notNames', 'describedSpeakerOpeners', 'organisationWords',
  'speakerPronouns', 'honorifics', 'titleCues', 'printNotices', 'appPrompts', 'newsroomRoles',
] as const;

describe('the packs’ words for folded patterns', () => {
  it('are written in lower case, with no capital-letter class', () => {
    const capitals: string[] = [];
    for (const pack of PACKS) {
      for (const field of FOLDED_FIELDS) {
        for (const word of pack[field] as readonly string[]) {
          const literal = word.replace(/\\[pPu]\{[^}]*\}|\\./gu, '');
          if (literal !== foldCase(literal) || /\\[pP]\{L[ut]\}/u.test(word)) capitals.push(`${pack.code}.${field}: ${word}`);
        }
      }
    }
    expect(capitals).toEqual([]);
  });
});
