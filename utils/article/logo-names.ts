import type { MetadataSources } from './metadata-sources';
import { normalizeSpace } from '../text/segment';

/**
 * The names a page shows for itself in its masthead: the text of its logo (an image's alt, a
 * link's words) and of the image linked to its home page ("<a href="/"><img alt="High
 * Scalability"></a>"). Many pages state no site name in their metadata but still print it
 * after every headline in their <title> ("… - OurSports Central"); the logo says which part
 * that is. Read from the markup only: a logo's file name or class says what it is.
 */

/** A logo's or masthead's mark in its file name, class or id. */
const LOGO_MARK = /logo|masthead|brand|banner|(?:^|[^a-z])mast(?:[^a-z]|$)/iu;
/** Longer than this, an alt text is a description of a picture, not a name. */
const MAX_NAME_CHARS = 80;
/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out: the copy's window may not be at hand. */
const FOLLOWING = 4;

function isHomeLink(link: Element, baseUrl: string): boolean {
  try {
    const target = new URL(link.getAttribute('href') ?? '', baseUrl);
    return /^https?:$/u.test(target.protocol) && (target.pathname === '/' || target.pathname === '') && target.search === '';
  } catch {
    return false;
  }
}

function marksLogo(el: Element): boolean {
  return LOGO_MARK.test(`${el.getAttribute('src') ?? ''} ${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/**
 * Set before the headline, where a masthead is: a logo in the story is its subject's ("Mozilla_logo.svg"
 * in the infobox of the article on Mozilla), whose name the title is about.
 */
function isAbove(el: Element, headline: Element | null): boolean {
  return headline !== null && (el.compareDocumentPosition(headline) & FOLLOWING) !== 0;
}

function nameIn(text: string | null): string | null {
  const name = normalizeSpace(text ?? '');
  return name !== '' && name.length <= MAX_NAME_CHARS ? name : null;
}

/** What the logos and the home page's image links say, each once. */
export function logoNames(sources: MetadataSources): string[] {
  const names = new Set<string>();
  const add = (text: string | null): void => {
    const name = nameIn(text);
    if (name) names.add(name);
  };
  for (const img of sources.doc.querySelectorAll('img[alt]')) {
    const link = img.closest('a[href]');
    if ((link !== null && isHomeLink(link, sources.baseUrl)) || (marksLogo(img) && isAbove(img, sources.headline))) add(img.getAttribute('alt'));
  }
  // A logo set in words: the link home that its class or id calls the logo ("<a class="logo" href="/">Tuổi Trẻ</a>").
  for (const link of sources.doc.querySelectorAll('a[href]')) if (marksLogo(link) && isHomeLink(link, sources.baseUrl)) add(link.textContent);
  return [...names];
}
