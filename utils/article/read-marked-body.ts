import { markCaptions } from './captions';
import { parseWithDeadline } from './readability-with-deadline';
import { DeadlinePassed, type TimeUp } from '../deadline';
import type { SentReading } from './live-reading';
import { missedMarkedBody, type ReadBody } from './marked-body';
import { rebuildRoot } from './rebuild-root';
import { normalizeSpace } from '../text/segment';

/**
 * Readability on the page's marked body alone (marked-body.ts), in a document of our own: its
 * cleaning (share bars, forms, empty boxes) still runs, and with the sidebars gone it cannot
 * pick one. A module of its own, with Readability: an extension page loads it only for the rare
 * page that needs it. Returns the body's HTML, as the page's part of a read sends it, or null.
 */
function readMarkedBody(marked: Element, parser: DOMParser, timeUp: TimeUp): { html: string; excerpt: string | null } | null {
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
 * The body read again from the page's marked body (`marked`), which Readability's body missed
 * (missedMarkedBody); `body` as it was where the marked body cannot be read in time.
 */
export function withMarkedBody(body: ReadBody, marked: Element, parser: DOMParser, timeUp: TimeUp): ReadBody {
  const read = readInTime(marked, parser, timeUp);
  if (read === null) return body;
  const reading = { ...body.reading, contentHtml: read.html, readability: { ...body.reading.readability, excerpt: excerptOf(body.reading, body.root, read) } };
  const root = rebuildRoot(reading, parser);
  return root ? { reading, root } : body;
}

/**
 * The body of a page's part rebuilt where Readability is at hand anyway (the CLI, the benches,
 * the tests): Readability's, or the marked body it missed; null when nothing was read. An
 * extension page does the same in steps and loads this module only when needed (finish-reading.ts).
 */
export function rebuildBody(reading: SentReading, page: Document, parser: DOMParser, timeUp: TimeUp): ReadBody | null {
  const root = rebuildRoot(reading, parser);
  if (!root) return null;
  const marked = missedMarkedBody(page, root);
  return marked ? withMarkedBody({ reading, root }, marked, parser, timeUp) : { reading, root };
}
