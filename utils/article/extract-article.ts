import { Readability } from '@mozilla/readability';
import type { Article, ExtractResult, Figure } from './types';
import { readPageMetadata } from './page-metadata';
import { BODY_PASSES, type BodyPassContext } from './body-passes';
import { sanitizeInPlace } from './sanitize';
import { listBlocks, blocksToText } from './blocks';
import { readingStats } from './reading-time';
import { buildOutline } from '../outline/build-outline';

export interface ExtractOptions {
  /** Readability gives up (and we report "too large") past this many elements. */
  maxElems?: number;
  /** Clock for the `ms` figure; performance.now where it exists. */
  now?: () => number;
}

const DEFAULT_MAX_ELEMS = 100_000;

function dirOf(value: string | null | undefined): 'ltr' | 'rtl' | null {
  return value === 'rtl' || value === 'ltr' ? value : null;
}

function listFigures(root: Element): Figure[] {
  return Array.from(root.querySelectorAll('img')).map((img) => {
    const caption = img.closest('figure')?.querySelector('figcaption')?.textContent ?? '';
    return { src: img.getAttribute('src') ?? '', alt: img.getAttribute('alt') ?? '', caption: caption.replace(/\s+/gu, ' ').trim() };
  });
}

function runReadability(page: Document, maxElems: number) {
  const clone = page.cloneNode(true) as Document;
  return new Readability<Node>(clone, { serializer: (el) => el, maxElemsToParse: maxElems }).parse();
}

/**
 * page → Article + Outline. Never changes `page`: Readability works on a clone.
 * The same function runs in the content script and in Node (jsdom).
 */
export function extractArticle(page: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const win = page.defaultView as (Window & typeof globalThis) | null;
  if (!win) return { ok: false, reason: 'failed', detail: 'document has no window' };
  const meta = readPageMetadata(page);
  let parsed;
  try {
    parsed = runReadability(page, options.maxElems ?? DEFAULT_MAX_ELEMS);
  } catch (error) {
    const tooLarge = error instanceof Error && /elements/iu.test(error.message);
    return { ok: false, reason: tooLarge ? 'too-large' : 'failed', detail: String(error) };
  }
  const root = parsed?.content;
  if (!parsed || !root || !(root instanceof win.Element)) return { ok: false, reason: 'no-content' };

  const lang = meta.lang ?? parsed.lang ?? null;
  const ctx: BodyPassContext = { bylines: [], lang };
  for (const pass of BODY_PASSES) pass(root, ctx);
  sanitizeInPlace(root, win);

  const blocks = listBlocks(root);
  const text = blocksToText(blocks);
  const bylines = meta.bylines.length > 0 ? meta.bylines : parsed.byline ? [parsed.byline.trim()] : ctx.bylines;
  const article: Article = {
    url,
    title: (parsed.title ?? meta.title ?? page.title).trim(),
    subtitle: meta.subtitle,
    bylines,
    byline: bylines.length > 0 ? bylines.join(', ') : null,
    published: meta.published ?? parsed.publishedTime ?? null,
    modified: meta.modified,
    siteName: meta.siteName ?? parsed.siteName ?? null,
    lang,
    dir: meta.dir ?? dirOf(parsed.dir) ?? 'ltr',
    leadImage: meta.leadImage,
    excerpt: parsed.excerpt?.trim() || null,
    ...readingStats(text, lang),
    html: root.innerHTML,
    text,
    figures: listFigures(root),
    readerable: text.length >= 140,
  };
  const outline = buildOutline(article, blocks);
  return { ok: true, article, outline, ms: now() - started };
}
