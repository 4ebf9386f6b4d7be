import { indexPage, type PageIndex } from './page-index';
import { readMetaTags, type MetaTags } from './meta-tags';
import { readJsonLd, type JsonLd } from './json-ld';
import { findHeadline, postHeadingAfterMasthead, subheadingByTitle } from './find-headline';

/** What every metadata finder reads, gathered once per page. */
export interface MetadataSources {
  doc: Document;
  /** The page's address and the base its relative links resolve against: the page's own, also when `doc` is a copy parsed elsewhere. */
  url: string;
  baseUrl: string;
  index: PageIndex;
  meta: MetaTags;
  jsonLd: JsonLd;
  /** The h1 that shows the article title; datelines, bylines and deks are looked for around it. */
  headline: Element | null;
  /** The h1 that names the blog where the post's own title is a lower heading (postHeadingAfterMasthead): a name of the site. */
  masthead: Element | null;
  /** With no headline, the h2 the title opens with (a page whose h1 is its logo, or that has none): bylines are read under it, the title cut after it. */
  subheading: Element | null;
}

/** Where a document came from, when it is a copy of the page parsed in another context (DOMParser gives it that context's address). */
export interface PageAddress {
  url: string;
  baseUrl: string;
}

export function readMetadataSources(doc: Document, address: PageAddress = { url: doc.URL, baseUrl: doc.baseURI }): MetadataSources {
  const index = indexPage(doc);
  const meta = readMetaTags(index.metas);
  const titleHint = meta.first('og:title', 'twitter:title') ?? (doc.title.trim() || null);
  const found = findHeadline(index.headings, index.itemprops, titleHint, index.titleBlocks);
  const post = found && titleHint ? postHeadingAfterMasthead(found, titleHint) : null;
  const headline = post ?? found;
  return {
    doc,
    ...address,
    index,
    meta,
    jsonLd: readJsonLd(index.jsonLdScripts, titleHint),
    headline,
    masthead: post ? found : null,
    subheading: headline ? null : subheadingByTitle(doc.getElementsByTagName('h2'), titleHint),
  };
}
