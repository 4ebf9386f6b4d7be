import { findAnchorTarget } from './jump-to-anchor';
import { BLOCK_MARKER, listBlockElements } from '../article/block-elements';

/** The scroller's visible box: the pane in the popup, the window in a full tab. */
function visibleBox(scroller: HTMLElement | null, view: Window): { top: number; bottom: number } {
  if (scroller) {
    const box = scroller.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom };
  }
  return { top: 0, bottom: view.innerHeight };
}

/**
 * The block reading aloud starts from: the block of the focused outline item (a key point,
 * a quote, a section: items carry their anchor's block in data-block), else the focused or
 * highlighted block of the article when it is in view (the reader just jumped there), else
 * the first block in view; null for the start (the title), as when the view is at its top.
 */
export function readingStartBlock(body: HTMLElement, scroller: HTMLElement | null): Element | null {
  const doc = body.ownerDocument;
  const view = doc.defaultView;
  const active = doc.activeElement;
  const fromOutline = active instanceof HTMLElement ? active.closest<HTMLElement>('[data-block]')?.dataset.block : undefined;
  if (fromOutline !== undefined && /^\d+$/u.test(fromOutline)) return findAnchorTarget(body, { block: Number(fromOutline) }) ?? null;
  if (!view) return null;
  const box = visibleBox(scroller, view);
  const inView = (el: Element) => {
    const rect = el.getBoundingClientRect();
    return rect.height > 0 && rect.bottom > box.top + 8 && rect.top < box.bottom;
  };
  const focused = active instanceof Element && body.contains(active) ? active.closest(`[${BLOCK_MARKER}]`) : null;
  for (const el of [focused, body.querySelector('.highlight')]) if (el && inView(el)) return el;
  // At the top, the title is read first.
  if ((scroller ? scroller.scrollTop : view.scrollY) === 0) return null;
  return listBlockElements(body).find(inView) ?? null;
}
