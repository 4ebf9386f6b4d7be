import type { BodyPassContext } from './body-passes';
import { isCaptionElement, listBlockElements } from './block-elements';
import { normalizeSpace } from '../text/segment';

/**
 * A second copy of the story, printed right after the first: pages that keep one copy for
 * subscribers behind a class that hides it, or a print version, give Readability both, since it
 * cannot see a class that hides. Only a run of paragraphs that repeats, word for word and in
 * order, the run just before it goes: a forum reply quoting a post further up, or a pull quote
 * repeating a sentence, stays.
 */

/** Shorter lines repeat legitimately ("Reply", "***", a recurring label) and are not counted. */
const MIN_REPEATED_CHARS = 40;
const MIN_RUN = 2;
/** Blocks allowed between the two copies (a byline, an ad label the copy repeats too). */
const MAX_GAP = 3;

interface Counted {
  el: Element;
  /** Index of the earlier block with the same text, or -1. */
  original: number;
}

function countBlocks(root: Element): Counted[] {
  const firstAt = new Map<string, number>();
  const out: Counted[] = [];
  for (const el of listBlockElements(root)) {
    const text = normalizeSpace(el.textContent ?? '');
    if (text.length < MIN_REPEATED_CHARS || isCaptionElement(el)) continue;
    const original = firstAt.get(text) ?? -1;
    if (original < 0) firstAt.set(text, out.length);
    out.push({ el, original });
  }
  return out;
}

/** Body pass: a run of blocks repeating, in order, the run that ends just before it goes. */
export function removeRepeatedBlocks(root: Element, _ctx: BodyPassContext): void {
  const blocks = countBlocks(root);
  for (let start = 0; start < blocks.length; ) {
    const first = blocks[start];
    if (!first || first.original < 0) {
      start++;
      continue;
    }
    let end = start + 1;
    while (blocks[end]?.original === first.original + (end - start)) end++;
    const length = end - start;
    const originalEnd = first.original + length;
    if (length >= MIN_RUN && start - originalEnd <= MAX_GAP) for (const block of blocks.slice(start, end)) block.el.remove();
    start = end;
  }
}
