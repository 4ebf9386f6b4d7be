/**
 * The story's body as the page marks it, when Readability read another part of the page.
 *
 * Readability scores blocks by their text, so a short story loses to a long sidebar: on a blog
 * post of five lines beside an archive, a blogroll and a profile, it returned the sidebar and
 * none of the post. Most publishing systems mark the body they print: schema.org's
 * `itemprop="articleBody"`, microformats' `entry-content` (WordPress, Blogger). Where the page
 * marks exactly one such element and Readability's body shares nothing with it, the body is read
 * again from that element alone (read-marked-body.ts). Where the two overlap at all, Readability's
 * reading stands: it may have rightly dropped furniture inside the marked element, or kept a lead
 * set beside it. Markup only, so it holds in every language.
 */

import type { SentReading } from './live-reading';

/** The body of a page's part rebuilt: Readability's, or the page's marked body read again where Readability missed it. */
export interface ReadBody {
  reading: SentReading;
  root: Element;
}

/** In order of trust: an element marked this way, if the page has only one, is the story's body. */
const BODY_MARKS = ['[itemprop~="articleBody"]', '.entry-content'] as const;

/** A marked element with less text than this (letters and digits) is no story to read instead. */
const MIN_MARKED_CHARS = 150;

/** How many stretches of one text are looked for in the other. */
const SAMPLES = 8;
const SAMPLE_CHARS = 24;

/** Below this share of stretches found, one text is not part of the other. */
const SHARED = 0.25;

/** The one element the page marks as its story's body, or null (none, or several: a list of posts). */
export function markedBodyElement(page: Document): Element | null {
  for (const mark of BODY_MARKS) {
    const found = page.querySelectorAll(mark);
    if (found.length === 1) return found[0] ?? null;
    if (found.length > 1) return null;
  }
  return null;
}

/** Letters and digits only, lower case: Readability turns line breaks into paragraphs, which moves the spaces. */
function bare(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The share of stretches of `part`, taken evenly along it, that `whole` holds. */
function shareFound(part: string, whole: string): number {
  if (part.length <= SAMPLE_CHARS) return whole.includes(part) ? 1 : 0;
  const step = (part.length - SAMPLE_CHARS) / (SAMPLES - 1);
  let found = 0;
  for (let i = 0; i < SAMPLES; i += 1) {
    const at = Math.round(i * step);
    if (whole.includes(part.slice(at, at + SAMPLE_CHARS))) found += 1;
  }
  return found / SAMPLES;
}

/**
 * The page's marked body when Readability's body (`root`) is another part of the page: neither
 * holds a quarter of the other. Null when the page marks no single body, or the two overlap.
 */
export function missedMarkedBody(page: Document, root: Element): Element | null {
  const marked = markedBodyElement(page);
  if (!marked) return null;
  const markedText = bare(marked.textContent ?? '');
  if (markedText.length < MIN_MARKED_CHARS) return null;
  const readText = bare(root.textContent ?? '');
  if (shareFound(markedText, readText) >= SHARED || shareFound(readText, markedText) >= SHARED) return null;
  return marked;
}
