import type { Block } from './types';
import { visibleText } from './visible-text';
import { BLOCK_MARKER, isCaptionElement, listBlockElements } from './block-elements';

export { BLOCK_TAGS, BLOCK_MARKER, isCaptionElement, listBlockElements } from './block-elements';

/**
 * The body's blocks, each marked with its index in the HTML. Markers the page itself
 * wrote are removed first: a page must not be able to point an outline item elsewhere.
 */
export function listBlocks(root: ParentNode): Block[] {
  for (const forged of root.querySelectorAll(`[${BLOCK_MARKER}]`)) forged.removeAttribute(BLOCK_MARKER);
  return listBlockElements(root).map((el, index) => {
    el.setAttribute(BLOCK_MARKER, String(index));
    const text = visibleText(el);
    const block: Block = { tag: el.tagName.toLowerCase(), text, caption: isCaptionElement(el) };
    if (isWholeLink(el, text)) block.link = true;
    return block;
  });
}

/** One link to another page holds the block's whole text; a link to a place on the same page (a heading's permalink "#history") is not navigation. */
export function isWholeLink(el: Element, text: string): boolean {
  if (text === '') return false;
  const links = el.querySelectorAll('a[href]');
  const link = links.length === 1 ? links[0] : undefined;
  const href = link?.getAttribute('href')?.trim() ?? '';
  return link !== undefined && href !== '' && !isSamePage(href, el.ownerDocument.URL) && visibleText(link) === text;
}

function isSamePage(href: string, pageUrl: string): boolean {
  if (href.startsWith('#')) return true;
  try {
    const target = new URL(href, pageUrl);
    const page = new URL(pageUrl);
    return target.origin === page.origin && target.pathname === page.pathname && target.search === page.search;
  } catch {
    return false;
  }
}

/** Plain text of the body: one paragraph per block, blank lines between, captions left out. */
export function blocksToText(blocks: Block[]): string {
  return textsOf(blocks.filter((b) => !b.caption)).join('\n\n');
}

function textsOf(blocks: Block[]): string[] {
  return blocks.filter((b) => b.text !== '').map((b) => b.text);
}

/** Less prose than a paragraph's worth: a page that says this little has no story of its own in words. */
const MAX_PICTURE_STORY_PROSE = 250;

/**
 * The article's paragraphs: captions left out, unless the page has barely a
 * paragraph of prose and its captions say more. Then the story is told in pictures (a photo
 * post, a slideshow whose one slide is the page) and its captions are the story: they stay,
 * each in its place. An article with many captioned pictures keeps its captions out.
 */
export function articleParagraphs(blocks: Block[]): string[] {
  let captions = 0;
  let prose = 0;
  for (const b of blocks) {
    if (b.caption) captions += b.text.length;
    else prose += b.text.length;
  }
  return textsOf(prose > MAX_PICTURE_STORY_PROSE || captions <= prose ? blocks.filter((b) => !b.caption) : blocks);
}

/** The article's text (articleParagraphs), one paragraph per block with blank lines between. */
export function articleText(blocks: Block[]): string {
  return articleParagraphs(blocks).join('\n\n');
}
