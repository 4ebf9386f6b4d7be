import type { BodyPassContext } from './body-passes';
import { normalizeSpace } from '../text/segment';
import { shortText } from './bounded-text';
import { MAX_LABEL_CHARS, isLabelText, isTeaser, linkedChars, measureLinks, type BlockChars } from './link-share';

/**
 * A list of headlines set inside the story: "Space news from NBCNews.com", "More about the
 * search for Amelia Earhart:", "Related coverage". Readability keeps such lists, since it
 * exempts lists from its link-density check, and never cleans an `ol` at all. In any language
 * they are told by their items: most are links to other pages. The list goes with the label
 * that announces it; a list that is much of the body (a post of links, a directory) stays.
 * Older pages set the same list as a short table or a paragraph of links, one a line.
 */
const MIN_TEASERS = 3;
/** Most items are teasers; one with a line of summary under its headline may be among them. */
const MIN_TEASER_SHARE = 0.75;
/** The lists removed together must leave the story most of the body. */
const MAX_BODY_SHARE = 0.3;
/** A post told in lists ("In progress:", then bug after linked bug) is a body of lists: its links are its content. */
const MAX_LISTED_SHARE = 0.5;

const NOT_IN = 'figure, table, blockquote, pre, code';
/** A picture or table beside the list is the story's: its wrapper stays. */
const MEDIA = 'img, picture, video, iframe, table';

const textOf = (el: Element): string => normalizeSpace(el.textContent ?? '');

/**
 * Older pages set the same list as a table, a headline per row ("Latest Football Stories", then an
 * arrow and a link in each row). Only a short table is read: a layout table holding the story is not.
 */
const MAX_TABLE_LIST_CHARS = 3000;

/** Or as a paragraph of links, one a line ("Click here to bet …<br>Click here for more headlines!"). */
const MAX_LINE_LIST_CHARS = 600;

function lineItems(p: Element): BlockChars[] {
  if (shortText(p, MAX_LINE_LIST_CHARS) === null) return [];
  const lines: BlockChars[] = [];
  let line = { el: p, chars: 0, linked: 0 };
  for (const node of p.childNodes) {
    if (node.nodeName.toUpperCase() === 'BR') {
      lines.push(line);
      line = { el: p, chars: 0, linked: 0 };
      continue;
    }
    line.chars += normalizeSpace(node.textContent ?? '').length;
    if (node.nodeType === 1) line.linked += linkedChars(node as Element);
  }
  lines.push(line);
  return lines.filter((item) => item.chars > 0);
}

function itemsOf(list: Element): BlockChars[] {
  const tag = list.tagName.toUpperCase();
  if (tag === 'P') return lineItems(list);
  if (tag !== 'TABLE') return [...list.children].filter((child) => child.tagName.toUpperCase() === 'LI').map(measureLinks);
  if (shortText(list, MAX_TABLE_LIST_CHARS) === null) return [];
  return [...list.querySelectorAll('tr')].filter((row) => row.closest('table') === list && textOf(row) !== '').map(measureRow);
}

/**
 * A row counts as a teaser only when each of its cells with text is mostly a link: an infobox row
 * ("Founder" beside a linked "Netscape Communications Corporation") has a label cell of its own.
 */
function measureRow(row: Element): BlockChars {
  const cells = [...row.children].filter((cell) => textOf(cell) !== '');
  const measured = measureLinks(row);
  return cells.every((cell) => isTeaser(measureLinks(cell))) ? measured : { ...measured, linked: 0 };
}

function isTeaserList(list: Element): boolean {
  const items = itemsOf(list);
  const teasers = items.filter(isTeaser).length;
  return teasers >= MIN_TEASERS && teasers >= items.length * MIN_TEASER_SHARE;
}

/** The label just before the list ("Related:", an `h3` "More on this story") goes with it. */
function labelBefore(list: Element): Element | null {
  const before = list.previousElementSibling;
  return before && !before.querySelector(MEDIA) && isLabelText(textOf(before)) ? before : null;
}

/** Removes `list`, then each wrapper left holding only a label ("Space news from NBCNews.com" above it). */
function removeWithWrappers(list: Element, root: Element): void {
  let node: Element = list;
  for (let up = node.parentElement; up && up !== root; up = up.parentElement) {
    const inner = textOf(node);
    // Read only as far as a label beside `node` could run: the story's container stops the climb unread.
    const whole = shortText(up, inner.length + MAX_LABEL_CHARS + 1);
    const rest = whole === null ? null : normalizeSpace(whole.replace(inner, ''));
    if (rest === null || (rest !== '' && !isLabelText(rest))) break;
    if (up.querySelector(MEDIA) && !node.querySelector(MEDIA)) break;
    node = up;
  }
  // A paragraph or table of links carries its own words ("Click here for …", its label row); the short
  // line before it may be the story's headline set as a paragraph.
  if (['UL', 'OL'].includes(list.tagName.toUpperCase())) labelBefore(node)?.remove();
  node.remove();
}

/**
 * One walk over the body's lists: the outermost ones (how much of the body is told in lists) and
 * the teaser lists, outermost first (a list inside one goes with it).
 */
function bodyLists(root: Element): { outermost: Element[]; teasers: Element[] } {
  const outermost: Element[] = [];
  const teasers: Element[] = [];
  for (const list of root.querySelectorAll('ul, ol, table, p')) {
    const tag = list.tagName.toUpperCase();
    // Only a paragraph broken into lines can be a list of them.
    if (tag === 'P' && !list.querySelector('br')) continue;
    if (tag !== 'P' && tag !== 'TABLE' && !outermost.some((outer) => outer.contains(list))) outermost.push(list);
    // A table is asked what holds it: closest() would find the table itself.
    if ((tag === 'TABLE' ? list.parentElement?.closest(NOT_IN) : list.closest(NOT_IN)) || teasers.some((outer) => outer.contains(list))) continue;
    if (isTeaserList(list)) teasers.push(list);
  }
  return { outermost, teasers };
}

const charsOf = (lists: readonly Element[]): number => lists.reduce((sum, list) => sum + textOf(list).length, 0);

/** Body pass: the lists of links to other stories inside the body go, with their labels. */
export function removeLinkLists(root: Element, _ctx: BodyPassContext): void {
  if (root.querySelectorAll('a[href]').length < MIN_TEASERS) return;
  const { outermost, teasers } = bodyLists(root);
  if (teasers.length === 0) return;
  const bodyChars = textOf(root).length;
  if (charsOf(teasers) > bodyChars * MAX_BODY_SHARE || charsOf(outermost) > bodyChars * MAX_LISTED_SHARE) return;
  for (const list of teasers) removeWithWrappers(list, root);
}
