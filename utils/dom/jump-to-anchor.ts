import type { Anchor } from '../outline/types';
import { BLOCK_MARKER, listBlockElements } from '../article/block-elements';

const HIGHLIGHT = 'highlight';

/**
 * The element an outline anchor points at: the block carrying its marker, or, in HTML
 * saved before blocks were marked, the block at that index in reading order.
 */
export function findAnchorTarget(body: ParentNode, anchor: Anchor): Element | undefined {
  const marked = body.querySelector(`[${BLOCK_MARKER}="${anchor.block}"]`);
  if (marked) return marked;
  if (body.querySelector(`[${BLOCK_MARKER}]`)) return undefined;
  return listBlockElements(body)[anchor.block];
}

/**
 * Takes the reader to the block an outline item points at, in every view (popup, full tab,
 * library): highlighted, scrolled to the middle, and focused, so keyboard and screen-reader
 * users land on it too (O takes them back to the outline).
 */
export function jumpToAnchor(body: HTMLElement | null, anchor: Anchor): boolean {
  const target = body ? findAnchorTarget(body, anchor) : undefined;
  if (!body || !target) return false;
  body.querySelector(`.${HIGHLIGHT}`)?.classList.remove(HIGHLIGHT);
  target.classList.add(HIGHLIGHT);
  const view = body.ownerDocument.defaultView;
  const still = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  target.scrollIntoView?.({ behavior: still ? 'auto' : 'smooth', block: 'center' });
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  (target as HTMLElement).focus?.({ preventScroll: true });
  return true;
}
