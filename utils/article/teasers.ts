import type { BodyPassContext } from './body-passes';
import { normalizeSpace } from '../text/segment';
import { hasVisibleText, shortText } from './bounded-text';

/**
 * Another story's teaser left under this one: a heading that links to that story, then its
 * summary ending in a link to the same address ("… a firm bid for him. Read", "… Đọc tiếp").
 * Two links to one other page around a summary are how every language's portals set a teaser;
 * a story links its own words to a page once. The summary is a paragraph after the heading, or
 * the rest of a card (a list item, a table cell) the heading opens. Teasers that are much of
 * the body (a list of products, a digest) are its content and stay.
 */
const MAX_SUMMARY_CHARS = 400;
const MAX_TEASERS_SHARE = 0.3;
const MAX_HEADLINE_CHARS = 200;
const HEADINGS = 'h2, h3, h4, h5, h6';

const textOf = (el: Element): string => normalizeSpace(el.textContent ?? '');

/** Body pass: removes each teaser (its heading and its summary) when together they are a small part of the body. */
export function removeTeasers(root: Element, _ctx: BodyPassContext): void {
  const teasers: Element[][] = [];
  for (const heading of root.querySelectorAll(HEADINGS)) {
    const teaser = teaserOf(heading, root);
    if (teaser) teasers.push(teaser);
  }
  if (teasers.length === 0) return;
  const parts = teasers.flat();
  const teaserChars = parts.reduce((sum, el) => sum + textOf(el).length, 0);
  if (teaserChars > textOf(root).length * MAX_TEASERS_SHARE) return;
  for (const el of parts) removeWithEmptyFrame(el, root);
}

const SHOWN_WITHOUT_TEXT = 'img, picture, video, audio, iframe, svg, figure, object, embed';

/** Removes `el`, then each frame around it (a teaser box's table, its list) that it leaves showing nothing. */
function removeWithEmptyFrame(el: Element, root: Element): void {
  let frame: Element | null = el.parentElement;
  el.remove();
  while (frame && frame !== root && !hasVisibleText(frame) && frame.querySelector(SHOWN_WITHOUT_TEXT) === null) {
    const outer = frame.parentElement;
    frame.remove();
    frame = outer;
  }
}

/** The elements of the teaser `heading` opens: it and its summary paragraph, or the card it heads; null when it opens none. */
function teaserOf(heading: Element, root: Element): Element[] | null {
  const target = soleLinkTarget(heading);
  if (target === null) return null;
  const next = heading.nextElementSibling;
  if (next?.tagName.toUpperCase() === 'P') return closesWithLinkTo(next, target, MAX_SUMMARY_CHARS, 0) ? [heading, next] : null;
  const card = heading.parentElement;
  if (!card || card === root || card.firstElementChild !== heading || card.querySelectorAll(HEADINGS).length !== 1) return null;
  return closesWithLinkTo(card, target, MAX_HEADLINE_CHARS + MAX_SUMMARY_CHARS, textOf(heading).length) ? [card] : null;
}

/**
 * Whether `el`'s words (after its first `skip` characters, the card's headline) come first and its
 * last link, to `target`, closes them: the "Read" / "Full Story" label of a summary.
 */
function closesWithLinkTo(el: Element, target: string, max: number, skip: number): boolean {
  const text = shortText(el, max);
  if (text === null) return false;
  const links = el.querySelectorAll('a');
  const last = links[links.length - 1];
  if (!last || last.getAttribute('href') !== target) return false;
  const label = textOf(last);
  return text.endsWith(label) && label.length < (text.length - skip) / 2;
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
