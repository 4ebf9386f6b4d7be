import type { BodyPassContext } from './body-passes';
import { normalizeSpace, words } from '../text/segment';
import { hasVisibleText, shortText } from './bounded-text';
import { pitchWordsIn } from '../lang/pitch-words';

/**
 * A box the page lets its reader skip: it opens with a link to the point just past it ("Continue
 * reading the main story" over a side box of facts or a pull quote, "Skip past newsletter
 * promotion", "Skip advertisement"). The page itself says the box is no part of the story's
 * run, in any language: the box goes whole, unless it tells something in prose of its own (a
 * fact box, an analysis), which stays, set apart (holdsOwnProse, keepAsAside). A table of
 * contents (all in-page links) and a paragraph that opens with a link to a later section (not
 * the text just after it) stay.
 */
const MAX_SKIP_LABEL_WORDS = 6;
const MAX_SKIP_LABEL_CHARS = 60;
/** Most of the body is the story, whatever its links say. */
const MAX_BOX_SHARE = 0.5;

const textOf = (node: Node): string => normalizeSpace(node.textContent ?? '');

/** Body pass: removes each box a skip link opens. */
export function removeSkippedBoxes(root: Element, ctx: BodyPassContext): void {
  const links = root.querySelectorAll('a[href^="#"]');
  if (links.length === 0) return;
  const byId = new Map<string, Element>();
  for (const el of root.querySelectorAll('[id]')) if (!byId.has(el.id)) byId.set(el.id, el);
  const bodyChars = textOf(root).length;
  const boxes: SkippedBox[] = [];
  links.forEach((link, at) => {
    const box = boxSkippedBy(link, root, byId.get((link.getAttribute('href') ?? '').slice(1)));
    // A box's links are neighbours in document order: one holding the link before or after is contents, not a box to skip.
    const before = links[at - 1];
    const after = links[at + 1];
    if (!box || (before && box.contains(before)) || (after && box.contains(after))) return;
    const text = textOf(box);
    if (text.length <= bodyChars * MAX_BOX_SHARE && !boxes.some((other) => other.box.contains(box))) boxes.push({ box, link, text });
  });
  for (const skipped of boxes) {
    const { box, link } = skipped;
    if (!holdsOwnProse(skipped, ctx.lang)) box.remove();
    else keepAsAside(box, link);
  }
}

interface SkippedBox {
  box: Element;
  link: Element;
  /** The box's text, its link's first. */
  text: string;
}

/** A box of facts or an analysis told in words of its own is read with the story; only its skip link goes. */
const MIN_PROSE_WORDS = 40;
/** Above this share of its text in links, a box is a list of other stories. */
const MAX_PROSE_LINK_SHARE = 0.25;
/**
 * Words of newsletter and subscription pitches, in every pack: a box that makes one is a
 * promotion, however long its small print ("Privacy Notice: Newsletters may contain …"). Its
 * form and button are no sign: Readability drops them before the body passes run.
 */

/**
 * Whether a skipped box holds prose of its own: a fact box, a timeline, a correspondent's
 * analysis (the reader wants these; news sites' own article text keeps them). A pull quote, a
 * card of a few lines, a promotion and a list of links are short, make a pitch or are mostly
 * links: they go whole.
 */
function holdsOwnProse({ box, link, text: boxText }: SkippedBox, lang: string | null): boolean {
  const text = boxText.slice(textOf(link).length);
  if (words(text, lang).length < MIN_PROSE_WORDS || pitchWordsIn(text).length > 0) return false;
  let linked = 0;
  for (const a of box.querySelectorAll('a[href]')) if (a !== link) linked += textOf(a).length;
  return linked < text.length * MAX_PROSE_LINK_SHARE;
}

/** Scripts whose texts write a full-width colon. */
const FULL_WIDTH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;

/**
 * The box stays without its skip link, set apart by a rule above and below it, and its title
 * becomes a bold line that leads into it ("Analysis:"): a box set beside the story heads no part
 * of it, and the outline takes a line that ends in a colon for prose introducing what follows,
 * never for a section (utils/outline/heading-lines.ts), so the story after the box is not filed
 * under its title.
 */
function keepAsAside(box: Element, link: Element): void {
  link.remove();
  box.before(box.ownerDocument.createElement('hr'));
  box.after(box.ownerDocument.createElement('hr'));
  for (const heading of box.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const title = textOf(heading);
    const line = box.ownerDocument.createElement('p');
    const bold = line.appendChild(box.ownerDocument.createElement('strong'));
    bold.append(...heading.childNodes);
    if (/[\p{L}\p{N}]$/u.test(title)) bold.append(FULL_WIDTH.test(title) ? '：' : ':');
    heading.replaceWith(line);
  }
}

/** How far up from an element a box it sits in is looked for: a byline sits a level or two inside its box. */
const MAX_BOX_DEPTH = 6;

/**
 * Whether `el` lies in a box the page lets its reader skip (removeSkippedBoxes): what is marked
 * in it (a byline, a date) belongs to the box, an analysis or a profile set in the story, not to
 * the story. `root` bounds the search, as the body does for the pass.
 */
export function inSkippedBox(el: Element, root: Element): boolean {
  let depth = 0;
  for (let box = el.parentElement; box && box !== root && depth < MAX_BOX_DEPTH; box = box.parentElement, depth += 1) {
    const link = box.querySelector('a[href^="#"]');
    // 2: `el` precedes the link (Node.DOCUMENT_POSITION_PRECEDING; no `Node` global where the tests run).
    if (!link || link.compareDocumentPosition(el) & 2) continue;
    const target = root.ownerDocument.getElementById((link.getAttribute('href') ?? '').slice(1)) ?? undefined;
    const skipped = boxSkippedBy(link, root, target);
    if (skipped?.contains(el)) return true;
  }
  return false;
}

/** The widest element `link` opens that ends where the link's target begins, or null. */
function boxSkippedBy(link: Element, root: Element, target: Element | undefined): Element | null {
  const label = target ? shortText(link, MAX_SKIP_LABEL_CHARS) : null;
  if (!target || !label || link.contains(target) || words(label, null).length > MAX_SKIP_LABEL_WORDS) return null;
  let box: Element | null = null;
  for (let el: Element = link; ; ) {
    const parent = el.parentElement;
    if (!parent || parent === root || parent.contains(target) || hasTextBefore(el)) break;
    box = el = parent;
  }
  if (!box || !endsJustBefore(box, target, root)) return null;
  // A paragraph opening with a link to what follows it is the story's, unless the link is all it holds.
  if (box.tagName.toUpperCase() === 'P' && textOf(box) !== label) return null;
  return box;
}

/** Some text precedes `node` inside its parent. */
function hasTextBefore(node: Node): boolean {
  for (let before = node.previousSibling; before; before = before.previousSibling) if (hasVisibleText(before)) return true;
  return false;
}

/** `target` starts the first text after `box`: nothing with text lies between them. */
function endsJustBefore(box: Element, target: Element, root: Element): boolean {
  for (let node: Node | null = box; node && node !== root; node = node.parentNode) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next === target) return true;
      if (next.contains(target)) return !textBeforeWithin(next, target);
      if (hasVisibleText(next)) return false;
    }
  }
  return false;
}

/** Whether any text precedes `target` between it and its ancestor `within`. */
function textBeforeWithin(within: Node, target: Node): boolean {
  for (let node: Node | null = target; node && node !== within; node = node.parentNode) if (hasTextBefore(node)) return true;
  return false;
}
