// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { collapsedStart, isBlankText, trimmedLength } from '@/utils/dom/text-node';

const text = (data: string): Text => document.createTextNode(data);

/** A text node whose whole `data` must not be read: reading it throws. */
function unreadable(data: string): Text {
  const node = text(data);
  vi.spyOn(node, 'data', 'get').mockImplementation(() => {
    throw new Error('read all of it');
  });
  return node;
}

// Texts at the edges of what each question reads first: short, long, spaces around, spaces only.
const SAMPLES = [
  '',
  '   ',
  ' a ',
  'word',
  ' '.repeat(5_000),
  `${' '.repeat(300)}x${' '.repeat(300)}`,
  `${' '.repeat(5_000)}x`,
  `x${' '.repeat(5_000)}`,
  '"'.repeat(100_000),
  `  ${'a  b\n\t'.repeat(20_000)}  `,
];

describe('text-node: the answers of a read of the whole text', () => {
  it.each(SAMPLES.map((sample) => [JSON.stringify(sample.slice(0, 12)), sample.length, sample]))('%s… (%i characters)', (_label, _length, sample) => {
    const node = text(sample);
    expect(isBlankText(node)).toBe(sample.trim() === '');
    expect(trimmedLength(node)).toBe(sample.trim().length);
    for (const enough of [10, 400, 3_000]) {
      const collapsed = sample.replace(/\s+/gu, ' ');
      const start = collapsedStart(node, enough);
      // The whole text collapsed, or a start of it that holds more than `enough`.
      expect(collapsed.startsWith(start)).toBe(true);
      expect(start === collapsed || start.trimEnd().length > enough).toBe(true);
    }
  });
});

describe('text-node: a long paragraph is not read whole', () => {
  const paragraph = `${'A sentence of the story. '.repeat(40_000)}`;

  it('tells it is not blank, how long it is trimmed, and how it starts, from its ends', () => {
    const node = unreadable(paragraph);
    expect(isBlankText(node)).toBe(false);
    expect(trimmedLength(node)).toBe(paragraph.trim().length);
    expect(collapsedStart(node, 2_000).startsWith('A sentence of the story. ')).toBe(true);
  });
});
