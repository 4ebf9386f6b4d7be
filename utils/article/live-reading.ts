import type { ExtractFailure } from './types';
import { markCaptions } from './captions';
import { parseWithDeadline } from './readability-with-deadline';
import { DeadlinePassed, NEVER_TIME_UP, type TimeUp } from '../deadline';
import { excerptStart } from './excerpt-start';
import { withLongTextRunsCut } from '../dom/long-text-runs';

/**
 * The part of a read that needs the live page, and nothing more: the page's own metadata
 * and Readability on a clone. Everything after it (body passes, text, outline) works on
 * Readability's output and runs where the reader looks — the popup, the full tab — so the
 * page is busy only for this (utils/finish-reading.ts).
 */
export interface LiveReading {
  url: string;
  /** `document.title`, the last fallback for the headline. */
  pageTitle: string;
  /**
   * The page had not finished loading (`document.readyState` not yet `complete`): it is read as
   * it stands, and the view reads it again a little later in case the article was still arriving.
   */
  loading: boolean;
  /** What Readability said besides the body. */
  readability: {
    title: string | null;
    byline: string | null;
    lang: string | null;
    dir: string | null;
    siteName: string | null;
    excerpt: string | null;
  };
}

/** A LiveReading with its body as HTML, to cross from the page to an extension page. */
export interface SentReading extends LiveReading {
  contentHtml: string;
  /**
   * The page as it stood, less its code and style sheets (PageCopy), serialized in one native call. Its metadata (title, bylines, dates,
   * language…) is read from a copy parsed where the reader looks (page-copy.ts): walking the
   * live page for it cost as much as Readability itself, and twice that through Firefox's
   * content-script wrappers. Empty when the read is finished where the page is (the CLI, the
   * benches), which reads the page itself.
   */
  pageHtml: string;
  /** What the page's relative links resolve against (its URL or its <base>): a copy parsed elsewhere has another. */
  baseUrl: string;
}

export interface LiveOptions {
  /** Readability gives up (and we report "too large") past this many elements. */
  maxElems?: number;
  /** Asked inside Readability's parse; when it says yes, the answer is `timeout`. */
  timeUp?: TimeUp;
  /** Told when each step of the read ends (read-live-part.ts times them for the browser bench). */
  lap?: (step: LiveStep) => void;
  /** Make the copy of the page its metadata is read from elsewhere (sendReading); not when the page itself is at hand. */
  copyPage?: boolean;
}

/** Where the page's part of a read spends its time, step by step (ms): `npm run bench:browser -- --verbose` prints them. */
export interface LiveSteps {
  /** Counting the page's elements, to refuse a page too large before cloning it. */
  count: number;
  clone: number;
  captions: number;
  readability: number;
  /** The page's copy and Readability's body as HTML, to send. */
  serialize: number;
}

export type LiveStep = keyof LiveSteps;

/** The page as it stood, without its code and style sheets, serialized for its metadata; with what its relative links resolve against. */
export interface PageCopy {
  html: string;
  baseUrl: string;
}

export type LiveOutcome =
  | { ok: true; reading: LiveReading; root: Element; copy: PageCopy | null }
  | { ok: false; reason: ExtractFailure; detail?: string };

const DEFAULT_MAX_ELEMS = 100_000;

const NO_LAP = (): void => undefined;

/**
 * The one kind of script the metadata reads (JSON-LD): `type` compared as `[type*="ld+json" i]`
 * would, without a pattern to compile in the cold page (IN_PAGE_PATTERNS in captions.ts).
 */
const isJsonLdType = (type: string | null): boolean => (type ?? '').toLowerCase().includes('ld+json');

/**
 * What neither reading of the page needs: its code and style sheets. Readability removes both
 * before it reads anything, and the metadata reads JSON-LD alone of the scripts; on news pages
 * they are often most of the HTML, which the copy would carry to the extension page and parse
 * there for nothing. Removed from the clone once, they are out of both. By tag name, not a
 * selector with `:not([type…])`: the selector engine walked the whole clone for it (0.1–0.3 ms
 * a page in Chromium, as much as the count before the clone), the tag lists are kept by the DOM.
 */
