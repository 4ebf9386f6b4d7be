import type { BodyPassContext } from './body-passes';
import { isCaptionElement, listBlockElements } from './block-elements';
import { normalizeSpace } from '../text/segment';
import { hasVisibleText } from './bounded-text';
import { isLabelText, isTeaser, measureLinks, type BlockChars } from './link-share';

/**
 * What follows a story on a news page: "Most popular", "Don't miss", "More from …", numbered
 * lists of headlines, teasers with a line of summary. When Readability takes the story's
 * container it often takes these too. They are told apart by links and position, in any
 * language: the body's end where linked text outweighs the rest, after the story's own prose.
 */

const MIN_TEASERS = 3;
/** The end must outweigh its own unlinked words by this much before it goes: a closing link or two stays. */
const MIN_LINK_SURPLUS = 120;
/** The story before it must be a story, not a directory of links. */
const MIN_STORY_CHARS = 400;
const MAX_LABELS = 2;

/** A teaser's line of summary under its linked headline counts for neither side. */
const MAX_SUMMARY_CHARS = 250;
function isSummary(block: BlockChars, before: BlockChars | undefined): boolean {
  return before !== undefined && /^H[1-6]$/u.test(before.el.tagName) && isTeaser(before) && block.linked === 0 && block.chars <= MAX_SUMMARY_CHARS;
}

/** Index where the linked end begins (the suffix with the largest link surplus), or -1. */
function linkedEndStart(blocks: readonly BlockChars[]): number {
  let surplus = 0;
  let best = 0;
  let start = -1;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    if (!block) continue;
    if (!isSummary(block, blocks[i - 1])) surplus += block.linked - (block.chars - block.linked);
    if (surplus > best) {
      best = surplus;
      start = i;
    }
  }
  return best >= MIN_LINK_SURPLUS ? start : -1;
}

function isLabel(block: BlockChars): boolean {
  return block.chars > 0 && isLabelText(normalizeSpace(block.el.textContent ?? ''));
}

/** Removes `el` and everything after it in the body, up to `root`: the teasers' thumbnails go too, and the wrappers left empty. */
function removeFrom(el: Element, root: Element): void {
  const parent: Element | null = el.parentElement;
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    while (node.nextSibling) node.nextSibling.remove();
  }
  el.remove();
  for (let node: Element | null = parent; node && node !== root && !hasVisibleText(node) && !node.querySelector('img, picture, video, iframe, table'); ) {
    const up: Element | null = node.parentElement;
    node.remove();
    node = up;
  }
}

/** Body pass: the linked end after the story goes, with the heading that announces it. */
export function removeTrailingLinks(root: Element, _ctx: BodyPassContext): void {
  // Most bodies have no such end: too few links for three teasers, and nothing to measure.
  if (root.querySelectorAll('a[href]').length < MIN_TEASERS) return;
  const blocks = listBlockElements(root)
    .filter((el) => !isCaptionElement(el))
    .map(measureLinks)
    .filter((block) => block.chars > 0);
  let start = linkedEndStart(blocks);
  if (start < 0) return;
  const tail = blocks.slice(start);
  if (tail.filter(isTeaser).length < MIN_TEASERS) return;
  for (let labels = 0; labels < MAX_LABELS && start > 0; labels++) {
    const before = blocks[start - 1];
    if (!before || !isLabel(before)) break;
    start--;
  }
  const story = blocks.slice(0, start).reduce((sum, block) => sum + block.chars - block.linked, 0);
  const first = blocks[start];
  if (story < MIN_STORY_CHARS || !first) return;
  removeFrom(first.el, root);
}
