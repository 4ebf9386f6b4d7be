import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Outline } from '@/utils/outline/types';
import { currentItems, trackedItems, type BandPosition } from '@/utils/outline/follow-reader';
import { findAnchorTarget } from '@/utils/dom/jump-to-anchor';

/** The reading band: the top 40 % of the view, where the eye is when reading on. */
const BAND_SHARE = 0.4;
const BAND_MARGIN = `0px 0px -${100 - BAND_SHARE * 100}% 0px`;

/** Scrolled to the end: the last items can never reach the band, so all the view is the band. */
function atEndOf(scroller: HTMLElement | null): boolean {
  const el = scroller ?? document.scrollingElement;
  return el !== null && el.scrollHeight > el.clientHeight && el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
}

function bandOf(scroller: HTMLElement | null, atEnd: boolean): { top: number; bottom: number } {
  const box = scroller ? scroller.getBoundingClientRect() : { top: 0, height: window.innerHeight };
  return { top: box.top, bottom: box.top + box.height * (atEnd ? 1 : BAND_SHARE) };
}

/**
 * The outline items the reader is at, one per group, followed as they scroll. An
 * IntersectionObserver on the items' blocks (root: the popup's pane, or the window) says when
 * a block enters or leaves the reading band; then every item's place is read at once, since a
 * fast scroll may carry a block from below the band to above it with no event of its own.
 * `scrollend` reads them once more after a jump that crossed no block's edge.
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
    const recompute = () => {
      const atEnd = atEndOf(scroller);
      const band = bandOf(scroller, atEnd);
      const positions = new Map<number, BandPosition>();
      for (const [el, block] of blocks) {
        const rect = el.getBoundingClientRect();
        positions.set(block, rect.bottom <= band.top ? 'above' : rect.top >= band.bottom ? 'below' : 'in');
      }
      const next = currentItems(items, positions, atEnd);
      setCurrent((previous) => (sameIds(previous, next) ? previous : next));
    };
    const observer = new IntersectionObserver(recompute, { root: scroller, rootMargin: BAND_MARGIN, threshold: 0 });
    for (const el of blocks.keys()) observer.observe(el);
    const target: HTMLElement | Window = scroller ?? window;
    target.addEventListener('scrollend', recompute);
    return () => {
      observer.disconnect();
      target.removeEventListener('scrollend', recompute);
    };
  }, [items, body, scroller, enabled]);
  return current;
}

function sameIds(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}
