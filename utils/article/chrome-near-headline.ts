import { shortText } from './bounded-text';
import { normalizeSpace } from '../text/space';
import { isChromeElement, isInLinkList, isInPageChromeOrLinkList } from './page-chrome';

/** Element siblings on each side of the headline that belong to its header block whatever their class. */
const HEADER_SIBLINGS = 2;
/** A wrapper holding the headline holds little else: past this many characters beyond the headline's, it is a column. */
const WRAPPER_EXTRA_CHARS = 40;

/**
 * The headline, or the wrapper around it that holds nothing else ("<div class="sp-ttl-wrp"><h1>…</h1></div>"),
 * whose parent is `parent`: lines set beside it are the header's.
 */
function headlineBranch(parent: Element, headline: Element): Element | null {
  let branch: Element | null = headline;
  while (branch && branch.parentElement !== parent) branch = branch.parentElement;
  // Read with a bound: the branch may be the page's whole column.
  return branch && shortText(branch, normalizeSpace(headline.textContent ?? '').length + WRAPPER_EXTRA_CHARS) !== null ? branch : null;
}

function isBesideHeadline(el: Element, headline: Element): boolean {
  const parent = el.parentElement;
  if (!parent || !parent.contains(headline) || parent === headline) return false;
  const branch = headlineBranch(parent, headline);
  if (!branch) return false;
  const siblings = Array.from(parent.children);
  return Math.abs(siblings.indexOf(el) - siblings.indexOf(branch)) <= HEADER_SIBLINGS;
}

/**
 * Chrome for a dateline or byline near the headline: only what lies between the element and
 * the wrapper that holds the headline counts. That wrapper is the article's whatever its class
 * says (VnExpress names its main column "sidebar-1"), and so is a line set right beside the
 * headline (Công an nhân dân wraps its title, dateline and sapo each in a "box-widget").
 * Without a headline, any chrome ancestor counts.
 */
export function isChromeNearHeadline(el: Element, headline: Element | null): boolean {
  if (!headline) return isInPageChromeOrLinkList(el);
  if (isInLinkList(el)) return true;
  for (let node: Element | null = el; node && !node.contains(headline); node = node.parentElement) {
    if (node.tagName.toUpperCase() === 'BODY') return false;
    if (isChromeElement(node) && !isBesideHeadline(node, headline)) return true;
  }
  return false;
}
