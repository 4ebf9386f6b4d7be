import type { MetadataSources } from './metadata-sources';
import { headlineScope } from './find-headline';
import { isInPageChromeOrLinkList } from './page-chrome';
import { normalizeSpace } from '../text/segment';
import { visibleText } from './visible-text';
import { shortText } from './bounded-text';
import { SHOW_ELEMENT } from './node-filter';

/**
 * The dek (standfirst, sapo): the sentence or two the page sets under its headline.
 * Only what the page marks as one counts: a class such as "dek", "standfirst", "sapo",
 * "news-lead" or "article-summary", itemprop=description, or an h2 / hgroup line right
 * after the h1. The meta description is not a dek: sites fill it with the first
 * paragraph, or with SEO text no reader sees.
 */

/**
 * Class names of deks, as a whole class or the last word of one ("news-lead",
 * "article__dek", "c-entry-summary"), so "lead-image" and "leader" do not match.
 */
// ASCII pattern on class names and ids: case-insensitive without the `u` flag, the same matches (`u` would only add ſ for s and
// the Kelvin sign for k). Firefox compiles a case-insensitive Unicode pattern again in every popup it opens.
const DEK_NAME =
  /(?:^|[\s_-])(?:dek|deck|standfirst|sub-?title|sub-?headline|subhead|sapo|summary|lead|lede|intro|teaser|strapline|description|excerpt|chapeau|chapo|abstract)(?:$|\s|[-_](?:text|copy|paragraph|content|wrapper))/i;

/** Names of things that sit under a headline and are not the dek. */
const NOT_DEK_NAME = /caption|credit|image|photo|video|media|byline|author|date|time|share|social|tag/i;

const MIN_DEK_CHARS = 15;
const MAX_DEK_CHARS = 600;
/** Elements read after the headline: the dek comes before the body begins. */
const MAX_ELEMENTS_AFTER = 40;


function nameOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

function isMarkedDek(el: Element): boolean {
  if (/(?:^|\s)description(?:\s|$)/u.test(el.getAttribute('itemprop') ?? '')) return true;
  const name = nameOf(el);
  return DEK_NAME.test(name) && !NOT_DEK_NAME.test(name);
}

/** Author markup: a block that holds it is the byline line, set inside the dek's box by some pages. */
const AUTHOR_MARKUP = '[itemprop~="author"], [rel~="author"]';
const BLOCK_TAGS = /^(?:P|DIV|SPAN|LI|SECTION|ADDRESS)$/u;

/**
 * What a dek's box holds besides the dek: the picture's caption ("Main image: … Photograph: …")
 * and the byline line ("by Eleanor Ainge Roy (reporting) and …") that a standfirst wrapper sets
 * under the standfirst. A block is left out when it is a caption or holds the author markup.
 */
function notDekPart(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'FIGURE' || tag === 'FIGCAPTION' || /(?:^|[\s_-])caption(?:$|[\s_-])/iu.test(el.getAttribute('class') ?? '')) return true;
  return BLOCK_TAGS.test(tag) && (el.matches(AUTHOR_MARKUP) || el.querySelector(AUTHOR_MARKUP) !== null);
}

function dekText(el: Element, headlineText: string): string | null {
  if (el.closest('figure, figcaption') || isInPageChromeOrLinkList(el)) return null;
  // Visible text only: a dek element may hold an inline <script> (its code once became the subtitle).
  const text = visibleText(el, notDekPart);
  if (text.length < MIN_DEK_CHARS || text.length > MAX_DEK_CHARS || text === headlineText) return null;
  const linkText = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + (a.textContent?.length ?? 0), 0);
  return linkText > text.length / 2 ? null : text;
}

/** Short lines (a byline, a dateline, a share bar) a page may set between its h1 and its sapo. */
const MAX_BETWEEN = 3;
const MAX_BETWEEN_CHARS = 100;
/** A sapo set in an h2 further down is a sentence or two, not a section heading. */
const MIN_SEPARATED_DEK_CHARS = 60;

/**
 * The heading one level below the headline (`deckTag`: an h2 under an h1, an h3 under an h2) after
 * `start` among its next siblings, past at most a few short lines.
 */
function deckHeadingAfter(start: Element, headlineText: string, inHgroup: boolean, deckTag: string): string | null {
  let between = 0;
  for (let next = start.nextElementSibling; next && between <= MAX_BETWEEN; next = next.nextElementSibling) {
    const tag = next.tagName.toUpperCase();
    if (tag === deckTag || (inHgroup && between === 0 && tag === 'P')) {
      const text = dekText(next, headlineText);
      return text !== null && (between === 0 || text.length >= MIN_SEPARATED_DEK_CHARS) ? text : null;
    }
    const text = shortText(next, MAX_BETWEEN_CHARS);
    // A sentence is the story beginning: a dek further down would be a section heading.
    if (text === null || /^H[1-6]$/u.test(tag) || /[.!?。]$/u.test(text)) return null;
    between++;
  }
  return null;
}

/**
 * An h2 (or an hgroup's p) after the h1: the subtitle in markup. Vietnamese dailies set the
 * sapo as an h2 below the byline and date block, in the header or right after it. A page whose
 * headline is an h2 (its h1 the logo, or none) sets its dek one level lower, in an h3.
 */
function headingAfter(headline: Element, headlineText: string): string | null {
  const deckTag = headline.tagName.toUpperCase() === 'H2' ? 'H3' : 'H2';
  const inHgroup = headline.parentElement?.tagName.toUpperCase() === 'HGROUP';
  const own = deckHeadingAfter(headline, headlineText, inHgroup, deckTag);
  if (own !== null) return own;
  const parent = headline.parentElement;
  if (!parent || /^(?:BODY|HTML|MAIN|ARTICLE)$/u.test(parent.tagName.toUpperCase()) || shortText(parent, MAX_DEK_CHARS) === null) return null;
  return deckHeadingAfter(parent, headlineText, false, deckTag);
}

export function findSubtitle(sources: MetadataSources): string | null {
  const { headline, subheading, doc } = sources;
  // With no h1 headline, the h2 the title opens with is the headline shown: only a heading set right under it is read as its dek.
  if (!headline) return subheading ? headingAfter(subheading, normalizeSpace(subheading.textContent ?? '')) : null;
  const headlineText = normalizeSpace(headline.textContent ?? '');
  const walker = doc.createTreeWalker(headlineScope(headline), SHOW_ELEMENT);
  walker.currentNode = headline;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_ELEMENTS_AFTER; node = walker.nextNode()) {
    const el = node as Element;
    if (headline.contains(el)) continue;
    // A share bar between the headline and the dek (Libération's tool-bar: 40 elements of icons) is not counted against the dek.
    if (el.closest('aside, nav') && !headline.closest('aside, nav')) continue;
    seen++;
    if (!isMarkedDek(el)) continue;
    const text = dekText(el, headlineText);
    if (text) return text;
  }
  return headingAfter(headline, headlineText);
}
