import type { MetadataSources } from './metadata-sources';
import { normalizeSpace } from '../text/segment';
import { marksLogo } from './page-index';

/**
 * The names a page shows for itself in its masthead: the text of its logo (an image's alt, a
 * link's words) and of the image linked to its home page ("<a href="/"><img alt="High
 * Scalability"></a>"). Many pages state no site name in their metadata but still print it
 * after every headline in their <title> ("… - OurSports Central"); the logo says which part
 * that is. Read from the markup only: a logo's file name or class says what it is.
 */

/** Longer than this, an alt text is a description of a picture, not a name. */
const MAX_NAME_CHARS = 80;
/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out: the copy's window may not be at hand. */
const FOLLOWING = 4;

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

/** What the logos and the home page's image links say, each once; from the elements the page's one walk found (page-index.ts). */
export function logoNames(sources: MetadataSources): string[] {
  const names = new Set<string>();
  const add = (text: string | null): void => {
    const name = nameIn(text);
    if (name) names.add(name);
  };
  for (const link of sources.index.homeLinks) {
    for (const img of link.querySelectorAll('img[alt]')) add(img.getAttribute('alt'));
    // A logo set in words: the link home that its class or id calls the logo ("<a class="logo" href="/">Tuổi Trẻ</a>").
    if (marksLogo(link)) add(link.textContent);
  }
  for (const img of sources.index.logoImages) if (isAbove(img, sources.headline)) add(img.getAttribute('alt'));
  return [...names];
}
