import { markCaptions } from './captions';
import { parseWithDeadline } from './readability-with-deadline';
import { DeadlinePassed, type TimeUp } from '../deadline';
import type { SentReading } from './live-reading';
import { missedMarkedBody } from './marked-body';
import { rebuildRoot } from './rebuild-root';
import { normalizeSpace } from '../text/segment';

/**
 * Readability on the page's marked body alone (marked-body.ts), in a document of our own: its
 * cleaning (share bars, forms, empty boxes) still runs, and with the sidebars gone it cannot
 * pick one. A module of its own, with Readability: an extension page loads it only for the rare
 * page that needs it. Returns the body's HTML, as the page's part of a read sends it, or null.
 */
export function readMarkedBody(marked: Element, parser: DOMParser, timeUp: TimeUp): { html: string; excerpt: string | null } | null {
  const doc = parser.parseFromString('<!DOCTYPE html><html><head></head><body></body></html>', 'text/html');
  doc.body.append(doc.importNode(marked, true));
  markCaptions(doc);
  const parsed = parseWithDeadline(doc, timeUp);
  const content = parsed?.content as Element | null | undefined;
  return content && typeof content.outerHTML === 'string' ? { html: content.outerHTML, excerpt: parsed?.excerpt ?? null } : null;
}

/** Readability's excerpt, when no description is stated, is its body's first paragraph: a sidebar's, where it read the sidebar. */
function excerptOf(reading: SentReading, missed: Element, read: { excerpt: string | null }): string | null {
  const excerpt = reading.readability.excerpt;
  if (!excerpt) return read.excerpt;
  return normalizeSpace(missed.textContent ?? '').includes(normalizeSpace(excerpt)) ? read.excerpt : excerpt;
}

/** Out of time, Readability's body stands: the passes after it see the deadline and answer `timeout`. */
function readInTime(marked: Element, parser: DOMParser, timeUp: TimeUp): ReturnType<typeof readMarkedBody> {
  try {
    return readMarkedBody(marked, parser, timeUp);
  } catch (error) {
    if (error instanceof DeadlinePassed) return null;
    throw error;
  }
}

/**
 * The body's root, read again from the page's marked body when Readability's body missed it
 * (marked-body.ts); `reading` with the HTML the root was built from. Where Readability is at hand
 * anyway: the CLI, the benches, the tests; an extension page loads this module only when needed.
 */
export function withMarkedBody(reading: SentReading, root: Element, page: Document, parser: DOMParser, timeUp: TimeUp): { reading: SentReading; root: Element } {
  const marked = missedMarkedBody(page, root);
  const read = marked ? readInTime(marked, parser, timeUp) : null;
  if (read === null) return { reading, root };
  const reread = { ...reading, contentHtml: read.html, readability: { ...reading.readability, excerpt: excerptOf(reading, root, read) } };
  const rebuilt = rebuildRoot(reread, parser);
  return rebuilt ? { reading: reread, root: rebuilt } : { reading, root };
}
