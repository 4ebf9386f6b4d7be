import type { BodyPassContext } from './body-passes';
import { listBlockElements } from './block-elements';
import { hasVisibleText, shortText } from './bounded-text';
import { opensWithFurniture } from './boilerplate';
import { sentenceSpans } from '../text/sentences';
import { isBlankText } from '../dom/text-node';

/**
 * A furniture line written as a sentence closing the body ("Gợi ý đáp án môn Sinh học mã đề
 * 201. Ấn F5 để tiếp tục cập nhật."): a live page's prompt to reload it, an ad marker, the
 * site's invitation, set after the story's last sentence in the same block or in a block of
 * its own. The line rules of boilerplate.ts read whole blocks and take a line ending in a full
 * stop for the story's, wherever it stands. Only the last sentence of the body's last block
 * goes, when it is short and opens with one of the packs' furniture openers.
 */
const MAX_SENTENCE_CHARS = 100;
/** The end of the last text node read: the sentence is short, the node may hold a million characters. */
const TAIL_CHARS = 400;

/** The block's last text node with more than white space in it. */
function lastTextNode(el: Node): Text | null {
  for (let node = el.lastChild; node; node = node.previousSibling) {
    if (node.nodeType === 3 && !isBlankText(node as Text)) return node as Text;
    if (node.nodeType === 1) {
      const inner = lastTextNode(node);
      if (inner) return inner;
    }
  }
  return null;
}

/** Body pass: the closing furniture sentence leaves the last block, or the block goes when it is all it holds. */
export function removeClosingFurnitureSentence(root: Element, ctx: BodyPassContext): void {
  const blocks = listBlockElements(root).filter((el) => hasVisibleText(el));
  const last = blocks.at(-1);
  const node = last && blocks.length > 1 ? lastTextNode(last) : null;
  if (!last || !node) return;
  // length and substringData read only the tail (text-node.ts): data would copy all of a long node.
  const offset = Math.max(0, node.length - TAIL_CHARS);
  const tail = node.substringData(offset, TAIL_CHARS);
  const spans = sentenceSpans(tail, ctx.lang, { clauses: false });
  const closing = spans.at(-1);
  if (!closing || closing.text.length > MAX_SENTENCE_CHARS || !opensWithFurniture(closing.text)) return;
  if (spans.length > 1) {
    const kept = offset + tail.slice(0, closing.start).trimEnd().length;
    node.deleteData(kept, node.length - kept);
  }
  // Alone in its node, the sentence may follow the story's words in an element before it: the block goes only when it is the whole block.
  else if (shortText(last, MAX_SENTENCE_CHARS) === closing.text) last.remove();
}
