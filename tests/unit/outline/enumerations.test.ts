import { describe, expect, it } from 'vitest';
import { prepareInput } from '@/utils/outline/input';
import { findSections } from '@/utils/outline/sections';
import { findKeyPoints } from '@/utils/outline/key-points';
import { articleFromText } from '../../../scripts/lib/text-article';

const TEXT = [
  'The council met on Monday and agreed on its priorities for the coming year after a long debate:',
  'First, the roads need repair after the winter floods damaged most of the bridges in the north.',
  'Second, the schools need more teachers next year, as the number of pupils keeps growing fast.',
  'Third, the parks need new lights so that families feel safe walking home in the evening.',
  'The mayor said the plan would be published next week, and residents could comment until June.',
].join('\n\n');

function preparedInput() {
  const { article, blocks } = articleFromText(TEXT, 'en', 'Council priorities');
  return prepareInput(article, blocks);
}

describe('enumerations, found once per outline', () => {
  it('are found while the input is prepared, with their announcing sentence and items', () => {
    const [enumeration, ...others] = preparedInput().enumerations;
    expect(others).toEqual([]);
    expect(enumeration?.intro).toMatch(/priorities for the coming year after a long debate:$/u);
    expect(enumeration?.items.map((item) => item.block)).toEqual([1, 2, 3]);
  });

  it('are what sections and key points read, not found again by each', () => {
    const input = preparedInput();
    expect(findSections(input).items.filter((s) => s.kind === 'enumeration')).toHaveLength(1);
    expect(findKeyPoints(input).items.filter((k) => k.items !== undefined)).toHaveLength(1);
    const without = { ...input, enumerations: [] };
    expect(findSections(without).items.filter((s) => s.kind === 'enumeration')).toEqual([]);
    expect(findKeyPoints(without).items.filter((k) => k.items !== undefined)).toEqual([]);
  });
});
