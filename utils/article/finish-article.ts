import type { Article, ArticleExtraction, Block, Figure } from './types';
import { normalizeSpace } from '../text/segment';
import { bylineNames, withoutSiteName } from './byline-names';
import { BODY_PASSES, type BodyPassContext } from './body-passes';
import { listBlocks, blocksToText, articleParagraphs } from './blocks';
import { readingStatsInSlices } from './reading-time';
import { decidePageType } from './page-type';
import { cleanTitle } from './clean-title';
import { openingHeadingTitle } from './opening-heading';
import { isUrlLike } from './find-site-name';
import { closestTag } from './closest-tag';
import { CREDIT_ATTR } from './captions';
import { visibleText } from './visible-text';
import { addLeadFigure } from './lead-figure';
import { articleExcerpt, excerptIsFirstParagraph } from './article-excerpt';
import { splitCaptionCredit, withoutCreditJoint, withoutHiddenCreditLabel } from './caption-credit';
import type { LiveReading } from './live-reading';
import type { PageMetadata } from './page-metadata';
import type { TimeUp } from '../deadline';
import { NEVER_OVER, runToEnd, type SliceOver } from '../steps';

const TIMEOUT: ArticleExtraction = { ok: false, reason: 'timeout' };

function dirOf(value: string | null | undefined): 'ltr' | 'rtl' | null {
  return value === 'rtl' || value === 'ltr' ? value : null;
}

const isCredit = (el: Element): boolean => el.hasAttribute(CREDIT_ATTR);

function captionParts(figcaption: Element | null): Pick<Figure, 'caption' | 'credit'> {
  const caption = figcaption ? visibleText(figcaption, isCredit) : '';
  const credits = figcaption ? Array.from(figcaption.querySelectorAll(`[${CREDIT_ATTR}]`), (el) => withoutHiddenCreditLabel(visibleText(el))).filter((c) => c !== '') : [];
  // No credit marked apart: one written into the text ("… - Ảnh: Trần Vinh") is taken out of it.
  return credits.length > 0 ? { caption: withoutCreditJoint(caption), credit: credits.join(' ') } : splitCaptionCredit(caption);
}

/**
 * Every picture with its caption, in reading order; and every caption whose picture Readability
 * dropped (a lazy or script-set image): the reading view still shows it as a caption, so it is
 * listed too, with no `src`, rather than lost or read as a paragraph.
 */
function listFigures(root: Element): Figure[] {
  const figures: Figure[] = [];
  for (const el of root.querySelectorAll('img, figure > figcaption')) {
    if (el.localName === 'img') {
      figures.push({ src: el.getAttribute('src') ?? '', alt: el.getAttribute('alt') ?? '', ...captionParts(closestTag(el, 'figure')?.querySelector('figcaption') ?? null) });
    } else if (el.parentElement?.querySelector('img') === null) {
      const parts = captionParts(el);
      if (parts.caption !== '' || parts.credit !== '') figures.push({ src: '', alt: '', ...parts });
    }
  }
  return figures;
}

/** A lead that is also one of the body's first paragraphs (a "sapo") stays in the body and is not repeated as a dek. */
function dekUnlessOpeningParagraph(dek: string | null, blocks: Block[]): string | null {
  if (dek === null) return dek;
  const lead = normalizeSpace(dek);
  // A kicker or a dateline line may come before it ("In Depth | 19 July 2012"): the body's first few blocks are asked.
  const opening = blocks.filter((block) => !block.caption && block.text !== '').slice(0, LEAD_WITHIN_BLOCKS);
  // "TPO - Bộ trưởng …": the body's copy lost its source tag (header-echoes.ts), the dek kept it.
  const repeats = opening.some((block) => block.text === lead || (block.text.length >= lead.length / 2 && lead.endsWith(` ${block.text}`)));
  return repeats ? null : dek;
}
/** How far into the body the lead may be printed again. */
const LEAD_WITHIN_BLOCKS = 3;

/**
 * Readability's output and the page's metadata → Article + blocks: the body passes, the text and the article-or-not
 * decision. Needs no live page: `root` is Readability's content rebuilt from its HTML
 * (rebuildRoot), here or in an extension page (utils/finish-reading.ts). Changes `root`.
 */
