import type { Block } from './types';
import { normalizeSpace } from '../text/segment';

const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, table, figcaption, dt, dd';

/**
 * The body's blocks in reading order: the innermost block elements, so a paragraph
 * inside a list item or a blockquote is one block. The reading view finds the same
 * elements with the same call, which is what makes outline anchors (block indices) work.
 */
export function listBlockElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll(BLOCK_SELECTOR)) {
    // A table or a pre is read as one block, whatever it holds.
    if (el.parentElement?.closest('table, pre')) continue;
    const whole = el.tagName === 'TABLE' || el.tagName === 'PRE';
    if (!whole && el.querySelector(BLOCK_SELECTOR)) continue;
    out.push(el);
  }
  return out;
}

export function isCaptionElement(el: Element): boolean {
  return el.tagName === 'FIGCAPTION' || el.closest('figcaption') !== null;
}

export function listBlocks(root: ParentNode): Block[] {
  return listBlockElements(root).map((el) => ({
    tag: el.tagName.toLowerCase(),
    text: normalizeSpace(el.textContent ?? ''),
    caption: isCaptionElement(el),
  }));
}

/** Plain text of the body: one paragraph per block, blank lines between, captions left out. */
export function blocksToText(blocks: Block[]): string {
  return blocks
    .filter((b) => !b.caption && b.text !== '')
    .map((b) => b.text)
    .join('\n\n');
}
