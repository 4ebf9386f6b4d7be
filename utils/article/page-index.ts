/**
 * Every element the metadata finders need, gathered in one walk over the document so
 * that the page is read once (the finders then only look near what it found).
 * The walk is a plain firstElementChild/nextElementSibling loop: in jsdom one
 * `querySelectorAll` with this many attribute selectors cost a fifth of a whole
 * Readability parse, and the loop needs no stack on 5,000-level-deep pages.
 */
export interface PageIndex {
  metas: Element[];
  jsonLdScripts: Element[];
  headings: Element[];
  times: Element[];
  /** Elements other than <meta> with a microdata `itemprop`. */
  itemprops: Element[];
  /** `rel=author` links and elements whose class or id names a byline, an author or a signature. */
  authorCandidates: Element[];
  /** `<link rel="image_src">`. */
  imageLinks: Element[];
  /** Elements other than h1 whose class names a headline ("news-title", "tieude"): portals that set no h1. */
  titleBlocks: Element[];
  /** `<input type="password">`: a sign-in form, which an article page does not carry in its main flow. */
  passwordInputs: Element[];
  /** Links to a site's home page ("/", "https://www.example.com/"): a masthead's logo is one (logo-names.ts). */
  homeLinks: Element[];
  /** Pictures with an alt text whose file name, class or id marks a logo or masthead. */
  logoImages: Element[];
}

// The patterns of this walk match class names, ids and attribute values in ASCII, and are
// case-insensitive without the `u` flag: Firefox compiles a case-insensitive Unicode pattern anew
// in every popup it opens (Chromium keeps compiled ones across pages), and the title classes
// below took 1–6 ms each there against 0.6 ms without `u`, with the same matches (`u` would
// only add ſ for s and the Kelvin sign for k).
/**
 * "signature": Folha and others sign the article in a block of that class ("c-signature__agency").
 * Not "authoring", "authority", "authorize": an RFC's reference anchor `id="ref-AUTHORING"` names a
 * document, and its text ("AUTHORING") became the byline. "writer" as a word of its own
 * (`<span class="writer">松村太郎</span>` under CNET Japan's headline), not "typewriter".
 */
const AUTHOR_NAME = /byline|author(?!ing|i[tsz])|signature|(?:^|[\s_-])writer(?:$|[\s_-])/i;
/** A class that names the article's own title: alone, or joined to a word of the article ("news-title", "title_detail"); not "box-title". */
const TITLE_WORD = String.raw`(?:title|headline|tieu-?de|titulo|titre|titel)`;
// "header-title": Liferay's asset publisher heads the story with it (a site header is left out by the headline finder).
const ARTICLE_WORD = String.raw`(?:news|article|post|entry|detail|story|content|main|page|header)`;
const TITLE_CLASS = new RegExp(String.raw`(?:^|\s)(?:(?:${ARTICLE_WORD}[-_]?){1,2}${TITLE_WORD}|${TITLE_WORD}(?:[-_]?${ARTICLE_WORD}){0,2})(?:\s|$)`, 'i');
const TITLE_TAGS = new Set(['div', 'p', 'span', 'td', 'strong', 'b', 'h2']);
/** An h3 heads every box of a page ("title" alone); only a compound name marks it as the story's ("header-title", "news-title"). */
const COMPOUND_TITLE_CLASS = new RegExp(String.raw`(?:^|\s)(?:(?:${ARTICLE_WORD}[-_]?){1,2}${TITLE_WORD}|${TITLE_WORD}(?:[-_]?${ARTICLE_WORD}){1,2})(?:\s|$)`, 'i');
const REL_AUTHOR = /(?:^|\s)author(?:\s|$)/i;
const REL_IMAGE = /(?:^|\s)image_src(?:\s|$)/i;
/** A logo's or masthead's mark in its file name, class or id ("site-logo.gif", "masthead"; "mast" only as a word of its own). */
const LOGO_MARK = /logo|masthead|brand|banner|(?:^|[^a-z])mast(?:[^a-z]|$)/i;
/** A link to a site's root and nothing more: "/", "https://www.example.com/", "//example.com". */
const HOME_HREF = /^\s*(?:(?:https?:)?\/\/[^/?#\s]+\/?|\/)\s*$/i;

export function marksLogo(el: Element): boolean {
  return LOGO_MARK.test(`${el.getAttribute('src') ?? ''} ${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/** Subtrees that hold no metadata but can be large. */
const SKIPPED_SUBTREES = new Set(['svg', 'math', 'template', 'style', 'noscript', 'select']);

function classify(el: Element, index: PageIndex): void {
  const tag = el.localName;
  if (tag === 'meta') {
    index.metas.push(el);
    return;
  }
  if (tag === 'script') {
    if (/ld\+json/i.test(el.getAttribute('type') ?? '')) index.jsonLdScripts.push(el);
    return;
  }
  if (tag === 'link') {
    if (REL_IMAGE.test(el.getAttribute('rel') ?? '')) index.imageLinks.push(el);
    return;
  }
  if (tag === 'input') {
    if ((el.getAttribute('type') ?? '').toLowerCase() === 'password') index.passwordInputs.push(el);
    return;
  }
  if (tag === 'a') {
    if (HOME_HREF.test(el.getAttribute('href') ?? '')) index.homeLinks.push(el);
  } else if (tag === 'img') {
    if (el.hasAttribute('alt') && marksLogo(el)) index.logoImages.push(el);
  }
  if (tag === 'h1') index.headings.push(el);
  else if (TITLE_TAGS.has(tag) ? TITLE_CLASS.test(el.getAttribute('class') ?? '') : tag === 'h3' && COMPOUND_TITLE_CLASS.test(el.getAttribute('class') ?? '')) index.titleBlocks.push(el);
  else if (tag === 'time') index.times.push(el);
  if (el.hasAttribute('itemprop')) index.itemprops.push(el);
  const rel = el.getAttribute('rel');
  if ((rel !== null && REL_AUTHOR.test(rel)) || AUTHOR_NAME.test(el.getAttribute('class') ?? '') || AUTHOR_NAME.test(el.getAttribute('id') ?? '')) {
    index.authorCandidates.push(el);
  }
}

export function indexPage(doc: Document): PageIndex {
  const index: PageIndex = { metas: [], jsonLdScripts: [], headings: [], times: [], itemprops: [], authorCandidates: [], imageLinks: [], titleBlocks: [], passwordInputs: [], homeLinks: [], logoImages: [] };
  const root = doc.documentElement;
  let el: Element | null = root;
  while (el) {
    classify(el, index);
    const child: Element | null = SKIPPED_SUBTREES.has(el.localName) ? null : el.firstElementChild;
    if (child) {
      el = child;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return index;
}
