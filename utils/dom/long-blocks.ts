/**
 * Keeps a hostile or huge article from freezing the view in layout. Breaking one run of text
 * into lines costs more than linear time in Chromium with `overflow-wrap` (a paragraph of
 * 1,000,000 quote marks froze the popup for 40 s; 10,000 Thai characters without a break
 * take about 150 ms, 50,000 take 2.7 s). So a block holding more than CHUNK_CHARS characters
 * is laid out as pieces of at most that length, each its own block, and pieces and, in long articles, blocks are laid out only near the viewport
 * (`content-visibility: auto` in the views' style.css). All the text stays in the document:
 * find, copy and outline jumps still work.
 */

/** About 35 ms of layout for the slowest script measured (Thai) in Chromium; 2 ms for quote marks. */
export const CHUNK_CHARS = 5_000;
/**
 * Pieces of a block in a script whose lines break by dictionary, not at spaces (Thai, Lao, Khmer,
 * Myanmar), are shorter: Firefox ESR laid out the 5,000 Thai characters of one piece in 55-200 ms
 * (each piece as it scrolled into view, the first with the article), the same text in pieces of
 * 1,000 in 10-17 ms a piece (tests/e2e/firefox-hostile-layout.test.ts, "thai-run"). Paragraphs of
 * those scripts do reach this length, so such a piece ends at a space (Thai and Lao put one
 * between clauses) when one comes in its last fifth.
 */
export const DICTIONARY_CHUNK_CHARS = 1_000;
/** Past this many characters an article lays out only the blocks near the viewport. */
export const LONG_TEXT_CHARS = 100_000;

const BLOCK = 'p,li,dd,dt,td,th,blockquote,h1,h2,h3,h4,h5,h6,figcaption,pre,div,section,article,aside,figure';
/** Thai, Lao, Myanmar (with its extensions) and Khmer: ranges, a fraction of the cost of script properties over a megabyte. */
const DICTIONARY_SCRIPT = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF\uA9E0-\uA9FF\uAA60-\uAA7F]/u;
/** A piece should not start with a combining mark or the second half of a surrogate pair. */
const CONTINUES_CHARACTER = /^[\p{M}\uDC00-\uDFFF]/u;

type Block = ParentNode & Node;

/** The root's text is split before the root is in the document, so `closest` never leaves it. */
function blockOf(node: Node, root: Block): Block {
  return node.parentElement?.closest(BLOCK) ?? root;
}

/** How a block is cut: the longest piece, and whether a piece ends at a space found in its last fifth. */
interface PieceSize {
  chars: number;
  atSpace: boolean;
}

const PLAIN: PieceSize = { chars: CHUNK_CHARS, atSpace: false };
const DICTIONARY: PieceSize = { chars: DICTIONARY_CHUNK_CHARS, atSpace: true };

/**
 * Where the next piece starts: at `limit`, moved back so that it does not split a character
 * (a combining mark or a surrogate pair); never before `from`. Pieces of most scripts do not
 * look for a space: only text over 5,000 characters in one block is cut at all.
 */
function cutAt(from: number, limit: number, text: string, size: PieceSize): number {
  if (size.atSpace) {
    const space = text.lastIndexOf(' ', limit - 1);
    if (space >= Math.max(from + 1, limit - size.chars / 5)) return space + 1;
  }
  let cut = limit;
  while (cut > from + 1 && CONTINUES_CHARACTER.test(text.charAt(cut))) cut--;
  return cut;
}

function textWalker(root: Block): TreeWalker {
  return document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
}

/**
 * The text positions where `block`'s pieces start, in document order. A text node longer
 * than the room left is cut into separate text nodes here, in one pass, so that each Range
 * below moves one piece's worth of text: cutting one megabyte-long node again and again
 * copied its remainder each time.
 */
function pieceStarts(block: Block, size: PieceSize): Text[] {
  const starts: Text[] = [];
  const walker = textWalker(block);
  let room = size.chars;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.length <= room) {
      room -= node.length;
      continue;
    }
    const text = node.data;
    let cut = cutAt(0, room, text, size);
    node.data = text.slice(0, cut);
    let last = node;
    while (cut < text.length) {
      const at = cut;
      cut = text.length - at > size.chars ? cutAt(at, at + size.chars, text, size) : text.length;
      const piece = new Text(text.slice(at, cut));
      last.after(piece);
      starts.push(piece);
      last = piece;
    }
    walker.currentNode = last;
    room = size.chars - last.length;
  }
  return starts;
}

/**
 * Moves everything after each piece start into its own block-level span, last piece first
 * (so each move carries one piece only). A Range to the block's end keeps links and emphasis
 * around every piece.
 */
function splitBlock(block: Block, size: PieceSize): void {
  const pieces: Element[] = [];
  for (const start of pieceStarts(block, size).reverse()) {
    const range = new Range();
    range.setStartBefore(start);
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
 * text is longer than CHUNK_CHARS (DICTIONARY_CHUNK_CHARS when it holds Thai, Lao, Khmer or
 * Myanmar); the root itself counts as the block of loose text.
 * Returns how many characters of text `root` holds.
 */
/** Characters of a line in the reading column, roughly (it is 34-40 em wide): enough for a placeholder's height. */
const CHARS_PER_LINE = 60;
/** The custom property the views' style.css sizes a block's placeholder with (`contain-intrinsic-size`), in lines. */
export const LINES_PROPERTY = '--lede-lines';

/**
 * A long block's placeholder height, in lines, while it is not laid out: with the 4 lines
 * every block had, a jump into a long article (the End key, a dragged scroll bar) found a
 * dozen unlaid 5,000-character blocks in view and laid them all out in one frame, 100-200 ms
 * in Chromium (tests/e2e/hostile-layout.test.ts, many-long-blocks); the scroll bar jumped too.
 */
function sizePlaceholder(block: Block, length: number): void {
  const lines = Math.ceil(length / CHARS_PER_LINE);
  // The root's fragment has no style; its elements do (HTML and SVG alike).
  if (lines > 4) (block as Partial<ElementCSSInlineStyle>).style?.setProperty(LINES_PROPERTY, String(lines));
}

export function splitLongBlocks(root: Block): number {
  const lengths = new Map<Block, number>();
  const dictionary = new Set<Block>();
  let total = 0;
  const walker = textWalker(root);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = blockOf(node, root);
    lengths.set(block, (lengths.get(block) ?? 0) + node.length);
    if (!dictionary.has(block) && DICTIONARY_SCRIPT.test(node.data)) dictionary.add(block);
    total += node.length;
  }
  for (const [block, length] of lengths) {
    const size = dictionary.has(block) ? DICTIONARY : PLAIN;
    if (length > size.chars) splitBlock(block, size);
    if (total > LONG_TEXT_CHARS && block !== root) sizePlaceholder(block, length);
  }
  return total;
}
