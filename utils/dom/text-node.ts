/**
 * Questions asked of a text node without reading all of it. `data` and `nodeValue` copy the
 * whole text into a new string on every read, and the text of a page Firefox parses in an
 * extension page comes as two-byte strings: a paragraph of a million characters cost several
 * milliseconds a read there, and the passes that asked "is it blank?", "how long is it
 * trimmed?" or "how does it start?" read it again each (tests/e2e/firefox-hostile-layout.test.ts).
 * `length` and `substringData` read nothing or only what is asked. Every answer is the one a
 * read of the whole text gives.
 */

/** How much of a node is read first: prose shows a letter long before this. */
const PEEK_CHARS = 256;

const NOT_SPACE = /\S/u;

/** True when the node holds nothing but white space (or nothing). */
export function isBlankText(node: CharacterData): boolean {
  if (node.length > PEEK_CHARS && NOT_SPACE.test(node.substringData(0, PEEK_CHARS))) return false;
  return !NOT_SPACE.test(node.data);
}

/** The length of the node's text trimmed of white space at both ends (`data.trim().length`). */
export function trimmedLength(node: CharacterData): number {
  const length = node.length;
  if (length <= PEEK_CHARS * 2) return node.data.trim().length;
  const start = node.substringData(0, PEEK_CHARS);
  const end = node.substringData(length - PEEK_CHARS, PEEK_CHARS);
  // trim's white space is the white space of \s.
  const leading = start.length - start.trimStart().length;
  const trailing = end.length - end.trimEnd().length;
  // A run of spaces as long as the window may go on past it: then the whole text is read.
  if (leading === PEEK_CHARS || trailing === PEEK_CHARS) return node.data.trim().length;
  return length - leading - trailing;
}

/**
 * The node's text with each run of white space made one space, read only until it holds more
 * than `enough` characters: the start of a long node, or all of a short one. A prefix read in
 * windows that double, since spaces collapse and a window of raw text may shrink.
 */
export function collapsedStart(node: CharacterData, enough: number): string {
  for (let read = Math.max(PEEK_CHARS, enough * 2); ; read *= 2) {
    const all = read >= node.length;
    const text = (all ? node.data : node.substringData(0, read)).replace(/\s+/gu, ' ');
    // A prefix that ends in spaces may collapse further once the next window is read.
    if (all || text.trimEnd().length > enough) return text;
  }
}
