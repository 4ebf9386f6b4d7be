import { SHOW_TEXT } from './node-filter';

/**
 * Cutting a prefix off an element's text, node by node: the prefix (a source tag, a caption
 * repeated) may sit in a <strong> or run across several text nodes.
 */

/** Removes the first `count` characters of `el`'s raw text. */
export function dropLeadingText(el: Element, count: number): void {
  let left = count;
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let node = walker.nextNode(); node && left > 0; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    const cut = Math.min(left, value.length);
    node.nodeValue = value.slice(cut);
    left -= cut;
  }
}

/**
 * How many characters of `raw` make up `prefix`, a text with its white space collapsed (as
 * normalizeSpace gives it): runs of white space in `raw` count as one space; null when `raw`
 * does not open with `prefix`.
 */
export function rawPrefixLength(raw: string, prefix: string): number | null {
  let i = 0;
  while (i < raw.length && /\s/u.test(raw.charAt(i))) i++;
  for (let j = 0; j < prefix.length; j++) {
    const want = prefix.charAt(j);
    if (want === ' ') {
      if (i >= raw.length || !/\s/u.test(raw.charAt(i))) return null;
      while (i < raw.length && /\s/u.test(raw.charAt(i))) i++;
    } else if (raw.charAt(i) === want) i++;
    else return null;
  }
  return i;
}
