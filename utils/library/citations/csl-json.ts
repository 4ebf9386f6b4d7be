import type { Citation, DateParts } from './model';

/**
 * CSL-JSON, the format Zotero, Pandoc and citeproc read: one object per article. JSON
 * escapes what it must by itself, and letters of every script are written as they are.
 */

interface CslDate {
  'date-parts': DateParts[];
}

type CslName = { family: string; given: string; suffix?: string } | { literal: string };

export interface CslItem {
  id: string;
  /** A story on a news or magazine site; the site is its container. */
  type: 'article-newspaper';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  issued?: CslDate;
  URL: string;
  accessed: CslDate;
  language?: string;
}

export function cslItem(citation: Citation): CslItem {
  const item: CslItem = { id: citation.key, type: 'article-newspaper', title: citation.title, URL: citation.url, accessed: { 'date-parts': [citation.accessed] } };
  if (citation.authors.length > 0) item.author = citation.authors.map((name) => ({ ...name }));
  if (citation.container) item['container-title'] = citation.container;
  if (citation.issued) item.issued = { 'date-parts': [citation.issued] };
  if (citation.lang) item.language = citation.lang;
  return item;
}

export function toCslJson(citations: readonly Citation[]): string {
  return `${JSON.stringify(citations.map(cslItem), null, 2)}\n`;
}