export function finishArticle(reading: LiveReading, meta: PageMetadata, root: Element, timeUp: TimeUp): ArticleExtraction {
  return runToEnd(finishArticleSteps(reading, meta, root, timeUp, NEVER_OVER));
}

/**
 * finishArticle's work, yielding where a pause may come once the slice is over (between body
 * passes, between paragraphs as words are counted, before the article's HTML and figures are
 * read): on a million-character article each of these takes tens of milliseconds in Firefox,
 * too much for one task of the popup (tests/e2e/firefox-hostile-layout.test.ts).
 */
export function* finishArticleSteps(reading: LiveReading, meta: PageMetadata, root: Element, timeUp: TimeUp, sliceOver: SliceOver): Generator<void, ArticleExtraction> {
  const { readability: parsed, url } = reading;
  const lang = meta.lang ?? parsed.lang ?? null;
  const title = cleanTitle(parsed.title ?? meta.title ?? reading.pageTitle, { ...meta.titleContext, url }) || openingHeadingTitle(root, lang);
  // Readability's byline is raw page text ("By\n\t\tJane Doe", "by X22 Dec 2016"): cleaned, or dropped when it names no one.
  const readabilityBylines = parsed.byline && !meta.rejectedBylines.includes(normalizeSpace(parsed.byline)) ? withoutSiteName(bylineNames(parsed.byline, lang), [meta.siteName, ...meta.titleContext.names], url) : [];
  // An unmarked "By …" line under the headline is the last resort: "Posted by Submission" names the blog's account where "by William Moss" opens the story.
  const lineBylines = meta.bylinesFromLine ? meta.bylines : [];
  const statedBylines = meta.bylinesFromLine ? [] : meta.bylines;
  const knownBylines = statedBylines.length > 0 ? statedBylines : readabilityBylines;
  const ctx: BodyPassContext = { bylines: [], lang, title, knownBylines, lineBylines: knownBylines.length > 0 ? [] : lineBylines, published: meta.published, modified: meta.modified, siteName: meta.siteName, subtitle: meta.subtitle };
  const excerptFromContent = excerptIsFirstParagraph(parsed.excerpt, root);
  for (const pass of BODY_PASSES) {
    if (timeUp()) return TIMEOUT;
    pass(root, ctx);
    if (sliceOver()) yield;
  }
  // After the passes, which read the body Readability found; the lead picture was never part of it.
  addLeadFigure(root, meta.leadFigure, url);
  // No DOMPurify here: in jsdom it costs a quarter of Readability's own time. The HTML is
  // sanitized where it becomes DOM, in components/SafeHtml.tsx, every time it is shown.

  const blocks = listBlocks(root);
  if (timeUp()) return TIMEOUT;
  if (sliceOver()) yield;
  const paragraphs = articleParagraphs(blocks);
  const stats = yield* readingStatsInSlices(paragraphs, lang, sliceOver);
  if (timeUp()) return TIMEOUT;
  // Whether this is an article at all is judged on its prose: a gallery's captions do not make it one.
  const prose = blocksToText(blocks);
  // The body's own signature beats metadata names the page never prints as its author's.
  const found = knownBylines.length > 0 && (meta.bylinesShown || ctx.bylines.length === 0) ? knownBylines : ctx.bylines;
  const bylines = found.length > 0 ? found : lineBylines;
  const article: Article = {
    url,
    title,
    subtitle: dekUnlessOpeningParagraph(meta.subtitle, blocks),
    bylines,
    byline: bylines.length > 0 ? bylines.join(', ') : null,
    // readPageMetadata reads every source Readability reads and rejects future and pre-1990 dates, so no fallback.
    published: meta.published,
    modified: meta.modified,
    siteName: meta.siteName ?? (parsed.siteName && !isUrlLike(parsed.siteName) ? parsed.siteName : null),
    lang,
    dir: meta.dir ?? dirOf(parsed.dir) ?? 'ltr',
    leadImage: meta.leadImage,
    excerpt: articleExcerpt(parsed.excerpt, excerptFromContent, blocks),
    ...stats,
    html: root.innerHTML,
    text: paragraphs.join('\n\n'),
    figures: listFigures(root),
    readerable: decidePageType({ url, signals: meta.signals, root, blocks, text: prose, dated: meta.published !== null, named: bylines.length > 0 }) === 'article',
  };
  return { ok: true, article, blocks };
}
