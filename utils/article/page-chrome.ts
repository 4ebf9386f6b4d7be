/**
 * The parts of a page around the article that carry other articles' dates and names:
 * related-links lists, sidebars, menus, comments, footers. Metadata finders skip them.
 */

/** Elements that never hold the article's own dateline or byline. */
const CHROME_TAGS = new Set(['ASIDE', 'NAV', 'FOOTER', 'MENU']);

/**
 * Class and id words of page chrome. Long words match anywhere ("relatedPosts",
 * "c-sidebar"); short ones only as a whole word, so "canvas" is not "nav" and
 * "commentary" is not "comment".
 */
// "contentWithSidebar", "has-sidebar", "region-body-and-footer": a wrapper named for the part it holds
// beside its sidebar or footer holds the article too.
const CHROME_NAME =
  /related|(?<!with-?|has-?|and-?)sidebar|widget|(?<!and-?)footer|popular|most-?read|mostread|recommend|trending|(?:^|[^a-z])(?:nav|navbar|navigation|menu|comments?|comment-list|breadcrumbs?|topbar|top-bar|header-top)(?:$|[^a-z])/iu;

/** How far up a candidate is checked; the article never sits deeper than this under its chrome. */
const MAX_DEPTH = 25;

function nameOf(el: Element): string {
  const className = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return id ? `${className} ${id}` : className;
}

export function isChromeElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (CHROME_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo') return true;
  // An h1 is the page's headline whatever its class says ("sticky-nav-trigger": it shows the sticky bar when scrolled past);
  // an h1 inside chrome is still caught by its container.
  if (tag === 'H1') return false;
  const name = nameOf(el);
  return CHROME_NAME.test(name) && !isWriterWidget(name);
}

// ASCII patterns on class names: case-insensitive without the `u` flag (see find-bylines.ts).
const WIDGET_WORD = /widget/gi;
const WRITER_NAME = /author|byline/i;

/**
 * "widget article__authors": "widget" says only that a template built the box, and the same
 * class says what it holds, the story's writers. Any other chrome word still counts.
 */
function isWriterWidget(name: string): boolean {
  return WRITER_NAME.test(name) && !CHROME_NAME.test(name.replace(WIDGET_WORD, ' '));
}

/**
 * True when `el` or an ancestor below <body> is chrome. <body> and <html> are not
 * checked: WordPress puts "has-sidebar" and "right-sidebar" on <body> of every article.
 */
export function isInPageChrome(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') return false;
    if (isChromeElement(node)) return true;
    node = node.parentElement;
  }
  return false;
}

/** A list item of a list of links (other articles' titles and dates), not article text. */
export function isInLinkList(el: Element): boolean {
  const item = el.closest('li');
  const list = item?.parentElement;
  if (!item || !list) return false;
  return list.querySelectorAll(':scope > li a[href]').length >= 3;
}

export function isInPageChromeOrLinkList(el: Element): boolean {
  return isInPageChrome(el) || isInLinkList(el);
}
