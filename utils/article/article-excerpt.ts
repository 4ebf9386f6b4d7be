import type { Block } from './types';
import { normalizeSpace } from '../text/segment';
import { EXCERPT_MAX_CHARS, excerptStart } from './excerpt-start';

/**
 * The excerpt. Readability's is the page's stated description when it has one, and otherwise the
 * first <p> of its content as it stood before our body passes: a breadcrumb and a dateline set as
 * one paragraph above the story ("Quốc phòng an ninhThứ Năm, 12/9/2024") then become the excerpt.
 * That fallback is replaced by the first paragraph of the body the passes left.
 */

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
