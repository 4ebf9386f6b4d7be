import { describe, expect, it } from 'vitest';
import { currentItems, trackedItems, type BandPosition, type TrackedItem } from '@/utils/outline/follow-reader';
import type { Outline } from '@/utils/outline/types';

const items: TrackedItem[] = [
  { id: 's-0', group: 'sections', block: 2 },
  { id: 's-1', group: 'sections', block: 10 },
  { id: 's-2', group: 'sections', block: 20 },
  { id: 'k-0', group: 'keyPoints', block: 3 },
  { id: 'k-1', group: 'keyPoints', block: 12 },
  // Quotes are listed by speaker, not in the order of the text.
  { id: 'q-0-0', group: 'quotes', block: 15 },
  { id: 'q-1-0', group: 'quotes', block: 4 },
];

const at = (entries: [number, BandPosition][]) => new Map(entries);

describe('currentItems', () => {
  it('marks nothing before the reader reaches the first item of a group', () => {
    expect([...currentItems(items, at([[2, 'below'], [3, 'below'], [4, 'below']]))]).toEqual([]);
  });

  it('marks the first item in the reading band, one per group', () => {
    const current = currentItems(items, at([[2, 'above'], [3, 'above'], [4, 'above'], [10, 'in'], [12, 'in'], [15, 'below'], [20, 'below']]));
    expect([...current].sort()).toEqual(['k-1', 'q-1-0', 's-1']);
  });

  it('keeps the last item scrolled past while the reader is in the long text after it', () => {
    const current = currentItems(items, at([[2, 'above'], [3, 'above'], [4, 'above'], [10, 'above'], [12, 'above'], [15, 'above'], [20, 'below']]));
    expect([...current].sort()).toEqual(['k-1', 'q-0-0', 's-1']);
  });

  it('marks the enumeration item the reader is at inside the current section ("Năm là"), not only the section', () => {
    const lessons: TrackedItem[] = [
      { id: 's-0', group: 'sections', block: 2 },
      { id: 's-1', group: 'sections', block: 10 },
      { id: 's-1-0', group: 'sections', block: 11, parent: 's-1' },
      { id: 's-1-1', group: 'sections', block: 13, parent: 's-1' },
      { id: 's-1-4', group: 'sections', block: 17, parent: 's-1' },
    ];
    const atFifth = currentItems(lessons, at([[2, 'above'], [10, 'above'], [11, 'above'], [13, 'above'], [17, 'in']]));
    expect([...atFifth].sort()).toEqual(['s-1', 's-1-4']);
    // In the section's own opening, before its first item: the section alone.
    expect([...currentItems(lessons, at([[2, 'above'], [10, 'in'], [11, 'below']]))]).toEqual(['s-1']);
    // Items of a section the reader has left are not marked.
    const s0Item: TrackedItem = { id: 's-0-0', group: 'sections', block: 3, parent: 's-0' };
    expect([...currentItems([...lessons, s0Item], at([[2, 'above'], [3, 'above'], [10, 'in']]))]).toEqual(['s-1']);
  });

  it('at the end of the text, where the last items never reach the band top, marks the last one in view', () => {
    const lessons: TrackedItem[] = [
      { id: 's-0', group: 'sections', block: 2 },
      { id: 's-0-0', group: 'sections', block: 3, parent: 's-0' },
      { id: 's-0-1', group: 'sections', block: 4, parent: 's-0' },
    ];
    const positions = at([[2, 'above'], [3, 'in'], [4, 'in']]);
    expect([...currentItems(lessons, positions)].sort()).toEqual(['s-0', 's-0-0']);
    expect([...currentItems(lessons, positions, true)].sort()).toEqual(['s-0', 's-0-1']);
  });

  it('follows the text order for quotes grouped by speaker', () => {
    const current = currentItems(items, at([[4, 'above'], [15, 'in']]));
    expect(current.has('q-0-0')).toBe(true);
    expect(current.has('q-1-0')).toBe(false);
  });
});

describe('trackedItems', () => {
  it('gives quotes the ids of their speaker groups, unattributed last, as the outline panel does', () => {
    const quote = (speaker: string | null, block: number) => ({ text: 't', kind: 'direct' as const, speaker, role: null, anchor: { block } });
    const outline = {
      sections: [{ title: 'A', level: 2, anchor: { block: 1 }, items: [{ label: 'x', anchor: { block: 2 } }] }],
      quotes: [quote(null, 3), quote('Lan', 5), quote('Minh', 6), quote('Lan', 7)],
      keyPoints: [{ text: 'k', anchor: { block: 8 } }],
    } as unknown as Outline;
    expect(trackedItems(outline)).toEqual([
      { id: 's-0', group: 'sections', block: 1 },
      { id: 's-0-0', group: 'sections', block: 2, parent: 's-0' },
      { id: 'q-0-0', group: 'quotes', block: 5 },
      { id: 'q-0-1', group: 'quotes', block: 7 },
      { id: 'q-1-0', group: 'quotes', block: 6 },
      { id: 'q-2-0', group: 'quotes', block: 3 },
      { id: 'k-0', group: 'keyPoints', block: 8 },
    ]);
  });
});
