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
      { id: 'q-0-0', group: 'quotes', block: 5 },
      { id: 'q-0-1', group: 'quotes', block: 7 },
      { id: 'q-1-0', group: 'quotes', block: 6 },
      { id: 'q-2-0', group: 'quotes', block: 3 },
      { id: 'k-0', group: 'keyPoints', block: 8 },
    ]);
  });
});
