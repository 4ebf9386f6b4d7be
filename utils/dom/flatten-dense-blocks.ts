/**
 * A block holding more elements than this is shown as its plain text. Real paragraphs hold a
 * few dozen links and emphases; a hostile one spread over 20,000 inline elements kept the
 * sanitizer busy past 200 ms in one task, for formatting no reader needs.
 */
export const MAX_ELEMENTS_PER_BLOCK = 1_000;

const BLOCKS = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, figcaption, dd, dt, pre, td, th';

/**
 * Parses article HTML into an inert document (DOMParser runs no script and loads nothing) and
 * returns its body, ready for flattenDenseBlocks and the sanitizer, which takes a node as well
 * as a string. A step of its own: the view parses in one task and flattens in the next.
 */
export function parseInert(html: string, win: Window & typeof globalThis): HTMLElement {
  return new win.DOMParser().parseFromString(html, 'text/html').body;
}

/** Turns every over-dense block of `body` into its text, keeping the block and its attributes; returns `body`. */
export function flattenDenseBlocks(body: HTMLElement, maxElements = MAX_ELEMENTS_PER_BLOCK): HTMLElement {
  for (const block of body.querySelectorAll(BLOCKS)) {
    // An outer block already flattened has no elements left inside: cheap to skip.
    if (block.getElementsByTagName('*').length > maxElements) block.textContent = block.textContent;
  }
  return body;
}
