import type { BodyPassContext } from './body-passes';
import { normalizeSpace } from '../text/space';
import { hasVisibleText, shortText, soleElementChild } from './bounded-text';
import { closestTag } from './closest-tag';
import { pictureFromNoscript } from './noscript-pictures';

/**
 * Image captions, in two steps.
 *
 * 1. `markCaptions` runs on the clone BEFORE Readability: Readability strips `class`
 *    and `style` (so `image_desc` and `text-align:center` are gone afterwards) and may
 *    rewrite tables. It only adds data attributes, which Readability neither scores nor
 *    strips, so the extraction itself is unchanged.
 *    A short line right after a picture that nothing else marks as its caption is marked as a
 *    candidate only: what decides it, a credit in a language pack's labels at its end ("… - Ảnh:
 *    Duy Thành"), needs every pack, and the page's script carries none (its 45 KB budget).
 * 2. `settleCaptionCandidates` (called from credited-captions.ts, in the extension with the packs)
 *    keeps or drops each candidate; then `normalizeCaptions` runs on Readability's output and
 *    turns every marked pair into `<figure><img><figcaption>…</figcaption></figure>`, so the
 *    reading view shows the caption under its image and `blocks` mark it as a caption.
 */

const CAPTION_ATTR = 'data-lede-caption';
/** A candidate line and its picture, kept apart from the sure pairs until the packs decide. */
const CANDIDATE_ATTR = 'data-lede-caption-candidate';
const CANDIDATE_FIGURE_ATTR = 'data-lede-figure-candidate';
/** Marks the part of a caption that credits the picture ("Alketa Misja (dpa)", "Photo: Getty Images"); kept in the HTML so the figure can tell the two apart. */
export const CREDIT_ATTR = 'data-lede-credit';
const FIGURE_ATTR = 'data-lede-figure';

/** Longer than this is a paragraph about the picture, not its caption. */
const MAX_CAPTION_CHARS = 300;
/** How far above an image we look for the element its caption follows. */
const MAX_CLIMB = 4;

/**
 * Class names and itemprops that CMSs give captions: WordPress `wp-caption-text`,
 * schema.org `caption`, `image_desc` / `photo-text` / `img-legend`, Vietnamese portals' `chu-thich` ("caption"),
 * French/Spanish `legende`/`leyenda`, German `bildunterschrift`; American papers' `cutline`,
 * Italian `didascalia`, Portuguese/Polish `legenda`, Spanish `pie-de-foto`/`epigrafe`,
 * Scandinavian `bildtext`/`bildetekst`/`billedtekst`, Dutch `onderschrift`/`bijschrift`.
 * Parts of the class as classWords writes it (`image_desc` is "imagedesc"), not a pattern: see IN_PAGE_PATTERNS.
 */
const CAPTION_CLASS = [
  'caption',
  ...['image', 'img', 'photo', 'picture', 'pic'].flatMap((picture) => ['desc', 'text', 'legend'].map((what) => picture + what)),
  ...['chuthich', 'legende', 'leyenda', 'legenda', 'bildunterschrift', 'photocredit', 'cutline', 'didascalia', 'piefoto', 'piedefoto'],
  ...['epigrafe', 'bildtext', 'bildetekst', 'billedtekst', 'onderschrift', 'bijschrift'],
];

/**
 * IN_PAGE_PATTERNS. markCaptions runs in the reader's tab, where its code is always cold: each
 * read is the first and only run of the injected script. A regular expression is compiled when
 * first run and again to machine code when run a second time, and that cost, not the walk, was
 * most of markCaptions in Chromium (temporary probe: 3.9 ms at the mean on fifteen golden pages
 * cold, against 0.2-1.5 ms run again warm; the functions holding a pattern took half of it,
 * `\p{L}` and case-insensitive Unicode patterns the most). So the page's part runs few patterns,
 * and plain ones: class names are searched for words (classWords), tag names looked up in sets,
 * the style's `text-align` read without a pattern, and "has letters" is "has a character that is
 * no space, digit or punctuation" in place of the Unicode letter class. The caption step at the
 * golden pages' median went from 4.6 to 3.7 ms in Chromium and from 2.98 to 1.98 ms in Firefox
 * with the first of these, and to 3.3 ms in Chromium with the class words (`npm run bench:ab --
 * --fresh`, each build against the one before).
 */

/** The class in lower case without `-` and `_`, where CMSs' words are searched for: "Image_Desc" is "imagedesc". */
function classWords(el: Element): string {
  return (el.getAttribute('class') ?? '').toLowerCase().replaceAll('-', '').replaceAll('_', '');
}

function classHasWord(el: Element, words: readonly string[]): boolean {
  const cls = classWords(el);
  return cls !== '' && words.some((word) => cls.includes(word));
}

const CAPTION_TAGS = new Set(['P', 'DIV', 'SPAN', 'FIGCAPTION', 'TD', 'TR', 'EM', 'I', 'SMALL', 'CENTER']);
const SKIP_ANCESTORS = new Set(['BODY', 'HTML', 'ARTICLE', 'MAIN']);

function textOf(el: Element): string {
  return normalizeSpace(el.textContent ?? '');
}

