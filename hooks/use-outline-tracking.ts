import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Outline } from '@/utils/outline/types';
import { currentItems, trackedItems, type BandPosition } from '@/utils/outline/follow-reader';
import { findAnchorTarget } from '@/utils/dom/jump-to-anchor';

/** The reading band: the top 40 % of the view, where the eye is when reading on. */
const BAND_MARGIN = '0px 0px -60% 0px';

/**
 * The outline items the reader is at, one per group, followed as they scroll: an
 * IntersectionObserver on the items' blocks (root: the popup's pane, or the window) says
 * when a block enters or leaves the reading band; nothing is measured on scroll.
 */
export function useOutlineTracking(outline: Outline, body: HTMLElement | null, scroller: HTMLElement | null, enabled: boolean): Set<string> {
  const items = useMemo(() => trackedItems(outline), [outline]);
  const [current, setCurrent] = useState<Set<string>>(() => new Set());
  useEffect(() => {
    if (!enabled || !body || typeof IntersectionObserver === 'undefined') return undefined;
    const blocks = new Map<Element, number>();
    for (const item of items) {
      const el = findAnchorTarget(body, { block: item.block });
      if (el) blocks.set(el, item.block);
    }
    const positions = new Map<number, BandPosition>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const block = blocks.get(entry.target);
          if (block === undefined) continue;
          const bandTop = entry.rootBounds?.top ?? 0;
          positions.set(block, entry.isIntersecting ? 'in' : entry.boundingClientRect.top < bandTop ? 'above' : 'below');
        }
        const next = currentItems(items, positions);
        setCurrent((previous) => (sameIds(previous, next) ? previous : next));
      },
      { root: scroller, rootMargin: BAND_MARGIN, threshold: 0 },
    );
    for (const el of blocks.keys()) observer.observe(el);
    return () => observer.disconnect();
  }, [items, body, scroller, enabled]);
  return current;
}

function sameIds(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}
