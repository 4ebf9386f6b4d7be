import type { BodyPassContext } from './body-passes';
import { normalizeSpace } from '../text/segment';
import { shortText } from './bounded-text';

/**
 * Another story's teaser left under this one: a heading that links to that story, then its
 * summary ending in a link to the same address ("… a firm bid for him. Read", "… Đọc tiếp").
 * Two links to one other page around a summary are how every language's portals set a teaser;
 * a story links its own words to a page once. Teasers that are much of the body (a list of
 * products, a digest) are its content and stay.
 */
const MAX_SUMMARY_CHARS = 400;
const MAX_TEASERS_SHARE = 0.3;
const MAX_HEADLINE_CHARS = 200;

const textOf = (el: Element): string => normalizeSpace(el.textContent ?? '');

/** Body pass: removes each teaser (its heading and its summary) when together they are a small part of the body. */
export function removeTeasers(root: Element, _ctx: BodyPassContext): void {
  const teasers: Element[][] = [];
  for (const heading of root.querySelectorAll('h2, h3, h4, h5, h6')) {
    const summary = summaryOf(heading);
    if (summary) teasers.push([heading, summary]);
  }
  if (teasers.length === 0) return;
  const parts = teasers.flat();
  const teaserChars = parts.reduce((sum, el) => sum + textOf(el).length, 0);
  if (teaserChars > textOf(root).length * MAX_TEASERS_SHARE) return;
  for (const el of parts) el.remove();
}

/** The paragraph after `heading` that links again to the one page the heading links to, or null. */
function summaryOf(heading: Element): Element | null {
  const target = soleLinkTarget(heading);
  const summary = heading.nextElementSibling;
  if (target === null || !summary || summary.tagName.toUpperCase() !== 'P') return null;
  const text = shortText(summary, MAX_SUMMARY_CHARS);
  if (text === null) return null;
  const links = summary.querySelectorAll('a');
  const last = links[links.length - 1];
  if (!last || last.getAttribute('href') !== target) return null;
  // The summary's own words come first; its last link, the "Read" label, closes it.
  const label = textOf(last);
  return text.endsWith(label) && label.length < text.length / 2 ? summary : null;
}

/** The address of the link that is all of `heading`'s text, when it leads to another page. */
function soleLinkTarget(heading: Element): string | null {
  const links = heading.querySelectorAll('a');
  const link = links[0];
  const text = links.length === 1 ? shortText(heading, MAX_HEADLINE_CHARS) : null;
  if (!link || !text || textOf(link) !== text) return null;
  const href = link.getAttribute('href') ?? '';
  return href === '' || href.startsWith('#') ? null : href;
}
