import { normalizeSpace } from '../text/space';

/**
 * An element's text, but only when it is short: the walk stops as soon as the text
 * passes `max` characters (then it returns null). Passes ask "is this a short caption /
 * label?" of elements that may hold a whole article; `textContent` would read it all.
 */
export function shortText(el: Node, max: number): string | null {
  let raw = '';
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (node.nodeType === 3) {
      raw += node.nodeValue ?? '';
      // Raw text may shrink when white space collapses: allow some slack before giving up.
      if (raw.length > max * 2 + 200) return null;
      continue;
    }
    if (node.nodeType !== 1) continue;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  const text = normalizeSpace(raw);
  return text.length > max ? null : text;
}

/** True when any text node below `el` holds more than white space; stops at the first one. */
export function hasVisibleText(el: Node): boolean {
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (node.nodeType === 3) {
      if ((node.nodeValue ?? '').trim() !== '') return true;
      continue;
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return false;
}

/**
 * The element's only element child, or null. Walks siblings instead of reading `children`:
 * jsdom's HTMLCollection answers every property read through a proxy that scans the
 * collection (namedItem), which made one pass quadratic on long pages.
 */
export function soleElementChild(el: Element): Element | null {
  const first = el.firstElementChild;
  return first && !first.nextElementSibling ? first : null;
}

/** Element children as an array, without touching the HTMLCollection (see above). */
export function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) out.push(child);
  return out;
}
