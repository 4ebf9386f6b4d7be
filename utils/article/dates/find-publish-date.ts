import type { MetadataSources } from '../metadata-sources';
import { stringOf } from '../json-ld';
import { isInPageChromeOrLinkList } from '../page-chrome';
import { isPlausibleArticleDate, toIsoString, withImpliedZone, type DateParts } from './date-parts';
import { findDateline } from './find-dateline';
import { parseMachineDate } from './parse-machine-date';
import type { DateTextOptions } from './parse-date-text';

/**
 * Publish and update dates, from the most deliberate statement to the least: JSON-LD,
 * meta tags, microdata, the dateline by the headline, and the URL. Readability reads
 * only the first two (and only the publish date).
 */
export interface PublishDates {
  /** ISO 8601: "2024-01-26", "2024-01-26T10:21:48", "2024-01-26T10:21:48+07:00". */
  published: string | null;
  modified: string | null;
}

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'published_time', 'article:published',
  'datepublished', 'parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'dcterms.date', 'dc:date',
  'citation_publication_date', 'citation_online_date', 'citation_date', 'date', 'og:pubdate', 'article_date_original',
];

const MODIFIED_META = [
  'article:modified_time', 'og:article:modified_time', 'og:updated_time', 'modified_time', 'article:modified',
  'datemodified', 'dcterms.modified', 'dc.date.modified', 'last-modified', 'lastmod', 'article_date_updated',
];

/** News URLs such as /2024/01/26/slug: a day, never a time. */
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/u;

/** Only US English writes the month first in numeric dates. */
function writesMonthFirst(sources: MetadataSources, lang: string | null): boolean {
  const region = lang ?? sources.meta.first('og:locale') ?? '';
  return /^en[-_]us$/iu.test(region) || (/^en$/iu.test(region) && /^en[-_]us$/iu.test(sources.meta.first('og:locale') ?? ''));
}

function microdataValue(sources: MetadataSources, prop: string): string | null {
  for (const el of sources.index.itemprops) {
    if (!(el.getAttribute('itemprop') ?? '').split(/\s+/u).includes(prop)) continue;
    if (isInPageChromeOrLinkList(el)) continue;
    const value = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent;
    if (value?.trim()) return value;
  }
  return null;
}

function timeElementValue(sources: MetadataSources): string | null {
  for (const time of sources.index.times) {
    const marked = time.hasAttribute('pubdate') || /publish|posted|created/iu.test(time.getAttribute('class') ?? '');
    if (marked && !isInPageChromeOrLinkList(time)) return time.getAttribute('datetime') ?? time.textContent;
  }
  return null;
}

function urlDate(url: string): DateParts | null {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = URL_DATE.exec(path);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

export function findPublishDates(sources: MetadataSources, lang: string | null, now: number = Date.now()): PublishDates {
  const options: DateTextOptions = { monthFirst: writesMonthFirst(sources, lang) };
  const acceptable = (parts: DateParts | null): parts is DateParts => parts !== null && isPlausibleArticleDate(parts, now);
  const firstOf = (values: (string | null)[]): DateParts | null => {
    for (const value of values) {
      const parts = value ? parseMachineDate(value, options) : null;
      if (acceptable(parts)) return parts;
    }
    return null;
  };
  const { article, webPage } = sources.jsonLd;
  let published = firstOf([
    stringOf(article?.['datePublished']),
    stringOf(article?.['dateCreated']),
    stringOf(webPage?.['datePublished']),
    ...sources.meta.all(...PUBLISHED_META),
    microdataValue(sources, 'datePublished'),
  ]);
  let modified = firstOf([
    stringOf(article?.['dateModified']),
    stringOf(webPage?.['dateModified']),
    ...sources.meta.all(...MODIFIED_META),
    microdataValue(sources, 'dateModified'),
  ]);
  // A day without its time (<meta name="publishdate" content="2017-03-10">) is completed by the dateline printed for that day.
  if (!published || !modified || !published.time) {
    const dateline = findDateline(sources.doc, sources.headline, options, acceptable);
    if (published && !published.time && dateline.published?.time && sameDay(published, dateline.published)) published = dateline.published;
    published ??= dateline.published ?? firstOf([timeElementValue(sources)]);
    modified ??= dateline.modified;
  }
  published ??= [urlDate(sources.url)].find(acceptable) ?? null;
  return {
    published: published ? toIsoString(withImpliedZone(published, lang)) : null,
    modified: modified && !isBefore(modified, published) ? toIsoString(withImpliedZone(modified, lang)) : null,
  };
}

function sameDay(a: DateParts, b: DateParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** An "update" before the publication is a CMS default, not an update. */
function isBefore(a: DateParts, b: DateParts | null): boolean {
  if (!b) return false;
  const day = (p: DateParts) => p.year * 10_000 + p.month * 100 + p.day;
  return day(a) < day(b);
}
