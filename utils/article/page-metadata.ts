import { readMetadataSources, type PageAddress } from './metadata-sources';
import { stringOf } from './json-ld';
import { sampleArticleText } from './sample-text';
import { detectLanguage, directionFor } from './detect-language';
import { findPublishDates } from './dates/find-publish-date';
import { findBylines } from './find-bylines';
import { findSubtitle } from './find-subtitle';
import { findLeadImage } from './find-lead-image';
import { findLeadFigure } from './lead-figure';
import type { Figure } from './types';
import { logoNames } from './logo-names';
import { findSiteName, statedSections, statedSiteNames } from './find-site-name';
import type { TitleContext } from './clean-title';
import { headlineText, isMastheadLink } from './find-headline';
import { normalizeSpace } from '../text/segment';
import { readPageSignals, type PageSignals } from './page-type';
import { NEVER_OVER, runToEnd, type SliceOver } from '../steps';

/** What the page says about its article outside the body: read from the original document, before Readability changes its clone. */
export interface PageMetadata {
  title: string | null;
  subtitle: string | null;
  bylines: string[];
  /** False when `bylines` come from metadata the page never prints as its author's: a signature in the body then wins. */
  bylinesShown: boolean;
  /** Texts of byline-marked menu items and list entries: never a byline, also when Readability offers one. */
  rejectedBylines: string[];
  /** `bylines` were read from an unmarked "By …" line under the headline: Readability's byline and a signed line in the story win over them. */
  bylinesFromLine: boolean;
  published: string | null;
  modified: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  leadImage: string | null;
  /** The lead picture with the caption the page prints for it, when it has one (lead-figure.ts). */
  leadFigure: Figure | null;
  /** What the page declares itself to be (for the article-or-not decision, page-type.ts). */
  signals: PageSignals;
  /** What a title is cleaned with: the JSON-LD headline, and the names printed around titles. */
  titleContext: TitleContext;
}

export interface PageMetadataOptions {
  /** "Now" for the no-future-dates rule, in ms since the epoch; tests pin it. */
  now?: number;
  /** The page's own address when `doc` is a copy parsed in an extension page. */
  address?: PageAddress;
}

/**
 * One walk over the document gathers what every finder needs (see page-index.ts); the
 * finders then read only near the headline, so this costs a small part of Readability's time.
 */
export function readPageMetadata(doc: Document, options: PageMetadataOptions = {}): PageMetadata {
  return runToEnd(readPageMetadataSteps(doc, options, NEVER_OVER));
}

/**
 * The same, yielding once a slice is over between its larger parts (the walk, the sample of the
 * text and its language, the dates, the bylines): on a page of 20,000 elements they took 75-90 ms
 * in one task of the Firefox popup, and the sample and the dates each 20-40 ms on a paragraph of
 * a million characters in Firefox's background page.
 */
export function* readPageMetadataSteps(doc: Document, options: PageMetadataOptions, sliceOver: SliceOver): Generator<void, PageMetadata> {
  const sources = readMetadataSources(doc, options.address);
  if (sliceOver()) yield;
  const sample = sampleArticleText(doc, sources.headline);
  const anchor = sources.headline ?? sample.firstElement;
  const lang = detectLanguage(doc, sample.text, {
    meta: sources.meta,
    anchor,
    jsonLdLanguage: stringOf(sources.jsonLd.article?.['inLanguage']),
  });
  const dirAttr = anchor?.closest('[dir]')?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? doc.documentElement.getAttribute('dir');
  if (sliceOver()) yield;
  const dates = findPublishDates(sources, lang, options.now);
  if (sliceOver()) yield;
  const bylines = findBylines(sources, lang);
  if (sliceOver()) yield;
  const leadImage = findLeadImage(sources);
  // A masthead h1 names the blog: no headline for the title to prefer, and one more of the page's names to cut from it.
  const headline = sources.headline ? headlineText(sources.headline.textContent ?? '') : null;
  const masthead = sources.headline !== null && isMastheadLink(sources.headline, sources.url) && doc.title.trim() !== '' && normalizeSpace(doc.title) !== headline;
  return {
    title: sources.meta.first('og:title'),
    subtitle: findSubtitle(sources),
    bylines: bylines.names,
    bylinesShown: bylines.shown,
    rejectedBylines: bylines.rejected,
    bylinesFromLine: bylines.fromLine === true,
    published: dates.published,
    modified: dates.modified,
    siteName: findSiteName(sources),
    lang,
    dir: directionFor(lang, dirAttr ?? null),
    leadImage,
    leadFigure: findLeadFigure(sources, leadImage),
    signals: readPageSignals(sources),
    titleContext: {
      jsonLdHeadline: stringOf(sources.jsonLd.article?.['headline']),
      markedHeadline: sources.headline && sources.headline.localName !== 'h1' ? headline : null,
      headlineText: masthead ? null : headline,
      openingSubheading: sources.subheading ? headlineText(sources.subheading.textContent ?? '') : null,
      documentTitle: doc.title,
      statedTitles: sources.meta.all('og:title', 'twitter:title', 'dc.title', 'dcterms.title'),
      names: [...statedSiteNames(sources), ...statedSections(sources), ...logoNames(sources), ...(masthead && headline ? [headline] : []), ...(sources.masthead ? [headlineText(sources.masthead.textContent ?? '')] : [])],
      url: sources.url,
    },
  };
}
