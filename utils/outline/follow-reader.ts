import type { Outline } from './types';
import { groupQuotesBySpeaker } from './speaker-groups';

/** One item of the outline the view follows, with the id the outline panel gives it. */
export interface TrackedItem {
  id: string;
  group: 'sections' | 'quotes' | 'keyPoints';
  block: number;
}

/** Where a block is against the reading band at the top of the view. */
export type BandPosition = 'above' | 'in' | 'below';

/**
 * The items whose place the view follows, with the ids OutlinePanel gives them: top-level
 * sections and key points (an enumeration's items belong to their entry), every quote under
 * its speaker group's index.
 */
export function trackedItems(outline: Outline): TrackedItem[] {
  const items: TrackedItem[] = outline.sections.map((section, s) => ({ id: `s-${s}`, group: 'sections', block: section.anchor.block }));
  groupQuotesBySpeaker(outline.quotes).forEach((group, g) =>
    group.quotes.forEach((quote, i) => items.push({ id: `q-${g}-${i}`, group: 'quotes', block: quote.anchor.block })),
  );
  outline.keyPoints.forEach((point, k) => items.push({ id: `k-${k}`, group: 'keyPoints', block: point.anchor.block }));
  return items;
}

/**
 * The item the reader is at in each group: the first one whose block is in the reading band,
 * else the last one already scrolled past; none before the first. One per group, because a
 * key point lies inside a section and both are where the reader is.
 */
export function currentItems(items: readonly TrackedItem[], positions: ReadonlyMap<number, BandPosition>): Set<string> {
  const current = new Set<string>();
  for (const group of ['sections', 'quotes', 'keyPoints'] as const) {
    const ordered = items.filter((item) => item.group === group).sort((a, b) => a.block - b.block);
    const inBand = ordered.find((item) => positions.get(item.block) === 'in');
    const passed = ordered.filter((item) => positions.get(item.block) === 'above').at(-1);
    const chosen = inBand ?? passed;
    if (chosen) current.add(chosen.id);
  }
  return current;
}
