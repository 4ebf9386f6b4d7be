/**
 * Keeps a hostile or huge article from freezing the view in layout. Breaking one run of text
 * into lines costs more than linear time in Chromium with `overflow-wrap` (a paragraph of
 * 1,000,000 quote marks froze the popup for 40 s; 10,000 Thai characters without a break
 * take about 150 ms, 50,000 take 2.7 s). So a block holding more than CHUNK_CHARS characters
 * is laid out as pieces of at most that length, each its own block, and pieces and, in long articles, blocks are laid out only near the viewport
 * (`content-visibility: auto` in the views' style.css). All the text stays in the document:
 * find, copy and outline jumps still work.
 */

/** About 35 ms of layout for the slowest script measured (Thai); 2 ms for quote marks. */
export const CHUNK_CHARS = 5_000;
/** Past this many characters an article lays out only the blocks near the viewport. */
export const LONG_TEXT_CHARS = 100_000;

const BLOCK_TAG = /^(?:P|LI|D[DT]|T[DH]|BLOCKQUOTE|H\d|FIGCAPTION|PRE|DIV|SECTION|ARTICLE|ASIDE|FIGURE)$/u;
/** A piece should not start with a combining mark or the second half of a surrogate pair. */
const CONTINUES_CHARACTER = /^[\p{M}\uDC00-\uDFFF]/u;

type Block = ParentNode & Node;

function blockOf(node: Node, root: Block): Block {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK_TAG.test(el.tagName)) el = el.parentElement;
  return el ?? root;
}

/** Where the next piece starts: after a space in the 200 characters before `limit`, else at `limit`; never before `from`. */
function cutAt(text: string, from: number, limit: number): number {
  const space = text.lastIndexOf(' ', limit - 1);
  let cut = space >= Math.max(from, limit - 200) ? space + 1 : limit;
  while (cut > from + 1 && CONTINUES_CHARACTER.test(text.charAt(cut))) cut--;
  return cut;
}

function textWalker(root: Block): TreeWalker {
  return (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
}

/** The text positions where `block`'s pieces start, in document order. */
function pieceStarts(block: Block): [Text, number][] {
  const starts: [Text, number][] = [];
  const walker = textWalker(block);
  let room = CHUNK_CHARS;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    let offset = 0;
    while (node.length - offset > room) {
      offset = cutAt(node.data, offset, offset + room);
      starts.push([node, offset]);
      room = CHUNK_CHARS;
    }
    room -= node.length - offset;
  }
  return starts;
}

/**
 * Moves everything after each piece start into its own block-level span, last piece first
 * (so each move carries one piece only). A Range keeps links and emphasis in every piece.
 */
function splitBlock(block: Block): void {
  const pieces: Element[] = [];
  for (const [node, offset] of pieceStarts(block).reverse()) {
    const range = new Range();
    range.setStart(node, offset);
    range.setEnd(block, block.childNodes.length);
    const piece = document.createElement('span');
    piece.className = 'text-chunk';
    piece.append(range.extractContents());
    pieces.unshift(piece);
  }
  block.append(...pieces);
}

/**
 * Splits the blocks of `root` (an element, or a fragment not yet in the document) whose own
 * text is longer than CHUNK_CHARS; the root itself counts as the block of loose text.
 * Returns how many characters of text `root` holds.
 */
export function splitLongBlocks(root: Block): number {
  const lengths = new Map<Block, number>();
  let total = 0;
  const walker = textWalker(root);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).length;
    const block = blockOf(node, root);
    lengths.set(block, (lengths.get(block) ?? 0) + length);
    total += length;
  }
  for (const [block, length] of lengths) if (length > CHUNK_CHARS) splitBlock(block);
  return total;
}
