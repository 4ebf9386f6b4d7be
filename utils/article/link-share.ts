import { normalizeSpace } from '../text/segment';

/**
 * How much of a block is links to other pages: what tells a teaser (a headline, a "related"
 * line) from the story's prose in any language. Shared by the passes that remove the links
 * after a story (trailing-links.ts) and the lists of them inside it (link-lists.ts).
 */
export interface BlockChars {
  el: Element;
  chars: number;
  linked: number;
}

/** A block mostly made of a link to another page is a teaser. */
const TEASER_SHARE = 0.6;

/** A link to another page: not a footnote or a jump within this one. */
export function leavesPage(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  return href !== '' && !href.startsWith('#') && !/^javascript:/iu.test(href);
}

/** The characters of `el` that are links to other pages, `el` itself when it is one. */
export function linkedChars(el: Element): number {
  const links = el.tagName.toUpperCase() === 'A' ? [el] : el.querySelectorAll('a[href]');
  let linked = 0;
  for (const a of links) if (leavesPage(a)) linked += normalizeSpace(a.textContent ?? '').length;
  return linked;
}

export function measureLinks(el: Element): BlockChars {
  const linked = linkedChars(el);
  const chars = normalizeSpace(el.textContent ?? '').length;
  return { el, chars, linked: Math.min(linked, chars) };
}

export const isTeaser = (block: BlockChars): boolean => block.chars > 0 && block.linked >= block.chars * TEASER_SHARE;

/** A short heading or label announcing links ("More world stories:", "Most popular"). */
export const MAX_LABEL_CHARS = 80;

/** A sentence ends in a full stop; a label ends in nothing or a colon ("More world stories from NBC News:"). */
const SENTENCE_END = /[.!?…。！？]["'”’»)]?$/u;

export function isLabelText(text: string): boolean {
  return text.length > 0 && text.length <= MAX_LABEL_CHARS && !SENTENCE_END.test(text);
}
