import { normalizeSpace } from '../text/segment';

/**
 * The text a reader sees in an element, as one string: `textContent` reads the code of
 * inline `<script>`s and `<style>`s (a dek once read as JavaScript) and joins lines without
 * a space where the page breaks them: "physician.<br>Police arrested", a credit in its own
 * block after a caption ("… de 2024.</span><span>Alketa Misja"). Here a `<br>` and the
 * edges of block-level elements are spaces, and unseen elements are skipped. One walk of
 * the element, as `textContent` is.
 */

/** Never shown as text. */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'SELECT', 'BUTTON']);

/** Elements that start a new line (or cell): their edges separate words. */
const BREAKS = new Set([
  'BR', 'HR', 'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TR', 'TD', 'TH', 'CAPTION', 'TABLE', 'THEAD', 'TBODY', 'TFOOT',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER',
  'ADDRESS', 'PRE', 'CENTER', 'NAV', 'MAIN', 'DETAILS', 'SUMMARY', 'IMG', 'PICTURE', 'VIDEO',
]);

/** Raw visible text of `el`, with a space at every break; `skip` leaves out elements (a caption's credit). */
export function rawVisibleText(el: Node, skip?: (el: Element) => boolean): string {
  let raw = '';
  const stack: (Node | string)[] = [el];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (typeof item === 'string') {
      raw += item;
      continue;
    }
    if (item.nodeType === 3) {
      raw += item.nodeValue ?? '';
      continue;
    }
    if (item.nodeType !== 1) continue;
    const element = item as Element;
    const tag = element.tagName.toUpperCase();
    if (item !== el && (UNSEEN.has(tag) || skip?.(element) === true)) continue;
    const breaks = BREAKS.has(tag);
    if (breaks) stack.push(' ');
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
    if (breaks) raw += ' ';
  }
  return raw;
}

export function visibleText(el: Node, skip?: (el: Element) => boolean): string {
  return normalizeSpace(rawVisibleText(el, skip));
}
