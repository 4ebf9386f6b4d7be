import type { MetadataSources } from './metadata-sources';
import { headlineScope } from './find-headline';
import { isInPageChromeOrLinkList } from './page-chrome';
import { normalizeSpace } from '../text/segment';
import { visibleText } from './visible-text';

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
const DEK_NAME =
  /(?:^|[\s_-])(?:dek|deck|standfirst|sub-?title|sub-?headline|subhead|sapo|summary|lead|lede|intro|teaser|strapline|description|excerpt|chapeau|chapo|abstract)(?:$|\s|[-_](?:text|copy|paragraph|content|wrapper))/iu;

/** Names of things that sit under a headline and are not the dek. */
const NOT_DEK_NAME = /caption|credit|image|photo|video|media|byline|author|date|time|share|social|tag/iu;

const MIN_DEK_CHARS = 15;
const MAX_DEK_CHARS = 600;
/** Elements read after the headline: the dek comes before the body begins. */
const MAX_ELEMENTS_AFTER = 40;

/** NodeFilter is a window global, absent in Node; SHOW_ELEMENT is 0x1 by the DOM standard. */
const SHOW_ELEMENT = 0x1;

function nameOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

function isMarkedDek(el: Element): boolean {
  if (/(?:^|\s)description(?:\s|$)/u.test(el.getAttribute('itemprop') ?? '')) return true;
  const name = nameOf(el);
  return DEK_NAME.test(name) && !NOT_DEK_NAME.test(name);
}

function dekText(el: Element, headlineText: string): string | null {
  if (el.closest('figure, figcaption') || isInPageChromeOrLinkList(el)) return null;
  // Visible text only: a dek element may hold an inline <script> (its code once became the subtitle).
  const text = visibleText(el);
  if (text.length < MIN_DEK_CHARS || text.length > MAX_DEK_CHARS || text === headlineText) return null;
  const linkText = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + (a.textContent?.length ?? 0), 0);
  return linkText > text.length / 2 ? null : text;
}

/** An h2 (or an hgroup's p) set right after the h1: the subtitle in markup. */
function headingAfter(headline: Element, headlineText: string): string | null {
  const next = headline.nextElementSibling;
  if (!next) return null;
  const tag = next.tagName.toUpperCase();
  const inHgroup = headline.parentElement?.tagName.toUpperCase() === 'HGROUP';
  return tag === 'H2' || (inHgroup && tag === 'P') ? dekText(next, headlineText) : null;
}

export function findSubtitle(sources: MetadataSources): string | null {
  const { headline, doc } = sources;
  if (!headline) return null;
  const headlineText = normalizeSpace(headline.textContent ?? '');
  const walker = doc.createTreeWalker(headlineScope(headline), SHOW_ELEMENT);
  walker.currentNode = headline;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_ELEMENTS_AFTER; node = walker.nextNode()) {
    const el = node as Element;
    if (headline.contains(el)) continue;
    seen++;
    if (!isMarkedDek(el)) continue;
    const text = dekText(el, headlineText);
    if (text) return text;
  }
  return headingAfter(headline, headlineText);
}
