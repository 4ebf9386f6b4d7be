import type { MetadataSources } from '../metadata-sources';
import { normalizeSpace } from '../../text/segment';
import { SKIPPED_PARENTS } from './find-dateline';
import { SHOW_TEXT } from '../node-filter';

/**
 * Where to look for the dateline: the headline, or when the page has no h1 that shows the
 * story's title (old table layouts set it in an h2 or a "headline" div; blogs give the h1 to
 * the blog's name), the first heading or title-classed element whose text is the title's.
 */
const TITLE_ELEMENTS = 'h2, h3, h4, [class*="headline" i], [class*="title" i]';
/** Shorter, a heading's text matches too many titles; longer, it is a paragraph. */
const MIN_TITLE_CHARS = 15;
const MAX_TITLE_CHARS = 300;
/** Text nodes read for the title on a page without a headline; an old layout prints it near the top. */
const MAX_TITLE_SEARCH_NODES = 2000;

function simplify(text: string): string {
  return normalizeSpace(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function showsTitle(text: string, title: string): boolean {
  const a = simplify(text);
  return a.length >= MIN_TITLE_CHARS && (title.includes(a) || a.includes(title));
}

export function dateAnchor(sources: MetadataSources): Element | null {
  const hint = sources.meta.first('og:title', 'twitter:title') ?? sources.doc.title;
  const title = simplify(hint);
  const { headline } = sources;
  if (title.length < MIN_TITLE_CHARS || (headline && showsTitle(headline.textContent ?? '', title))) return headline;
  const body = sources.doc.body;
  if (!body) return headline;
  for (const el of body.querySelectorAll(TITLE_ELEMENTS)) {
    const text = el.textContent ?? '';
    if (text.length > MAX_TITLE_CHARS * 2 || normalizeSpace(text).length > MAX_TITLE_CHARS) continue;
    if (showsTitle(text, title)) return el;
  }
  return headline ?? titleInText(body, title);
}

/**
 * On a page with no headline at all, the element whose own text is the title, whatever its tag
 * ("<span class=articleHeading>", "<arttitle>", "<font size=4><b>"): the dateline is printed
 * next to it, often further down than the first text nodes of a table layout.
 */
function titleInText(body: Element, title: string): Element | null {
  const walker = body.ownerDocument.createTreeWalker(body, SHOW_TEXT);
  let read = 0;
  for (let n = walker.nextNode(); n && read < MAX_TITLE_SEARCH_NODES; n = walker.nextNode(), read++) {
    const value = n.nodeValue ?? '';
    const parent = n.parentElement;
    if (value.length > MAX_TITLE_CHARS || !parent || SKIPPED_PARENTS.has(parent.tagName.toUpperCase())) continue;
    if (showsTitle(value, title)) return parent;
  }
  return null;
}
