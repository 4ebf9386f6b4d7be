/**
 * A block holding more elements than this is shown as its plain text. Real paragraphs hold a
 * few dozen links and emphases; a hostile one spread over 20,000 inline elements kept the
 * sanitizer busy past 200 ms in one task, for formatting no reader needs.
 */
export const MAX_ELEMENTS_PER_BLOCK = 1_000;

const BLOCKS = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, figcaption, dd, dt, pre, td, th';

/**
 * Parses article HTML into an inert document (DOMParser runs no script and loads nothing)
 * and turns every over-dense block into its text, keeping the block and its attributes.
 * Returns the body, ready for the sanitizer, which takes a node as well as a string.
 */
export function flattenDenseBlocks(html: string, win: Window & typeof globalThis, maxElements = MAX_ELEMENTS_PER_BLOCK): HTMLElement {
  const doc = new win.DOMParser().parseFromString(html, 'text/html');
  for (const block of doc.body.querySelectorAll(BLOCKS)) {
    // An outer block already flattened has no elements left inside: cheap to skip.
    if (block.getElementsByTagName('*').length > maxElements) block.textContent = block.textContent;
  }
  return doc.body;
}
