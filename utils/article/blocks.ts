import type { Block } from './types';
import { visibleText } from './visible-text';
import { BLOCK_MARKER, isCaptionElement, listBlockElements } from './block-elements';

export { BLOCK_TAGS, BLOCK_MARKER, isCaptionElement, listBlockElements } from './block-elements';

/**
 * The body's blocks, each marked with its index in the HTML. Markers the page itself
 * wrote are removed first: a page must not be able to point an outline item elsewhere.
 */
export function listBlocks(root: ParentNode): Block[] {
  for (const forged of root.querySelectorAll(`[${BLOCK_MARKER}]`)) forged.removeAttribute(BLOCK_MARKER);
  return listBlockElements(root).map((el, index) => {
    el.setAttribute(BLOCK_MARKER, String(index));
    return {
      tag: el.tagName.toLowerCase(),
      text: visibleText(el),
      caption: isCaptionElement(el),
    };
  });
}

/** Plain text of the body: one paragraph per block, blank lines between, captions left out. */
export function blocksToText(blocks: Block[]): string {
  return blocks
    .filter((b) => !b.caption && b.text !== '')
    .map((b) => b.text)
    .join('\n\n');
}
