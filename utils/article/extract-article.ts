import type { Article, ArticleExtraction, Block, Figure } from './types';
import { normalizeSpace } from '../text/segment';
import { readPageMetadata } from './page-metadata';
import { bylineNames } from './byline-names';
import { BODY_PASSES, type BodyPassContext } from './body-passes';
import { listBlocks, blocksToText } from './blocks';
import { readingStats } from './reading-time';
import { decidePageType } from './page-type';
import { markCaptions } from './captions';
import { closestTag } from './closest-tag';
import { parseWithDeadline } from './readability-with-deadline';
import { DeadlinePassed, NEVER_TIME_UP, type TimeUp } from '../deadline';

export interface ExtractOptions {
  /** Readability gives up (and we report "too large") past this many elements. */
  maxElems?: number;
  /** Asked between passes and inside Readability's parse; when it says yes, the answer is `timeout`. */
  timeUp?: TimeUp;
}

const TIMEOUT: ArticleExtraction = { ok: false, reason: 'timeout' };

const DEFAULT_MAX_ELEMS = 100_000;

function dirOf(value: string | null | undefined): 'ltr' | 'rtl' | null {
  return value === 'rtl' || value === 'ltr' ? value : null;
}

function listFigures(root: Element): Figure[] {
  return Array.from(root.querySelectorAll('img')).map((img) => {
    const caption = closestTag(img, 'figure')?.querySelector('figcaption')?.textContent ?? '';
    return { src: img.getAttribute('src') ?? '', alt: img.getAttribute('alt') ?? '', caption: caption.replace(/\s+/gu, ' ').trim() };
  });
}

/** A lead that is also the body's first paragraph (a "sapo") stays in the body and is not repeated as a dek. */
function dekUnlessFirstParagraph(dek: string | null, blocks: Block[]): string | null {
  const first = blocks.find((block) => !block.caption && block.text !== '');
  return dek !== null && first?.text === normalizeSpace(dek) ? null : dek;
}

function runReadability(page: Document, timeUp: TimeUp) {
  const clone = page.cloneNode(true) as Document;
  // Before Readability strips the class and style attributes that tell a caption apart.
  markCaptions(clone);
  // No maxElemsToParse: the page was counted before cloning, and Readability would count again.
  return parseWithDeadline(clone, timeUp);
}

/**
 * page → Article + the body blocks the outline reads. Never changes `page`: Readability
 * works on a clone. Knows nothing of the outline: utils/read-page.ts joins the two.
 */
export function extractArticle(page: Document, url: string, options: ExtractOptions = {}): ArticleExtraction {
  const win = page.defaultView as (Window & typeof globalThis) | null;
  if (!win) return { ok: false, reason: 'failed', detail: 'document has no window' };
  // Counted before cloning: Readability would only refuse after the costly clone.
  if (page.getElementsByTagName('*').length > (options.maxElems ?? DEFAULT_MAX_ELEMS)) {
    return { ok: false, reason: 'too-large' };
  }
  const timeUp = options.timeUp ?? NEVER_TIME_UP;
  const meta = readPageMetadata(page);
  if (timeUp()) return TIMEOUT;
  let parsed;
  try {
    parsed = runReadability(page, timeUp);
  } catch (error) {
    if (error instanceof DeadlinePassed) return TIMEOUT;
    const tooLarge = error instanceof Error && /elements/iu.test(error.message);
    return { ok: false, reason: tooLarge ? 'too-large' : 'failed', detail: String(error) };
  }
  const root = parsed?.content;
  if (!parsed || !root || !(root instanceof win.Element)) return { ok: false, reason: 'no-content' };

  const lang = meta.lang ?? parsed.lang ?? null;
  const title = (parsed.title ?? meta.title ?? page.title).trim();
  // Readability's byline is raw page text ("By\n\t\tJane Doe", "by X22 Dec 2016"): cleaned, or dropped when it names no one.
  const readabilityBylines = parsed.byline ? bylineNames(parsed.byline, lang) : [];
  const knownBylines = meta.bylines.length > 0 ? meta.bylines : readabilityBylines;
  const ctx: BodyPassContext = { bylines: [], lang, title, knownBylines };
  for (const pass of BODY_PASSES) {
    if (timeUp()) return TIMEOUT;
    pass(root, ctx);
  }
  // No DOMPurify here: in jsdom it costs a quarter of Readability's own time. The HTML is
  // sanitized where it becomes DOM, in components/SafeHtml.tsx, every time it is shown.

  const blocks = listBlocks(root);
  if (timeUp()) return TIMEOUT;
  const text = blocksToText(blocks);
  const bylines = knownBylines.length > 0 ? knownBylines : ctx.bylines;
  const article: Article = {
    url,
    title,
    subtitle: dekUnlessFirstParagraph(meta.subtitle, blocks),
    bylines,
    byline: bylines.length > 0 ? bylines.join(', ') : null,
    // readPageMetadata reads every source Readability reads and rejects future and pre-1990 dates, so no fallback.
    published: meta.published,
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
    readerable: decidePageType({ url, signals: meta.signals, root, blocks, text }) === 'article',
  };
  return { ok: true, article, blocks };
}
