import type { BodyPassContext } from './body-passes';
import { normalizeSpace, words } from '../text/segment';

/**
 * A box the page lets its reader skip: it opens with a link to the point just past it ("Continue
 * reading the main story" over a side box of facts or a pull quote, "Skip past newsletter
 * promotion", "Skip advertisement"). The page itself says the box is no part of the story, in
 * any language, so the box goes whole. A table of contents (all in-page links) and a paragraph
 * that opens with a link to a later section (not the text just after it) stay.
 */
const MAX_SKIP_LABEL_WORDS = 6;
/** Most of the body is the story, whatever its links say. */
const MAX_BOX_SHARE = 0.5;

const textOf = (node: Node): string => normalizeSpace(node.textContent ?? '');

/** Body pass: removes each box a skip link opens. */
export function removeSkippedBoxes(root: Element, _ctx: BodyPassContext): void {
  const links = root.querySelectorAll('a[href^="#"]');
  if (links.length === 0) return;
  const bodyChars = textOf(root).length;
  const boxes: Element[] = [];
  for (const link of links) {
    const box = boxSkippedBy(link, root);
    if (box && textOf(box).length <= bodyChars * MAX_BOX_SHARE && !boxes.some((other) => other.contains(box))) boxes.push(box);
  }
  for (const box of boxes) box.remove();
}

/** The widest element `link` opens whose text ends where the link's target begins, or null. */
function boxSkippedBy(link: Element, root: Element): Element | null {
  const label = textOf(link);
  const target = targetOf(link, root);
  if (label === '' || words(label, null).length > MAX_SKIP_LABEL_WORDS || !target || link.contains(target)) return null;
  let box: Element | null = null;
  for (let el = link.parentElement; el && el !== root && !el.contains(target) && textOf(el).startsWith(label); el = el.parentElement) box = el;
  if (!box || box.querySelectorAll('a[href^="#"]').length > 1 || !endsJustBefore(box, target)) return null;
  // A paragraph opening with a link to what follows it is the story's, unless the link is all it holds.
  if (box.tagName.toUpperCase() === 'P' && textOf(box) !== label) return null;
  return box;
}

function targetOf(link: Element, root: Element): Element | null {
  const id = (link.getAttribute('href') ?? '').slice(1);
  if (id === '') return null;
  for (const el of root.querySelectorAll('[id]')) if (el.id === id) return el;
  return null;
}

/** No text between the end of `box` and the start of `target`, which follows it. */
function endsJustBefore(box: Element, target: Element): boolean {
  if (!(box.compareDocumentPosition(target) & box.DOCUMENT_POSITION_FOLLOWING)) return false;
  const between = box.ownerDocument.createRange();
  between.setStartAfter(box);
  between.setEndBefore(target);
  return normalizeSpace(between.toString()) === '';
}
