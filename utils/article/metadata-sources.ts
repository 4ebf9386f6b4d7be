import { indexPage, type PageIndex } from './page-index';
import { readMetaTags, type MetaTags } from './meta-tags';
import { readJsonLd, type JsonLd } from './json-ld';
import { findHeadline } from './find-headline';

/** What every metadata finder reads, gathered once per page. */
export interface MetadataSources {
  doc: Document;
  index: PageIndex;
  meta: MetaTags;
  jsonLd: JsonLd;
  /** The h1 that shows the article title; datelines, bylines and deks are looked for around it. */
  headline: Element | null;
}

export function readMetadataSources(doc: Document): MetadataSources {
  const index = indexPage(doc);
  const meta = readMetaTags(index.metas);
  const titleHint = meta.first('og:title', 'twitter:title') ?? (doc.title.trim() || null);
  return {
    doc,
    index,
    meta,
    jsonLd: readJsonLd(index.jsonLdScripts, titleHint),
    headline: findHeadline(index.headings, index.itemprops, titleHint, index.titleBlocks),
  };
}
