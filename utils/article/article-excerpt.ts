import type { Block } from './types';
import { normalizeSpace } from '../text/segment';

/**
 * The excerpt. Readability's is the page's stated description when it has one, and otherwise the
 * first <p> of its content as it stood before our body passes: a breadcrumb and a dateline set as
 * one paragraph above the story ("Quốc phòng an ninhThứ Năm, 12/9/2024") then become the excerpt.
 * That fallback is replaced by the first paragraph of the body the passes left.
 */

/**
 * The most an excerpt holds. Readability's fallback is the whole first paragraph: on a page of one
 * paragraph of a million characters it crossed from the page to the extension, and on to the view,
 * beside the body that already holds it, and each crossing is parsed on the extension's thread in
 * one piece (tests/e2e/firefox-hostile-layout.test.ts). A stated description is a few sentences;
 * the longest excerpt of a golden page has 810 characters.
 */
export const EXCERPT_MAX_CHARS = 2_000;

/** The start of a text an excerpt is read from, as it crosses from the page: at most EXCERPT_MAX_CHARS, never half a surrogate pair. */
export function excerptStart(text: string): string {
  const start = text.trimStart();
  if (start.length <= EXCERPT_MAX_CHARS) return start;
  const last = start.charCodeAt(EXCERPT_MAX_CHARS - 1);
  return start.slice(0, last >= 0xd800 && last <= 0xdbff ? EXCERPT_MAX_CHARS - 1 : EXCERPT_MAX_CHARS);
}

/**
 * True when Readability's excerpt is its content's first paragraph, not a stated description; read
 * before the passes change `root`. Both are compared as far as the page sent the excerpt (excerptStart).
 */
export function excerptIsFirstParagraph(excerpt: string | null | undefined, root: Element): boolean {
  const first = root.querySelector('p');
  return Boolean(excerpt) && first !== null && normalizeSpace(excerptStart(first.textContent ?? '')) === normalizeSpace(excerptStart(excerpt ?? ''));
}

/** A long excerpt cut after its last whole word within EXCERPT_MAX_CHARS, with an ellipsis. */
function shortExcerpt(text: string | null): string | null {
  if (text === null || text.length <= EXCERPT_MAX_CHARS) return text;
  const start = excerptStart(text);
  const space = start.lastIndexOf(' ');
  // A run without spaces (a word of a thousand letters, a script written without them) is cut where it stands.
  return `${space > EXCERPT_MAX_CHARS / 2 ? start.slice(0, space) : start}…`;
}

/** The first paragraph of the body: no caption, no link line, some letters. */
function firstBodyParagraph(blocks: readonly Block[]): string | null {
  return blocks.find((block) => block.tag === 'p' && !block.caption && !block.link && /\p{L}/u.test(block.text))?.text ?? null;
}

export function articleExcerpt(readabilityExcerpt: string | null | undefined, fromFirstParagraph: boolean, blocks: readonly Block[]): string | null {
  const stated = readabilityExcerpt?.trim() || null;
  return shortExcerpt(fromFirstParagraph ? (firstBodyParagraph(blocks) ?? stated) : stated);
}
