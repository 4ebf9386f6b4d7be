import { BLOCK_MARKER, listBlockElements } from '../article/block-elements';
import type { TextSpan } from '../library/annotations-anchor';

/**
 * The rendered article as one string with white space collapsed (as a reader sees it, and
 * as highlights are stored), and the way back from that string to the DOM. Block boundaries
 * read as a space, so a passage over two paragraphs does not run their words together.
 * Built from text nodes only: marks wrapped around highlights change elements, not text, so
 * the string is the same with or without them.
 */
export interface TextMap {
  text: string;
  /** The block (data-lede-block, else reading-order index) each position is in. */
  blockAt(position: number): number | undefined;
  /** Where a block's text starts, if the block has text. */
  blockStart(block: number): number | undefined;
  /** The position of a DOM point (a selection's end), or null when it is outside the container. */
  positionOf(node: Node, offset: number): number | null;
  /** The text nodes and offsets a span covers, for wrapping in marks. */
  pieces(span: TextSpan): { node: Text; start: number; end: number }[];
}

function blockIndexes(container: Element): Map<Element, number> {
  const indexes = new Map<Element, number>();
  listBlockElements(container).forEach((el, i) => {
    const marked = Number(el.getAttribute(BLOCK_MARKER));
    indexes.set(el, el.hasAttribute(BLOCK_MARKER) && Number.isInteger(marked) ? marked : i);
  });
  return indexes;
}

function blockOf(node: Node, container: Element, indexes: Map<Element, number>): number | undefined {
  for (let el = node.parentElement; el && el !== container; el = el.parentElement) {
    const index = indexes.get(el);
    if (index !== undefined) return index;
  }
  return undefined;
}

function lastAtMost(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) <= value) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

const SPACE = /\s/u;
/** Invisible, and refused in a stored highlight (validate.ts): left out of the string. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;

export function buildTextMap(container: Element): TextMap {
  const indexes = blockIndexes(container);
  const nodes: Text[] = [];
  /** For each node, the first position of the string that comes from it (or would). */
  const nodeStarts: number[] = [];
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  // Room for every letter and a space where each text node may start a block.
  let room = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) room += (node as Text).data.length + 1;
  walker.currentNode = container;
  /** For each position, the node and the offset in it that it comes from (typed: a long article has millions). */
  const nodeAt = new Int32Array(room);
  const offsetAt = new Int32Array(room);
  let length = 0;
  const blockStarts: number[] = [];
  const blockIds: (number | undefined)[] = [];
  let text = '';
  let pendingSpace = false;
  /** Where the run of white space inside a block began: the space stands for it, so a mark covers the gap between words. */
  let spaceFrom: [number, number] | null = null;
  let lastBlock: number | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const textNode = node as Text;
    const block = blockOf(textNode, container, indexes);
    const index = nodes.push(textNode) - 1;
    nodeStarts.push(text.length);
    const data = textNode.data;
    for (let i = 0; i < data.length; i++) {
      const char = data[i] ?? '';
      if (SPACE.test(char)) {
        pendingSpace = text.length > 0;
        spaceFrom ??= [index, i];
        continue;
      }
      if (CONTROL.test(char)) continue;
      if (block !== lastBlock) {
        pendingSpace = text.length > 0;
        // Between blocks the space stands for no character: white space there (inside a list, a table) can hold no mark.
        spaceFrom = null;
        blockStarts.push(text.length + (pendingSpace ? 1 : 0));
        blockIds.push(block);
        lastBlock = block;
      }
      if (pendingSpace) {
        text += ' ';
        nodeAt[length] = spaceFrom?.[0] ?? index;
        offsetAt[length] = spaceFrom?.[1] ?? i;
        length++;
        pendingSpace = false;
      }
      spaceFrom = null;
      text += char;
      nodeAt[length] = index;
      offsetAt[length] = i;
      length++;
    }
  }

  const positionOfText = (node: Text, offset: number): number | null => {
    const index = nodes.indexOf(node);
    if (index === -1) return null;
    // The first position at or after the point: the next visible letter.
    let position = nodeStarts[index] ?? text.length;
    // A space standing for white space at the end of the node before.
    while (position < text.length && (nodeAt[position] ?? index) < index) position++;
    while (position < text.length && nodeAt[position] === index && (offsetAt[position] ?? 0) < offset) position++;
    return position;
  };

  return {
    text,
    blockAt: (position) => blockIds[lastAtMost(blockStarts, position)],
    blockStart: (block) => {
      const i = blockIds.indexOf(block);
      return i === -1 ? undefined : blockStarts[i];
    },
    positionOf: (node, offset) => {
      if (!container.contains(node)) return null;
      if (node.nodeType === Node.TEXT_NODE) return positionOfText(node as Text, offset);
      // An element point: the first text node that follows it in the document.
      const point = container.ownerDocument.createRange();
      point.setStart(node, offset);
      const next = nodes.findIndex((candidate) => point.comparePoint(candidate, 0) >= 0);
      return next === -1 ? text.length : (nodeStarts[next] ?? text.length);
    },
    pieces: ({ start, end }) => {
      const out: { node: Text; start: number; end: number }[] = [];
      for (let position = start; position < end; position++) {
        const node = nodes[nodeAt[position] ?? -1];
        const offset = offsetAt[position] ?? 0;
        if (!node) continue;
        const last = out.at(-1);
        if (last && last.node === node) last.end = offset + 1;
        else out.push({ node, start: offset, end: offset + 1 });
      }
      return out;
    },
  };
}