/**
 * What is not a letter in a caption's words: spaces, digits, and the punctuation of ASCII,
 * Latin-1, the General Punctuation block, CJK punctuation and the full-width forms. Any other
 * character counts as a letter, in every script: a gallery's "1/3" or a "—" has none. Not
 * `\p{L}`, the costliest pattern to compile in the page (IN_PAGE_PATTERNS).
 */
const LETTER_LIKE = /[^\s0-9!-/:-@[-`{-~\u00A0-\u00BF\u2000-\u206F\u3000-\u303F\uFF01-\uFF20]/u;

function hasLetters(text: string): boolean {
  return LETTER_LIKE.test(text);
}

const TEXT_ALIGN = 'text-align';

/** `text-align: center` in a style attribute, read without a pattern (IN_PAGE_PATTERNS). */
function centredByStyle(el: Element): boolean {
  const style = (el.getAttribute('style') ?? '').toLowerCase();
  for (let at = style.indexOf(TEXT_ALIGN); at >= 0; at = style.indexOf(TEXT_ALIGN, at + 1)) {
    const afterName = style.slice(at + TEXT_ALIGN.length).trimStart();
    if (afterName.startsWith(':') && afterName.slice(1).trimStart().startsWith('center')) return true;
  }
  return false;
}

function isCentred(el: Element): boolean {
  return el.tagName === 'CENTER' || centredByStyle(el) || el.getAttribute('align')?.toLowerCase() === 'center';
}

function isItalicTag(el: Element): boolean {
  return el.tagName === 'EM' || el.tagName === 'I';
}

/** An `em`/`i` between `inner` and `outer`, both left out. */
function italicBetween(inner: Element, outer: Element): boolean {
  for (let node = inner.parentElement; node && node !== outer; node = node.parentElement) if (isItalicTag(node)) return true;
  return false;
}

/**
 * All of the element's letters sit inside `em`/`i`, as many CMSs write captions. Counted: the
 * outermost ones, and the element's own children. Whether an `em` is nested is asked between it
 * and the element, and above the element once, not up to the root for each: every step of a
 * walk is two calls through Firefox's content-script wrappers.
 */
function isWhollyItalic(el: Element, text: string): boolean {
  if (isItalicTag(el)) return true;
  // One native call: a climb in script to the root read two properties per step, each through the wrappers.
  const inItalic = (el.parentElement?.closest('em, i') ?? null) !== null;
  let italic = '';
  for (const em of el.querySelectorAll('em, i')) {
    if (em.parentElement === el || !(inItalic || italicBetween(em, el))) italic += em.textContent ?? '';
  }
  return normalizeSpace(italic).length >= text.length * 0.9;
}

/** A caption by its class or itemprop: also read by the dateline finder, since a caption's date is the picture's. */
export function byClassOrProp(el: Element): boolean {
  return el.getAttribute('itemprop') === 'caption' || classHasWord(el, CAPTION_CLASS);
}

/** The single cell of a table row, when the row has one. */
function soleCell(row: Element): Element | null {
  return row.tagName === 'TR' ? soleElementChild(row) : null;
}

/** An alt text this long is a sentence about the picture, not "photo" or a file name. */
const MIN_ALT_CHARS = 15;

/** The line repeats the picture's alt text (CMSs fill both from one caption field): "Declan Rice po vítězství. | Foto: Reuters" under alt="Declan Rice po vítězství." */
function repeatsAlt(text: string, alt: string): boolean {
  if (alt.length < MIN_ALT_CHARS) return false;
  const a = alt.toLowerCase();
  const t = text.toLowerCase();
  return t.startsWith(a) || (t.length >= MIN_ALT_CHARS && a.startsWith(t));
}

/** What looksLikeCaption knows of the picture a line follows. */
interface PictureSide {
  img: Element;
  /** The picture's own figure, if any. */
  figure: Element | null;
  /** Whether the picture's own block was centred: a centred short line under a centred picture is a caption on the portals that write no caption markup. */
  centred: boolean;
}

/**
 * Is `el`, which follows an image (or its wrapper), that image's caption? The alt text and the
 * image's table are read only when the cheaper signs have not decided: each read is a call
 * through Firefox's content-script wrappers, for every picture of the page.
 */
function looksLikeCaption(el: Element, text: string, picture: PictureSide): boolean {
  const { img, figure } = picture;
  if (el.tagName === 'FIGCAPTION' || byClassOrProp(el)) return true;
  // `<figure><img><p>…</p></figure>`: the one short line a figure of one picture holds is its caption, however it is marked.
  if (figure?.contains(el) && figure.querySelectorAll('img').length === 1) return true;
  if (repeatsAlt(text, normalizeSpace(img.getAttribute('alt') ?? ''))) return true;
  const cell = soleCell(el);
  if (cell && inImageTable(img)) return true;
  const block = cell ?? el;
  const only = soleElementChild(block);
  const inner = only && textOf(only) === text ? only : null;
  // `<div class="caption"><img><span>…</span></div>`: the caption mark is on the block that holds both.
  if (byClassOrProp(block) || (inner && byClassOrProp(inner)) || sharesBlock(block, img, byClassOrProp)) return true;
  const together = sharesBlock(block, img, isCentred);
  const centred = together || isCentred(block) || (inner !== null && isCentred(inner));
  const pictureCentred = together || picture.centred;
  const italic = isWhollyItalic(block, text);
  // Italic and centred under a centred image: both marks, so a long caption (who hands what to whom) is one too.
  if (italic && centred && pictureCentred) return true;
  // A short line, wholly italic or centred under a centred image: the seed page's markup.
  return text.length <= 200 && (italic || (centred && pictureCentred) || block.tagName === 'SMALL');
}

/**
 * `<p style="text-align: center"><img><br><i>caption</i></p>`: a block that holds the picture and
 * its line and nothing else gives both what it is (`marked`: centred, a caption class), though
 * neither carries it itself.
 */
function sharesBlock(line: Element, img: Element, marked: (block: Element) => boolean): boolean {
  const block = line.parentElement;
  return block !== null && marked(block) && block.contains(img) && textOf(block) === textOf(line);
}

/** A table that holds pictures and their captions only: at most a few rows, one image per cell. */
function isImageTable(table: Element): boolean {
  // Old sites lay out the whole page in one table: its text is long, and we stop reading early.
  if (shortText(table, MAX_CAPTION_CHARS + 20) === null) return false;
  const rows = table.querySelectorAll('tr');
  return rows.length >= 2 && rows.length <= 4 && table.querySelectorAll('img').length <= 2;
}

function inImageTable(img: Element): boolean {
  const table = img.closest('table');
  return table !== null && isImageTable(table);
}

/** Inline tags a caption is set in inside the image's own paragraph (`<p><img><br><em>…</em></p>`). */
const INLINE_CAPTION_TAGS = new Set(['EM', 'I', 'SPAN', 'SMALL']);

/** Nothing but line breaks and spaces after `el` in its parent: an inline caption ends its paragraph. */
function endsItsBlock(el: Element): boolean {
  for (let node = el.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).tagName !== 'BR') return false;
    if (node.nodeType === 3 && (node.textContent ?? '').trim() !== '') return false;
  }
  return true;
}

function nextElement(el: Element): Element | null {
  for (let node = el.nextSibling; node; node = node.nextSibling) {
    // `<img><br><em>caption</em>`: the line break only sets the caption under the picture.
    if (node.nodeType === 1 && (node as Element).tagName === 'BR') continue;
    // An inline credit before its caption ("<span class=byline>STAFF PHOTO</span><span class=caption>…") is read on by findCaptionLine.
    if (node.nodeType === 1) return INLINE_CAPTION_TAGS.has((node as Element).tagName) && !endsItsBlock(node as Element) && !isCreditMarkup(node as Element) ? null : (node as Element);
    // Text between the image and the next element means the next element is not its caption.
    if (node.nodeType === 3 && (node.textContent ?? '').trim() !== '') return null;
  }
  return null;
}

/** A line that could caption a picture at all: short, with letters, no picture or table of its own. */
function shortLine(el: Element): string | null {
  if (!CAPTION_TAGS.has(el.tagName)) return null;
  const text = shortText(el, MAX_CAPTION_CHARS);
  return text && hasLetters(text) && !el.querySelector('img, picture, video, table') ? text : null;
}

/** The line that captions a picture; `sure` false when only a credit at its end could make it one (settleCaptionCandidates). */
export interface CaptionLine {
  line: Element;
  sure: boolean;
  /** The picture's credit, printed between it and the caption: it joins the caption as its credit. */
  credit?: Element;
}

/** A credit is a name or a short line ("STAFF PHOTO BY KATHY ANDERSON", "Foto: dpa"). */
const MAX_CREDIT_CHARS = 100;

/**
 * `<img><span class="byline">STAFF PHOTO BY …</span><span class="caption">…</span>`: the element
 * after a credit, when it is marked as a caption; the credit then belongs to that caption.
 */
function captionAfterCredit(credit: Element): Element | null {
  if (shortText(credit, MAX_CREDIT_CHARS) === null || credit.querySelector('img, picture, video, table')) return null;
  const next = nextElement(credit);
  return next && (next.tagName === 'FIGCAPTION' || byClassOrProp(next)) && shortLine(next) !== null ? next : null;
}

/** The element that captions `img` in the page as it stands (its figure's caption, or the caption-like line right after it); null when none. */
export function findCaptionFor(img: Element): Element | null {
  const found = findCaptionLine(img);
  return found?.sure ? found.line : null;
}

/** As findCaptionFor, and also the short line right after the picture that no mark makes its caption, as a candidate. */
export function findCaptionLine(img: Element): CaptionLine | null {
  // Native walks, one call each: a walk up in script reads two properties per step, each a call
  // through the content script's wrappers in Firefox, for every image of the page — and most
  // images sit in neither, so that walk went all the way up to <html>.
  const figure = img.closest('figure');
  if (figure) {
    const own = figure.querySelector('figcaption, [itemprop="caption"], .wp-caption-text, .caption, p[class*="caption"], div[class*="caption"]');
    if (own && own !== figure) return { line: own, sure: true };
  }
  let imageCentred = false;
  let current: Element = img;
  for (let depth = 0; depth < MAX_CLIMB; depth++) {
    imageCentred ||= isCentred(current);
    const next = nextElement(current);
    if (next) {
      const captionAfter = isCreditMarkup(next) ? captionAfterCredit(next) : null;
      if (captionAfter) return { line: captionAfter, sure: true, credit: next };
      const text = shortLine(next);
      if (text === null) return null;
      return { line: next, sure: looksLikeCaption(next, text, { img, figure, centred: imageCentred }) };
    }
    const parent = current.parentElement;
    // Climb only through wrappers that hold the image alone.
    if (!parent || SKIP_ANCESTORS.has(parent.tagName) || hasVisibleText(parent)) return null;
    current = parent;
  }
  return null;
}

/** Class names and itemprops of a picture's credit inside its caption, in the CMSs' languages (Vietnamese "nguồn", German "Bildnachweis"). */
const CREDIT_CLASS = ['credit', 'copyright', 'photographer', 'fotograf', 'bildnachweis', 'nguon', 'source', 'byline', 'author'];
const CREDIT_PROPS = new Set(['copyrightHolder', 'creditText', 'author', 'copyrightNotice']);

/** An element that credits the picture by its class or itemprop (`span.credit`, `itemprop="copyrightHolder"`). */
export function isCreditMarkup(el: Element): boolean {
  return classHasWord(el, CREDIT_CLASS) || (el.getAttribute('itemprop') ?? '').split(' ').some((prop) => CREDIT_PROPS.has(prop));
}

/** The credit parts of a caption, marked while the page's classes are still there (Readability strips them). */
function markCredits(caption: Element): void {
  // Only these can be credit markup: the others are not handed over the wrappers to be asked.
  for (const el of caption.querySelectorAll('[class], [itemprop]')) if (isCreditMarkup(el)) el.setAttribute(CREDIT_ATTR, '');
}

const PARAGRAPH_BOXES = new Set(['P', 'DIV']);

/**
 * `div.caption > p`: Readability replaces a div holding one paragraph with the paragraph, and
 * the div's mark would go with it; the mark goes on the innermost block that holds the whole text.
 */
function innermostSameText(caption: Element): Element {
  let current = caption;
  const text = textOf(caption);
  for (let only = soleElementChild(current); only && PARAGRAPH_BOXES.has(only.tagName) && textOf(only) === text; only = soleElementChild(current)) current = only;
  return current;
}

/** Readability's phrasing elements: a div holding only these and text gets its text wrapped in a new `p`. */
const PHRASING = new Set(['ABBR', 'AUDIO', 'B', 'BDO', 'BR', 'BUTTON', 'CITE', 'CODE', 'DATA', 'DATALIST', 'DFN', 'EM', 'EMBED', 'I', 'IMG', 'INPUT', 'KBD', 'LABEL', 'MARK', 'MATH', 'METER', 'NOSCRIPT', 'OBJECT', 'OUTPUT', 'PROGRESS', 'Q', 'RUBY', 'SAMP', 'SCRIPT', 'SELECT', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TEXTAREA', 'TIME', 'VAR', 'WBR', 'A', 'DEL', 'INS']);

function isPhrasingOnly(el: Element): boolean {
  return Array.from(el.children).every((child) => PHRASING.has(child.tagName.toUpperCase()) && isPhrasingOnly(child));
}

/**
 * `div.media-caption` holding bare text: Readability wraps the text in a new `p` and puts that
 * `p` in the div's place, and the div's mark goes with the div. The same `p`, made here with
 * the mark on it, is what Readability would make, so the extraction is unchanged.
 */
function intoOwnParagraph(caption: Element): Element {
  if (caption.tagName !== 'DIV' || !isPhrasingOnly(caption)) return caption;
  const p = caption.ownerDocument.createElement('p');
  p.append(...Array.from(caption.childNodes));
  caption.append(p);
  return p;
}

/**
 * Caption markup that may stand apart from its picture: a figcaption outside the figure, a "caption" class after a gallery.
 * Not `[class*="caption" i]`: jsdom's selector engine takes a slow path for the `i` flag; "aption" finds
 * "caption" and "Caption", and what else it matches ("adaptions") is left out by isCaptionMarkup. On a
 * fresh clone each attribute selector costs jsdom a walk of its own that reads every element's
 * attribute, and this query was half of markCaptions in Node. So no selector for what no page we keep
 * writes apart from its picture: an upper-case "CAPTION" class, and an `itemprop="caption"` outside a
 * figure without a caption class (on 867 real pages — the field and body sets, Readability's test pages,
 * the golden pages — none of the first, and of the second one `<meta>` with no text). Beside its picture
 * the per-image walk still reads both (byClassOrProp). What the whole caption pre-pass costs, page by
 * page beside Readability's: `npm run bench -- --pages DIR --steps` ("captions").
 */
const CAPTION_MARKUP = 'figcaption, [class*=aption]';

/** The element the markup query found is caption markup (a figcaption or a caption class), not a class that merely holds "aption". */
function isCaptionMarkup(el: Element): boolean {
  return el.localName === 'figcaption' || (el.getAttribute('class') ?? '').toLowerCase().includes('caption');
}

/** How far up from a caption we look for the block of pictures it follows. */
const MAX_CAPTION_CLIMB = 2;
/** A block of pictures carries at most a few words of its own (a gallery's "1/3"); more is a paragraph with a picture in it. */
const MAX_IMAGE_BLOCK_CHARS = 40;

/** At most `max` characters of text besides white space: a gallery's indentation runs long, its words do not. */
function hasLittleText(el: Element, max: number): boolean {
  let count = 0;
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (node.nodeType === 3) {
      count += (node.nodeValue ?? '').replace(/\s+/gu, '').length;
      if (count > max) return false;
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return true;
}

/** The element before `el`, past empty ones (a spacer div, the empty paragraph Readability leaves). */
function previousShownSibling(el: Element): Element | null {
  let block = el.previousElementSibling;
  while (block && !hasVisibleText(block) && !MEDIA_TAGS.has(block.tagName) && !block.querySelector('img, picture, video, iframe')) block = block.previousElementSibling;
  return block;
}
const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'IFRAME']);

/** The block's pictures, the block itself when it is one (`<img><figcaption>` siblings in a figure). */
function imagesIn(block: Element): Element[] {
  return block.tagName === 'IMG' ? [block] : Array.from(block.querySelectorAll('img'));
}

interface PictureBefore {
  img: Element;
  credit?: Element;
}

/** A credit line between a block of pictures and its caption: credit markup, or a `cite` naming the source. */
function isCreditBetween(el: Element): boolean {
  return (el.tagName === 'CITE' || isCreditMarkup(el)) && !byClassOrProp(el) && shortText(el, MAX_CREDIT_CHARS) !== null && !el.querySelector('img, picture, video, table');
}

/**
 * A caption set after a whole block of pictures rather than after one picture: a gallery or
 * carousel followed by its `div.media-caption`, or a zoomable figure whose figcaption stands in
 * a sibling box (`<div><figure><img></figure></div><div><figcaption>…`). The picture is the
 * block's first one not captioned yet; the per-image walk stops at the block, which holds more
 * than one picture or more than the picture. A credit printed between the block and the caption
 * (`<cite>Getty Images</cite>` after a zoom box) is stepped over and joins the caption.
 */
function imageBeforeCaption(caption: Element): PictureBefore | null {
  let current: Element = caption;
  for (let depth = 0; depth <= MAX_CAPTION_CLIMB; depth++) {
    let block = previousShownSibling(current);
    const credit = block && isCreditBetween(block) ? block : undefined;
    if (credit) block = previousShownSibling(credit);
    if (block) {
      if (!hasLittleText(block, MAX_IMAGE_BLOCK_CHARS)) return null;
      const img = imagesIn(block).find((each) => !each.hasAttribute(FIGURE_ATTR) && !each.closest('noscript'));
      return img ? { img, credit } : null;
    }
    const parent = current.parentElement;
    if (!parent || SKIP_ANCESTORS.has(parent.tagName) || textOf(parent) !== textOf(caption)) return null;
    current = parent;
  }
  return null;
}

/** An address of a picture file: a link that opens the picture full size. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/u;

function opensPicture(link: Element): boolean {
  return Array.from(link.attributes).some((attr) => (attr.name === 'href' || attr.name.startsWith('data-')) && IMAGE_FILE.test(attr.value.toLowerCase()));
}

/**
 * `<a href="…" data-img="…/original.jpg"><img>…<div class="photo-desc">…</div></a>`: a lightbox
 * link around the picture and its caption makes the whole box read as a link to Readability,
 * which drops it as "mostly links", picture and caption with it. The link only opens the
 * picture full size, which the reading view has no use for: the box keeps its content without it.
 */
function unwrapPictureLink(img: Element, caption: Element): void {
  const link = img.closest('a');
  if (!link?.contains(caption) || !opensPicture(link) || textOf(link) !== textOf(caption)) return;
  link.replaceWith(...Array.from(link.childNodes));
}

/** Readability's "low weight and a little linky": past this share of its text in links, a box of little weight is dropped. */
const MAX_LINKED_SHARE = 0.2;

/**
 * A caption whose words are mostly links (Wikipedia's "Māori Battalion haka in Egypt, 1941", two
 * links of four words) makes its picture's box read as links to Readability, which drops picture and
 * caption together. Its links become their text: a caption's links lead away from the story, and
 * the reading view keeps the caption.
 */
function unlinkLinkyCaption(caption: Element): void {
  const links = Array.from(caption.querySelectorAll('a'));
  if (links.length === 0) return;
  const linked = links.reduce((sum, link) => sum + textOf(link).length, 0);
  if (linked <= textOf(caption).length * MAX_LINKED_SHARE) return;
  // One link holding all the words is a teaser's headline (a picture and a link to another story), no caption of this one.
  const link = links.length === 1 ? links[0] : undefined;
  if (link && !hasLetters(textOf(caption).replace(textOf(link), ''))) return;
  for (const each of links) each.replaceWith(...Array.from(each.childNodes));
}

/**
 * `<figcaption><span aria-hidden="true">Rahami after his arrest …</span><span>Credit…</span></figcaption>`
 * under `<img alt="Rahami after his arrest …">`: a page hides the caption from screen readers when the
 * picture's alt reads the same words, and Readability drops whatever is hidden so, leaving the credit
 * alone. Every sighted reader sees that caption: on the clone it is shown again.
 */
function unhideCaption(caption: Element): void {
  for (const el of [caption, ...caption.querySelectorAll('[aria-hidden]')]) if (el.getAttribute('aria-hidden') === 'true') el.removeAttribute('aria-hidden');
}

/** The attributes a pair is marked with: a sure caption's, or a candidate's. */
interface PairMarks {
  caption: string;
  figure: string;
}

const SURE: PairMarks = { caption: CAPTION_ATTR, figure: FIGURE_ATTR };
const CANDIDATE: PairMarks = { caption: CANDIDATE_ATTR, figure: CANDIDATE_FIGURE_ATTR };

/** The caption's element and the inline one inside it that carries the same mark (see markPair). */
function markedWith(caption: Element, attr: string): Element[] {
  const inline = soleElementChild(caption);
  return inline?.hasAttribute(attr) ? [caption, inline] : [caption];
}

function markPair(img: Element, found: Element, id: string, marks: PairMarks = SURE, creditBefore?: Element): boolean {
  const credit = creditBefore ?? (marks === SURE ? creditAfter(found) : null);
  if (credit) found.append(' ', asInlineCredit(credit));
  const caption = intoOwnParagraph(innermostSameText(found));
  if (caption.hasAttribute(CAPTION_ATTR) || (marks === CANDIDATE && caption.hasAttribute(CANDIDATE_ATTR))) return false;
  // A line another picture only made a candidate is this picture's sure caption: the candidate's mark goes (its picture's is dropped when candidates are settled).
  if (marks === SURE) for (const el of markedWith(caption, CANDIDATE_ATTR)) el.removeAttribute(CANDIDATE_ATTR);
  // The lightbox link is unwrapped for a sure caption only: the candidate's box must reach Readability as the page has it.
  if (marks === SURE) {
    unwrapPictureLink(img, caption);
    unlinkLinkyCaption(caption);
    unhideCaption(found);
  }
  img.setAttribute(marks.figure, id);
  caption.setAttribute(marks.caption, id);
  // `div.caption > em`: Readability may rebuild the div and lose its mark; the em keeps one (the first of an id that survives is used).
  const inline = soleElementChild(caption);
  if (inline && INLINE_CAPTION_TAGS.has(inline.tagName) && textOf(inline) === textOf(caption)) inline.setAttribute(marks.caption, id);
  markCredits(caption);
  return true;
}

/** `<p class="image-caption">…</p><span class="image-credit">(Credit: Getty)</span>`: the credit set right after the caption, outside it. */
function creditAfter(caption: Element): Element | null {
  const next = nextElement(caption);
  return next && isCreditMarkup(next) && !byClassOrProp(next) && shortText(next, MAX_CREDIT_CHARS) !== null && !next.querySelector('img, picture, video, table') ? next : null;
}

/**
 * The credit printed between a picture and its caption, or right after the caption, as the caption's closing span: credits
 * close captions where they are written together. A block (`p.source`) would be split off the
 * caption again when the HTML is parsed in the extension page, and its class ("byline",
 * "author") would make Readability take the photographer for the writer and drop the credit.
 */
function asInlineCredit(credit: Element): Element {
  const span = credit.ownerDocument.createElement('span');
  span.setAttribute(CREDIT_ATTR, '');
  span.append(...Array.from(credit.childNodes));
  credit.remove();
  return span;
}

/** Caption markup left unpaired by the per-image walk, each paired with the block of pictures before it. */
function markCaptionsAfterImageBlocks(markup: readonly Element[], next: () => string): void {
  for (const el of markup) {
    if (!isCaptionMarkup(el) || el.hasAttribute(CAPTION_ATTR) || el.closest(`[${CAPTION_ATTR}]`) || el.querySelector(`[${CAPTION_ATTR}], img, picture, video, table`)) continue;
    // A figure with a picture has its own caption, found by the per-image walk (or none).
    if (el.closest('figure')?.querySelector('img')) continue;
    const text = shortText(el, MAX_CAPTION_CHARS);
    if (!text || !hasLetters(text)) continue;
    // `div.media-caption > figcaption`: the figcaption itself is marked, so it is not nested in the one the post-pass makes.
    const inner = el.localName === 'figcaption' ? null : el.querySelector('figcaption');
    const caption = inner && textOf(inner) === text ? inner : el;
    const before = imageBeforeCaption(caption);
    if (before) markPair(before.img, caption, next(), SURE, before.credit);
  }
}

/**
 * Pre-pass on the clone Readability will read: one query for the images and the caption markup
 * (each query walks the whole page), a few steps up from each image, then the markup left over.
 * The image walk adds no element the markup selector could match (only a bare `p` holding a
 * caption's own text) and changes no class, so the markup found up front is what a second query
 * after it would find. An `img` that has a caption class goes with the images: as markup it has
 * no text and was never paired.
 */
export function markCaptions(doc: Document): void {
  // A Set: a noscript's picture parsed as markup (no scripts: the CLI) comes again after its noscript.
  const images = new Set<Element>();
  const markup: Element[] = [];
  // The noscripts in the same walk: each query walks the whole page (noscript-pictures.ts).
  for (const el of doc.querySelectorAll(`img, noscript, ${CAPTION_MARKUP}`)) {
    const picture = el.localName === 'noscript' ? pictureFromNoscript(el) : el.localName === 'img' ? el : null;
    if (picture) images.add(picture);
    else if (el.localName !== 'noscript' && el.localName !== 'img') markup.push(el);
  }
  let n = 0;
  for (const img of images) {
    const found = findCaptionLine(img);
    if (found && markPair(img, found.line, String(n + 1), found.sure ? SURE : CANDIDATE, found.credit)) n++;
  }
  markCaptionsAfterImageBlocks(markup, () => String(++n));
}

/**
 * Keeps each candidate line whose text `isCaption` accepts as its picture's caption, and drops
 * the others' marks (and the credit marks inside them), before normalizeCaptions pairs the
 * captions with their pictures. A candidate whose picture a sure caption took stays body text.
 */
export function settleCaptionCandidates(root: Element, isCaption: (text: string) => boolean): void {
  const images = takeMarks(root, CANDIDATE_FIGURE_ATTR);
  // A line and the em inside it carry one id: the outer one, first in document order, decides for both.
  for (const [id, marked] of takeMarks(root, CANDIDATE_ATTR)) {
    const line = marked[0];
    if (!line) continue;
    const pictures = images.get(id) ?? [];
    const taken = pictures.some((img) => img.hasAttribute(FIGURE_ATTR)) || line.closest(`[${CAPTION_ATTR}]`) !== null || line.querySelector(`[${CAPTION_ATTR}]`) !== null;
    if (!taken && isCaption(textOf(line))) {
      for (const el of marked) el.setAttribute(CAPTION_ATTR, id);
      for (const img of pictures) img.setAttribute(FIGURE_ATTR, id);
    } else {
      for (const credit of line.querySelectorAll(`[${CREDIT_ATTR}]`)) credit.removeAttribute(CREDIT_ATTR);
    }
  }
}

/** The elements marked with `attr`, by the mark's id in document order; the marks are taken off. */
function takeMarks(root: Element, attr: string): Map<string, Element[]> {
  const byId = new Map<string, Element[]>();
  for (const el of root.querySelectorAll(`[${attr}]`)) {
    const id = el.getAttribute(attr) ?? '';
    byId.set(id, [...(byId.get(id) ?? []), el]);
    el.removeAttribute(attr);
  }
  return byId;
}

/** The caption's inline content, with block wrappers (a `p` in a table cell) unwrapped. */
function captionContent(caption: Element): Node[] {
  let source: Element = caption;
  // A credit's own element is kept, so the figure can still tell it from the caption ("<p class="caption"><span class="source">Police</span></p>").
  for (let only = soleElementChild(source); only && /^(P|DIV|TD|TR|SPAN)$/u.test(only.tagName) && !only.hasAttribute(CREDIT_ATTR) && textOf(only) === textOf(source); only = soleElementChild(source)) {
    source = only;
  }
  return Array.from(source.childNodes);
}

function makeFigcaption(doc: Document, caption: Element): Element {
  const figcaption = doc.createElement('figcaption');
  figcaption.append(...captionContent(caption));
  return figcaption;
}

/** The outermost ancestor of `el` (below `stop`) whose only visible content is `el`'s. */
function outermostWrapper(el: Element, stop: Element | null, text: string): Element {
  let current = el;
  while (current.parentElement && current.parentElement !== stop && !SKIP_ANCESTORS.has(current.parentElement.tagName)) {
    const parent = current.parentElement;
    if (shortText(parent, text.length) !== text || parent.querySelectorAll('img').length > 1) break;
    current = parent;
  }
  return current;
}

/** Table rows and cells cannot sit in a figure: take the cell that holds the image instead. */
function intoCell(box: Element, img: Element): Element {
  if (!/^(TR|TBODY|THEAD|TFOOT)$/u.test(box.tagName)) return box;
  return closestTag(img, 'td', 'th') ?? img;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let node: Element | null = a.parentElement; node; node = node.parentElement) if (node.contains(b)) return node;
  return null;
}

function buildFigure(doc: Document, img: Element, caption: Element, root: Element): void {
  const captionText = textOf(caption);
  const common = commonAncestor(img, caption) ?? root;
  const imageBox = intoCell(outermostWrapper(img, common, ''), img);
  const captionBox = outermostWrapper(caption, common, captionText);
  const table = closestTag(common, 'table');
  // An image table (image row, caption row) becomes the figure as a whole.
  const replaced = table && root.contains(table) && table !== root && shortText(table, captionText.length) === captionText ? table : imageBox;
  const figure = doc.createElement('figure');
  replaced.before(figure);
  if (imageBox === img || /^(A|PICTURE)$/u.test(imageBox.tagName)) figure.append(imageBox);
  else figure.append(...Array.from(imageBox.childNodes));
  figure.append(makeFigcaption(doc, caption));
  for (const box of [replaced, captionBox]) if (root.contains(box) && !figure.contains(box)) box.remove();
  moveOutOfParagraph(figure, root);
}

/**
 * `<p><span class="image"><img>…caption…</span> Nintendo and Apple shocked …</p>`: a figure cannot
 * sit in a paragraph, and the blocks would read the paragraph's own words as part of the picture.
 * The figure goes before its paragraph (after it, when the paragraph's words come first).
 */
function moveOutOfParagraph(figure: Element, root: Element): void {
  const paragraph = figure.parentElement ? closestTag(figure.parentElement, 'p') : null;
  if (!paragraph || paragraph === root || !root.contains(paragraph)) return;
  // The picture and its caption were the whole paragraph: the figure takes its place.
  if (normalizeSpace(paragraph.textContent ?? '') === normalizeSpace(figure.textContent ?? '') && paragraph.querySelectorAll('img, picture, video, iframe').length === figure.querySelectorAll('img, picture, video, iframe').length) return;
  const range = figure.ownerDocument.createRange();
  range.setStart(paragraph, 0);
  range.setEndBefore(figure);
  const before = normalizeSpace(range.toString());
  if (before === '') paragraph.before(figure);
  else paragraph.after(figure);
}

function toFigcaptionInPlace(doc: Document, caption: Element): void {
  if (caption.tagName === 'FIGCAPTION') return;
  // Inside the page's own figcaption ("<figcaption><div class="caption">…"), that one is the figure's: a second would nest in it.
  if (caption.parentElement && closestTag(caption.parentElement, 'figcaption')) caption.replaceWith(...captionContent(caption));
  else caption.replaceWith(makeFigcaption(doc, caption));
}

/** The picture's figure has a figcaption already, and not the caption in hand (nor one holding it). */
function hasOtherCaption(img: Element, caption: Element): boolean {
  const own = closestTag(img, 'figure')?.querySelector('figcaption');
  return own !== null && own !== undefined && !own.contains(caption);
}

/**
 * The picture in the block right before a caption whose own picture is gone: Readability swaps a
 * lazy placeholder for the copy in its <noscript>, and the mark stays on the placeholder.
 */
export function uncaptionedImageBefore(caption: Element, root: Element): Element | null {
  let current = caption;
  for (let depth = 0; depth <= MAX_CAPTION_CLIMB && current !== root; depth++) {
    const block = previousShownSibling(current);
    if (block) {
      // The picture itself may be the block (`<figure><img><figcaption>`, its lazy placeholder swapped for the <noscript> copy).
      const images = imagesIn(block).filter((img) => !hasOtherCaption(img, caption));
      return images.length === 1 && hasLittleText(block, MAX_IMAGE_BLOCK_CHARS) ? (images[0] ?? null) : null;
    }
    const parent = current.parentElement;
    if (!parent || parent === root || textOf(parent) !== textOf(caption)) return null;
    current = parent;
  }
  return null;
}

/** A picture already in a figure without a caption takes the caption there; any other gets a figure built around it. */
export function placeUnder(doc: Document, img: Element, caption: Element, root: Element): void {
  const figure = closestTag(img, 'figure');
  if (!figure || !root.contains(figure) || figure.querySelector('figcaption')) {
    buildFigure(doc, img, caption, root);
    return;
  }
  figure.append(makeFigcaption(doc, caption));
  caption.remove();
}

/** Body pass: every caption marked before Readability becomes a figcaption under its image. */
export function normalizeCaptions(root: Element, _ctx: BodyPassContext): void {
  const doc = root.ownerDocument;
  const marked = Array.from(root.querySelectorAll(`[${CAPTION_ATTR}], [${FIGURE_ATTR}]`));
  if (marked.length === 0) return;
  const images = new Map<string, Element>();
  for (const el of marked) if (el.hasAttribute(FIGURE_ATTR)) images.set(el.getAttribute(FIGURE_ATTR) ?? '', el);
  const done = new Set<string>();
  for (const caption of marked) {
    const id = caption.getAttribute(CAPTION_ATTR);
    if (id === null || done.has(id)) continue;
    // Readability's output is a detached tree, so `isConnected` is always false here.
    if (!root.contains(caption)) continue;
    done.add(id);
    const img = images.get(id) ?? uncaptionedImageBefore(caption, root);
    const figure = img ? closestTag(img, 'figure') : null;
    if (img && figure && figure.contains(caption)) toFigcaptionInPlace(doc, caption);
    else if (img) placeUnder(doc, img, caption, root);
    else {
      // Readability dropped the picture: the caption alone is still no body paragraph.
      const figure = doc.createElement('figure');
      caption.replaceWith(figure);
      figure.append(makeFigcaption(doc, caption));
    }
  }
  for (const el of marked) {
    el.removeAttribute(CAPTION_ATTR);
    el.removeAttribute(FIGURE_ATTR);
  }
}
