import { normalizeSpace } from '../text/space';
import { SHOW_TEXT } from './node-filter';
import { collapsedStart, isBlankText } from '../dom/text-node';


/**
 * The text nodes below `root`, in document order, from a native TreeWalker. A walk in script
 * reads three or four properties per node, elements included, and each read is a call through
 * Firefox's content-script wrappers (a wrapper made for every node touched); the walker hands
 * over the text nodes alone, one call each.
 */
function textNodesBelow(root: Node): TreeWalker | null {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  return doc ? doc.createTreeWalker(root, SHOW_TEXT) : null;
}

/**
 * An element's text, but only when it is short: the walk stops as soon as the text
 * passes `max` characters (then it returns null). Passes ask "is this a short caption /
 * label?" of elements that may hold a whole article; `textContent` would read it all.
 */
export function shortText(el: Node, max: number): string | null {
  let raw = '';
  // The text node itself, or those below an element; nothing of other nodes (a comment, a document).
  const walker = el.nodeType === 1 ? textNodesBelow(el) : null;
  for (let node: Node | null | undefined = el.nodeType === 3 ? el : walker?.nextNode(); node; node = walker?.nextNode()) {
    // Collapsed as it comes: a caption set among indented markup (Wikipedia's map legends) has
    // more white space than words, and its raw length alone ran past the budget.
    raw += collapsedStart(node as Text, max * 2 + 200);
    // Spaces at the seams of nodes collapse too: allow some slack before giving up.
    if (raw.length > max * 2 + 200) return null;
  }
  const text = normalizeSpace(raw);
  return text.length > max ? null : text;
}

/** True when any text node below `el` holds more than white space; stops at the first one. */
export function hasVisibleText(el: Node): boolean {
  if (el.nodeType === 3) return !isBlankText(el as Text);
  const walker = textNodesBelow(el);
  for (let node = walker?.nextNode(); node; node = walker?.nextNode()) if (!isBlankText(node as Text)) return true;
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