function withoutCode(clone: Document): void {
  for (const script of Array.from(clone.getElementsByTagName('script'))) if (!isJsonLdType(script.getAttribute('type'))) script.remove();
  for (const sheet of Array.from(clone.getElementsByTagName('style'))) sheet.remove();
}

/**
 * The longest run of text the copy keeps. The metadata reads the start of a text at most (a
 * sample of 2,000 characters), and no paragraph as written runs this far without markup. The copy
 * also stands in for the page when Readability missed a marked body (read-marked-body.ts), but
 * Readability, which scores text by its length, never misses a body holding such a run.
 */
const COPY_TEXT_RUN_MAX = 100_000;

/**
 * The clone serialized in one native call, before anything marks it; the doctype keeps the copy in the page's mode (quirks mode
 * matches class names without case). Runs of text past COPY_TEXT_RUN_MAX are cut (utils/dom/long-text-runs.ts).
 */
function copyOf(clone: Document, page: Document): PageCopy {
  const html = `${clone.doctype ? '<!DOCTYPE html>' : ''}${clone.documentElement.outerHTML}`;
  return { html: withLongTextRunsCut(html, COPY_TEXT_RUN_MAX), baseUrl: page.baseURI };
}

function runReadability(page: Document, timeUp: TimeUp, lap: (step: LiveStep) => void, copyPage: boolean) {
  const clone = page.cloneNode(true) as Document;
  withoutCode(clone);
  lap('clone');
  const copy = copyPage ? copyOf(clone, page) : null;
  lap('serialize');
  // Before Readability strips the class and style attributes that tell a caption apart.
  markCaptions(clone);
  lap('captions');
  // No maxElemsToParse: the page was counted before cloning, and Readability would count again.
  const parsed = parseWithDeadline(clone, timeUp);
  lap('readability');
  return { parsed, copy };
}

/** Reads the live page: never changes it (Readability works on a clone). Its metadata is read later, from a copy of the clone (copyPage). */
export function readLivePage(page: Document, url: string, options: LiveOptions = {}): LiveOutcome {
  const win = page.defaultView as (Window & typeof globalThis) | null;
  if (!win) return { ok: false, reason: 'failed', detail: 'document has no window' };
  // Counted before cloning: Readability would only refuse after the costly clone.
  if (page.getElementsByTagName('*').length > (options.maxElems ?? DEFAULT_MAX_ELEMS)) return { ok: false, reason: 'too-large' };
  const lap = options.lap ?? NO_LAP;
  lap('count');
  const timeUp = options.timeUp ?? NEVER_TIME_UP;
  let read;
  try {
    read = runReadability(page, timeUp, lap, options.copyPage === true);
  } catch (error) {
    if (error instanceof DeadlinePassed) return { ok: false, reason: 'timeout' };
    const tooLarge = error instanceof Error && /elements/iu.test(error.message);
    return { ok: false, reason: tooLarge ? 'too-large' : 'failed', detail: String(error) };
  }
  const { parsed, copy } = read;
  const root = parsed?.content;
  if (!parsed || !root || !(root instanceof win.Element)) return { ok: false, reason: 'no-content' };
  const readability = {
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    lang: parsed.lang ?? null,
    dir: parsed.dir ?? null,
    siteName: parsed.siteName ?? null,
    excerpt: parsed.excerpt == null ? null : excerptStart(parsed.excerpt),
  };
  return { ok: true, reading: { url, pageTitle: page.title, loading: page.readyState !== 'complete', readability }, root, copy };
}

/**
 * Readability's body as HTML, to cross to an extension page. outerHTML: the wrapper Readability
 * puts around the body goes too. Every context rebuilds the body from this HTML (rebuildRoot),
 * so the tree the body passes see is the same wherever the read is finished — Readability can
 * leave nestings the HTML parser would not make (an h2 inside a p), which a re-parse changes.
 */
export function sendReading(reading: LiveReading, root: Element, copy: PageCopy | null): SentReading {
  return { ...reading, contentHtml: root.outerHTML, pageHtml: copy?.html ?? '', baseUrl: copy?.baseUrl ?? '' };
}
