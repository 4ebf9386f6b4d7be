import { closestTag } from './closest-tag';

/*
 * Which elements are the body's blocks, and the marker that names them. Apart from blocks.ts
 * (which reads their text) because every view loads this to find an outline item's block,
 * and the popup must not carry the text model to do so.
 */

export const BLOCK_TAGS: ReadonlySet<string> = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TABLE', 'FIGCAPTION', 'DT', 'DD']);
/** Read whole, whatever they hold. */
const WHOLE_TAGS = new Set(['TABLE', 'PRE']);

/** Pushes the innermost blocks under `el` in document order, up to `limit` in all; tells whether it pushed any. */
function collectBlocks(el: Element, out: Element[], limit: number): boolean {
  if (out.length >= limit) return false;
  const tag = el.tagName.toUpperCase();
  if (WHOLE_TAGS.has(tag)) {
    out.push(el);
    return true;
  }
  let found = false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (collectBlocks(child, out, limit)) found = true;
  }
  if (found || !BLOCK_TAGS.has(tag)) return found;
  out.push(el);
  return true;
}

/**
 * The body's blocks in reading order: the innermost block elements, so a paragraph
 * inside a list item or a blockquote is one block. The reading view finds the same
 * elements with the same call, which is what makes outline anchors (block indices) work.
 * One walk of the tree: a querySelector per element made long pages quadratic.
 */
export function listBlockElements(root: ParentNode): Element[] {
  return firstBlockElements(root, Infinity);
}

/** The body's first `count` blocks, as listBlockElements finds them, without walking the rest of a long body. */
export function firstBlockElements(root: ParentNode, count: number): Element[] {
  const out: Element[] = [];
  for (let child = root.firstElementChild; child && out.length < count; child = child.nextElementSibling) collectBlocks(child, out, count);
  return out;
}

export function isCaptionElement(el: Element): boolean {
  return el.tagName === 'FIGCAPTION' || closestTag(el, 'figcaption') !== null;
}

/**
 * The attribute that names each block's index in the article HTML. Outline anchors are
 * block indices; the marker travels with the HTML (the message, the library, an export)
 * and survives sanitizing, so every view finds the very element an anchor was made from.
 */
export const BLOCK_MARKER = 'data-lede-block';
