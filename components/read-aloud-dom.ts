import { listBlockElements } from '@/utils/article/block-elements';
import type { QueuedSentence } from '@/utils/speech/sentence-queue';

/** Read whole by the eye, not by a voice: code, tables, and figures' pictures. */
const NOT_READ = new Set(['PRE', 'TABLE']);
const HIGHLIGHT_NAME = 'lede-reading';

/** The elements read aloud, in order: the article's title, then the body's blocks. */
export function blocksToRead(body: HTMLElement): Element[] {
  const title = body.closest('article')?.querySelector('.article-title');
  const blocks = listBlockElements(body).filter((el) => !NOT_READ.has(el.tagName.toUpperCase()));
  return title ? [title, ...blocks] : blocks;
}

/** A range over characters [start, end) of `el`'s text, found through its text nodes. */
function rangeOver(el: Element, start: number, end: number): Range | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start < seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}

/**
 * Marks the sentence being read. The CSS Custom Highlight API paints it without touching the
 * article's DOM; where it is missing, the sentence's block is marked instead.
 */
export function markSentence(blocks: readonly Element[], sentence: QueuedSentence | undefined): Range | null {
  const block = sentence ? blocks[sentence.block] : undefined;
  for (const el of blocks[0]?.ownerDocument.querySelectorAll('.reading-aloud') ?? []) el.classList.remove('reading-aloud');
  const range = block && sentence ? rangeOver(block, sentence.start, sentence.end) : null;
  if (typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined') {
    if (range) CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    else CSS.highlights.delete(HIGHLIGHT_NAME);
  } else if (block) {
    block.classList.add('reading-aloud');
  }
  return range;
}

/**
 * Keeps the sentence being read in view: when it leaves the part of the view under the
 * sticky toolbar, it is scrolled to a third of the way down, where the eye reads.
 */
export function keepInView(target: Range | Element, scroller: HTMLElement | null, topBar: Element | null): void {
  const doc = target instanceof Range ? target.startContainer.ownerDocument : target.ownerDocument;
  const view = doc?.defaultView;
  if (!view) return;
  const rect = target.getBoundingClientRect();
  const box = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: view.innerHeight };
  const top = Math.max(box.top, topBar?.getBoundingClientRect().bottom ?? box.top);
  if (rect.top >= top && rect.bottom <= box.bottom - 16) return;
  const delta = rect.top - (top + (box.bottom - top) / 3);
  const still = view.matchMedia('(prefers-reduced-motion: reduce)').matches;
  (scroller ?? view).scrollBy({ top: delta, behavior: still ? 'auto' : 'smooth' });
}

export function clearMark(doc: Document): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
  for (const el of doc.querySelectorAll('.reading-aloud')) el.classList.remove('reading-aloud');
}
