import { isInPageChrome } from './page-chrome';
import { normalizeSpace } from '../text/segment';

/**
 * The element that shows the article's title. Datelines, bylines and deks sit next to it,
 * so the finders search around it rather than the whole page.
 */

/** Shorter than this, an h1 is a logo or a section name, not a headline. */
const MIN_HEADLINE_CHARS = 10;

function simplify(text: string): string {
  return headlineText(text).toLowerCase();
}

/**
 * A heading's words without the permalink mark documentation generators print after it
 * (Sphinx's "¶", "§", "#"): "Evolve: Shared Mutable History¶" is the title "Evolve: Shared Mutable History".
 */
export function headlineText(text: string): string {
  // Trimmed first, then one mark and the spaces before it: `\s*[¶§#]$` alone retried every space of a long run.
  const line = normalizeSpace(text).replace(LEADING_MARK, '');
  return /[¶§#]$/u.test(line) ? line.slice(0, -1).trimEnd() : line;
}

/** "■ 改正NICT法が…", "◆ Post title": a diary's or a blog's bullet before each post's heading, a shape (U+25A0–25FF, ★) and a space. */
const LEADING_MARK = /^[\u25A0-\u25FF\u2605\u2606] /u;

/** The h1 whose words begin or contain the page title (or the reverse: titles carry the site name). */
function matchesTitle(text: string, title: string): boolean {
  const a = simplify(text);
  const b = simplify(title);
  return a.length >= MIN_HEADLINE_CHARS && (b.includes(a) || a.includes(b));
}

/** Longer than this, a class-marked "title" is a paragraph. */
const MAX_HEADLINE_CHARS = 300;

/** A portal without an h1 sets its headline in a `div class="news-title"`: the first such outside the chrome, not a link elsewhere. */
function markedTitleBlock(titleBlocks: readonly Element[]): Element | null {
  return titleBlocks.find((el) => {
    const length = normalizeSpace(el.textContent ?? '').length;
    // Not in the page's <header>: the site's own name sits there under the same class names.
    return length >= MIN_HEADLINE_CHARS && length <= MAX_HEADLINE_CHARS && !el.closest('a, header') && el.querySelector('a') === null && !isInPageChrome(el);
  }) ?? null;
}

/** The title opens with the element's text: the story's own headline, not the site's name the title ends with. */
function opensTitle(title: string, el: Element): boolean {
  return title.startsWith(simplify(el.textContent ?? ''));
}

/** The headline the page's title names: an h1 it opens with, else any it matches, an itemprop headline, or a title-classed block it opens with. */
function headlineByTitle(candidates: readonly Element[], itemprops: readonly Element[], titleHint: string, titleBlocks: readonly Element[]): Element | null {
  const title = simplify(titleHint);
  const matching = candidates.filter((h) => matchesTitle(h.textContent ?? '', titleHint));
  // "Evolve: Shared Mutable History — evolve extension for Mercurial": the header's h1 holds the
  // site's name, which the title ends with; the story's h1 is the one the title opens with.
  const byTitle = matching.find((h) => opensTitle(title, h)) ?? matching[0];
  if (byTitle) return byTitle;
  const marked = itemprops.find((el) => /(?:^|\s)(?:headline|name)(?:\s|$)/u.test(el.getAttribute('itemprop') ?? '') && /^H[1-3]$/u.test(el.tagName.toUpperCase()) && matchesTitle(el.textContent ?? '', titleHint));
  if (marked) return marked;
  // "Conversations with a Cryptid - Chapter 1 - … [Archive of Our Own]": the only h1 is the site's logo,
  // the work's title an `h2.title` the <title> opens with.
  return firstOpeningTitle(titleBlocks, title);
}

/** The first of `elements` whose words the (simplified) title opens with, long enough to be a headline and outside the page's chrome. */
function firstOpeningTitle(elements: Iterable<Element>, title: string): Element | null {
  for (const el of elements) if (simplify(el.textContent ?? '').length >= MIN_HEADLINE_CHARS && opensTitle(title, el) && !isInPageChrome(el)) return el;
  return null;
}

/**
 * "<h1><a href="/"><img></a></h1> … <h2>Kindle Direct Delivery for Hacker Monthly</h2>": on a page
 * whose only h1 is its logo, the h2 the title opens with (not one it merely holds: the title holds
 * the site's name too). Asked where no headline was found, to read the lines under it.
 */
export function subheadingByTitle(subheadings: Iterable<Element>, titleHint: string | null): Element | null {
  return titleHint ? firstOpeningTitle(subheadings, simplify(titleHint)) : null;
}

/**
 * `<h1><a href="http://sethgodin.typepad.com/seths_blog/">Seth's Blog</a></h1>`: a heading that is
 * wholly one link to a site's home (its root, one folder, or an index page) is the blog's
 * masthead, not this page's headline. A post's own title links to the post, deeper down.
 */
export function isMastheadLink(heading: Element, pageUrl: string): boolean {
  const links = heading.getElementsByTagName('a');
  const link = links.length === 1 ? links[0] : undefined;
  const href = link?.getAttribute('href');
  if (!link || !href || normalizeSpace(link.textContent ?? '') !== normalizeSpace(heading.textContent ?? '')) return false;
  try {
    const target = new URL(href, pageUrl);
    const page = new URL(pageUrl);
    if (target.origin + target.pathname + target.search === page.origin + page.pathname + page.search) return false;
    const folders = target.pathname.split('/').filter((part) => part !== '');
    return folders.length <= 1 || /^index/iu.test(folders[folders.length - 1] ?? '');
  } catch {
    return false;
  }
}

/**
 * `<div id="storyheader" class="nav">…<h1>First American woman in space…</h1>`: a story's header
 * whose container is named like the page's chrome. The h1 that states the page's own title, word
 * for word, is the headline wherever it sits; one that only resembles it may be another story's.
 */
function titleHeadlineInChrome(headings: readonly Element[], titleHint: string): Element | null {
  const title = simplify(titleHint);
  return headings.find((h) => simplify(h.textContent ?? '') === title) ?? null;
}

/** Marks a diary or blog sets before a post's heading ("■ ", "◆ "), not in the title that repeats it. */
const MAX_HEADING_MARK_CHARS = 3;

/**
 * "<h1>高木浩光＠自宅の日記</h1> … <h3>■ 改正NICT法がプチ炎上…</h3>" under the title "高木浩光＠自宅の日記 -
 * 改正NICT法がプチ炎上…": the h1 the title opens with is the blog's name, and the rest of the title
 * is the post, printed in a lower heading. That heading is the headline.
 */
export function postHeadingAfterMasthead(h1: Element, titleHint: string): Element | null {
  if (h1.localName !== 'h1') return null;
  const title = simplify(titleHint);
  const name = simplify(h1.textContent ?? '');
  if (!title.startsWith(name)) return null;
  const rest = title.slice(name.length).replace(/^\s*(?:[-–—|｜:·»/]|::)\s*/u, '');
  // The post's title is longer than the blog's name, and printed below it: "Chapter 2: … - Super Supportive" over an h2
  // "Super Supportive" set above the chapter's h1 names the work the chapter belongs to.
  if (rest.length <= Math.max(name.length, MIN_HEADLINE_CHARS) || rest.length === title.length - name.length) return null;
  for (const heading of Array.from(h1.ownerDocument.querySelectorAll('h2, h3'))) {
    const text = simplify(heading.textContent ?? '');
    const below = (h1.compareDocumentPosition(heading) & 4) !== 0;
    if (below && text.endsWith(rest) && text.length - rest.length <= MAX_HEADING_MARK_CHARS && !isInPageChrome(heading)) return heading;
  }
  return null;
}

export function findHeadline(headings: readonly Element[], itemprops: readonly Element[], titleHint: string | null, titleBlocks: readonly Element[] = []): Element | null {
  const long = headings.filter((h) => normalizeSpace(h.textContent ?? '').length >= MIN_HEADLINE_CHARS);
  const candidates = long.filter((h) => !isInPageChrome(h));
  const byTitle = titleHint ? (headlineByTitle(candidates, itemprops, titleHint, titleBlocks) ?? titleHeadlineInChrome(long, titleHint)) : null;
  return byTitle ?? candidates[0] ?? markedTitleBlock(titleBlocks);
}

/** How many ancestors of the headline make its neighbourhood: the article header and its wrappers. */
const SCOPE_LEVELS = 4;

/**
 * The headline's neighbourhood, where its dateline, byline and dek are printed: up to four
 * ancestors, stopping at <body> (which is the neighbourhood of a headline set straight in it).
 */
export function headlineScope(headline: Element): Element {
  let scope = headline;
  for (let level = 0; level < SCOPE_LEVELS; level++) {
    const parent = scope.parentElement;
    if (!parent || parent.tagName.toUpperCase() === 'HTML') break;
    scope = parent;
    if (parent.tagName.toUpperCase() === 'BODY') break;
  }
  return scope;
}
