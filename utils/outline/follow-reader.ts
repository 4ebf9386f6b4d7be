import type { Outline } from './types';
import { groupQuotesBySpeaker } from './speaker-groups';

/** One item of the outline the view follows, with the id the outline panel gives it. */
export interface TrackedItem {
  id: string;
  group: 'sections' | 'quotes' | 'keyPoints';
  block: number;
  /** The entry an item of an enumeration belongs to ("Năm là …" under its section); absent for an entry. */
  parent?: string;
}

/** Where a block is against the reading band at the top of the view. */
export type BandPosition = 'above' | 'in' | 'below';

/**
 * The items whose place the view follows, with the ids OutlinePanel gives them: sections and
 * key points, the items of their enumerations (lessons, findings) after them, and every quote
 * under its speaker group's index.
 */
export function trackedItems(outline: Outline): TrackedItem[] {
  const items: TrackedItem[] = [];
  outline.sections.forEach((section, s) => {
    items.push({ id: `s-${s}`, group: 'sections', block: section.anchor.block });
    section.items.forEach((item, i) => items.push({ id: `s-${s}-${i}`, group: 'sections', block: item.anchor.block, parent: `s-${s}` }));
  });
  groupQuotesBySpeaker(outline.quotes).forEach((group, g) =>
    group.quotes.forEach((quote, i) => items.push({ id: `q-${g}-${i}`, group: 'quotes', block: quote.anchor.block })),
  );
  outline.keyPoints.forEach((point, k) => {
    items.push({ id: `k-${k}`, group: 'keyPoints', block: point.anchor.block });
    point.items?.forEach((item, i) => items.push({ id: `k-${k}-${i}`, group: 'keyPoints', block: item.anchor.block, parent: `k-${k}` }));
  });
  return items;
}

/**
 * The first item in the reading band, else the last one already scrolled past. At the end of
 * the text, where the last items can never reach the band's top, the last one in view.
 */
function chosenOf(ordered: readonly TrackedItem[], positions: ReadonlyMap<number, BandPosition>, atEnd: boolean): TrackedItem | undefined {
  const inBand = ordered.filter((item) => positions.get(item.block) === 'in');
  return (atEnd ? inBand.at(-1) : inBand[0]) ?? ordered.filter((item) => positions.get(item.block) === 'above').at(-1);
}

/**
 * The item the reader is at in each group: the first one whose block is in the reading band,
 * else the last one already scrolled past; none before the first. One per group, because a
 * key point lies inside a section and both are where the reader is; and inside the current
 * entry, the enumeration item the reader is at ("Năm là …", not only its section). `atEnd`:
 * the view is scrolled to the end of the text, and `positions` say 'in' for all that is in view.
 */
export function currentItems(items: readonly TrackedItem[], positions: ReadonlyMap<number, BandPosition>, atEnd = false): Set<string> {
  const current = new Set<string>();
  for (const group of ['sections', 'quotes', 'keyPoints'] as const) {
    const inGroup = items.filter((item) => item.group === group).sort((a, b) => a.block - b.block);
    const entry = chosenOf(inGroup.filter((item) => item.parent === undefined), positions, atEnd);
    if (!entry) continue;
    current.add(entry.id);
    const item = chosenOf(inGroup.filter((candidate) => candidate.parent === entry.id), positions, atEnd);
    if (item) current.add(item.id);
  }
  return current;
}
