import type { BodyPassContext } from './body-passes';
import { normalizeSpace } from '../text/segment';
import { isLabelText, isTeaser, measureLinks } from './link-share';

/**
 * A list of headlines set inside the story: "Space news from NBCNews.com", "More about the
 * search for Amelia Earhart:", "Related coverage". Readability keeps such lists, since it
 * exempts lists from its link-density check, and never cleans an `ol` at all. In any language
 * they are told by their items: most are links to other pages. The list goes with the label
 * that announces it; a list that is much of the body (a post of links, a directory) stays.
 */
const MIN_TEASERS = 3;
/** Most items are teasers; one with a line of summary under its headline may be among them. */
const MIN_TEASER_SHARE = 0.75;
/** The lists removed together must leave the story most of the body. */
const MAX_BODY_SHARE = 0.3;
/** A post told in lists ("In progress:", then bug after linked bug) is a body of lists: its links are its content. */
const MAX_LISTED_SHARE = 0.5;

const NOT_IN = 'figure, table, blockquote, pre, code';

function isTeaserList(list: Element): boolean {
  const items = [...list.children].filter((child) => child.tagName.toUpperCase() === 'LI');
  const teasers = items.map(measureLinks).filter(isTeaser).length;
  return teasers >= MIN_TEASERS && teasers >= items.length * MIN_TEASER_SHARE;
}

const textOf = (el: Element): string => normalizeSpace(el.textContent ?? '');

/** The label just before the list ("Related:", an `h3` "More on this story") goes with it. */
function labelBefore(list: Element): Element | null {
  const before = list.previousElementSibling;
  return before && !before.querySelector('img, picture, video, iframe, table') && isLabelText(textOf(before)) ? before : null;
}

/** Removes `list`, then each wrapper left holding only a label ("Space news from NBCNews.com" above it). */
function removeWithWrappers(list: Element, root: Element): void {
  let node: Element = list;
  for (let up = node.parentElement; up && up !== root; up = up.parentElement) {
    const rest = normalizeSpace((up.textContent ?? '').replace(node.textContent ?? '', ''));
    if (rest !== '' && !isLabelText(rest)) break;
    if (up.querySelector('img, picture, video, iframe, table') && !node.querySelector('img, picture, video, iframe, table')) break;
    node = up;
  }
  labelBefore(node)?.remove();
  node.remove();
}

function outermostLists(root: Element): Element[] {
  const found: Element[] = [];
  for (const list of root.querySelectorAll('ul, ol')) if (!found.some((outer) => outer.contains(list))) found.push(list);
  return found;
}

/** The teaser lists, outermost first: a list inside one goes with it. */
function teaserLists(root: Element): Element[] {
  const found: Element[] = [];
  for (const list of root.querySelectorAll('ul, ol')) {
    if (list.closest(NOT_IN) || found.some((outer) => outer.contains(list))) continue;
    if (isTeaserList(list)) found.push(list);
  }
  return found;
}

const charsOf = (lists: readonly Element[]): number => lists.reduce((sum, list) => sum + textOf(list).length, 0);

/** Body pass: the lists of links to other stories inside the body go, with their labels. */
export function removeLinkLists(root: Element, _ctx: BodyPassContext): void {
  if (root.querySelectorAll('a[href]').length < MIN_TEASERS) return;
  const lists = teaserLists(root);
  if (lists.length === 0) return;
  const bodyChars = textOf(root).length;
  if (charsOf(lists) > bodyChars * MAX_BODY_SHARE || charsOf(outermostLists(root)) > bodyChars * MAX_LISTED_SHARE) return;
  for (const list of lists) removeWithWrappers(list, root);
}
