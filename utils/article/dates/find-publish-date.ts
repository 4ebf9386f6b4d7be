import type { MetadataSources } from '../metadata-sources';
import { stringOf } from '../json-ld';
import { isInPageChromeOrLinkList } from '../page-chrome';
import { isPlausibleArticleDate, toIsoString, withImpliedZone, zoneImpliedByLanguage, type DateParts } from './date-parts';
import { regionZone } from './page-region';
import { findDateline, findTimeOnDay, type DatelineDates } from './find-dateline';
import { findLabelledDate } from './find-labelled-date';
import { findClassedDate } from './find-classed-date';
import { dateAnchor } from './date-anchor';
import { parseMachineDate } from './parse-machine-date';
import { findDatesInText, type DateTextOptions } from './parse-date-text';
import { isNumericOrderOpen, numericOrderOnPage, type NumericReadings } from './numeric-order-on-page';

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
  'publication_date', 'publicationdate', 'dateofpublication', 'date_published',
  'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'dcterms.date', 'dc:date',
  'citation_publication_date', 'citation_online_date', 'citation_date',
  // Names fewer CMSs write (htmldate reads them too): newspaper systems, analytics and share tags.
  'article:published_date', 'article:publicationdate', 'article:post_date', 'article.published', 'article.created',
  'published_date', 'published-date', 'publisheddate', 'publish_time', 'og:publish_date', 'og:datepublished',
  'dc.date.publication', 'dc.created', 'dc:created', 'dcsext.articlefirstpublished', 'rnews:datepublished',
  'originalpublicationdate', 'datecreated', 'date_created', 'dateposted', 'displaydate', 'doc_date', 'content_create_date',
  'analyticsattributes.articledate', 'cxenseparse:recs:publishtime', 'shareaholic:article_published_time',
  'mediator_published_time', 'vr:published_time', 'twt-published-at', 'bt:pubdate', 'rbpubdate', 'og:regdate',
  'release_date', 'created',
  'date', 'og:pubdate', 'article_date_original',
];

const MODIFIED_META = [
  'article:modified_time', 'og:article:modified_time', 'og:updated_time', 'modified_time', 'article:modified',
  'datemodified', 'dcterms.modified', 'dc.date.modified', 'last-modified', 'lastmod', 'article_date_updated',
];

/** News URLs such as /2024/01/26/slug: a day, never a time. */
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/u;
/** The same day written in one run, as an id's prefix: "/20170309-35097838", "?a=20170309-…", "/news_20240126.html". */
const COMPACT_URL_DATE = /(?:^|[/?=&_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=[/&_.-]|$)/u;

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
  return markedTitleValue(sources.doc);
}

/**
 * The hAtom microformat of older blogs and CMSs: `<abbr class="published" title="2019-03-12T10:00:00+01:00">`,
 * the machine date in the title, the text a short "12. März".
 */
function markedTitleValue(doc: Document): string | null {
  for (const el of doc.querySelectorAll('abbr.published[title], .published[title], .dtstart[title]')) {
    if (!isInPageChromeOrLinkList(el)) return el.getAttribute('title');
  }
  return null;
}

/**
 * "datePublished" as written in a JSON-LD block that is not valid JSON (a trailing comma, an
 * unescaped quote in the headline): the parser gives up on the whole block, the date in it is
 * still the page's. So is a video page's "uploadDate" (a VideoObject, not an article). Read
 * only when nothing better states the day.
 */
const JSON_LD_DATE = /"(?:datePublished|uploadDate)"\s*:\s*"([^"]{8,40})"/u;

function unparsedJsonLdDate(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type*="ld+json" i]')) {
    const match = JSON_LD_DATE.exec(script.textContent ?? '');
    if (match?.[1]) return match[1];
  }
  return null;
}

/** The day of a /2024/01/26/ path: a compact "20240126" may be an id's date, set before the story was written. */
function urlPathDay(url: string | null): DateParts | null {
  try {
    const match = URL_DATE.exec(new URL(url ?? '').pathname);
    return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
  } catch {
    return null;
  }
}

function urlDate(url: string | null): DateParts | null {
  let address: URL;
  try {
    address = new URL(url ?? '');
  } catch {
    return null;
  }
  const match = URL_DATE.exec(address.pathname) ?? COMPACT_URL_DATE.exec(address.pathname + address.search);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

/**
 * The day in the document's title ("… - 07.12.2017 - LA NACION"): some papers print it
 * there and nowhere else. Only a title with one date, read as a day: a time there is rare
 * and a title with two dates is about them.
 */
function titleDate(doc: Document, options: DateTextOptions): DateParts | null {
  const found = findDatesInText(doc.title, options);
  const only = found.length === 1 ? found[0] : undefined;
  return only ? { year: only.parts.year, month: only.parts.month, day: only.parts.day } : null;
}

/**
 * "2018-12-21T12:55:00Z" in JSON-LD beside "2018-12-21 12:55:00" in the meta tags and
 * "12h55" on the page: a CMS that stamps local time as UTC. When the page's own zone is
 * known and another statement gives the same clock time without a zone, the "Z" is dropped
 * so that zone applies.
 */
function withoutFalseUtc(parts: DateParts, others: readonly (DateParts | null)[], zoneKnown: boolean): DateParts {
  if (parts.zone !== 'Z' || !zoneKnown || !parts.time) return parts;
  const { hour, minute } = parts.time;
  const sameClock = others.some((o) => o && o.zone === undefined && o.time && sameDay(o, parts) && o.time.hour === hour && o.time.minute === minute);
  if (!sameClock) return parts;
  return { year: parts.year, month: parts.month, day: parts.day, time: parts.time };
}

/** The days as read, before they are written out in the page's zone. */
interface PublishDays {
  published: DateParts | null;
  modified: DateParts | null;
}

export function findPublishDates(sources: MetadataSources, lang: string | null, now: number = Date.now()): PublishDates {
  const readEitherWay: DateParts[] = [];
  const days = readPublishDays(sources, lang, { monthFirst: writesMonthFirst(sources, lang), readEitherWay }, now);
  const orderOpen = isNumericOrderOpen(sources, lang) && isReadEitherWay(days, readEitherWay);
  const { published, modified } = orderOpen ? inPageOrder(days, sources, () => readPublishDays(sources, lang, { monthFirst: true }, now)) : days;
  const zone = regionZone(sources, lang);
  return {
    published: published ? toIsoString(withImpliedZone(published, lang, zone)) : null,
    modified: modified && !isBefore(modified, published) ? toIsoString(withImpliedZone(modified, lang, zone)) : null,
  };
}

function readPublishDays(sources: MetadataSources, lang: string | null, options: DateTextOptions, now: number): PublishDays {
  const acceptable = (parts: DateParts | null): parts is DateParts => parts !== null && isPlausibleArticleDate(parts, now);
  const firstOf = (values: (string | null)[]): DateParts | null => {
    for (const value of values) {
      const parts = value ? parseMachineDate(value, options) : null;
      if (acceptable(parts)) return parts;
    }
    return null;
  };
  const { article, webPage } = sources.jsonLd;
  const publishedValues = [
    stringOf(article?.['datePublished']),
    stringOf(article?.['dateCreated']),
    stringOf(webPage?.['datePublished']),
    ...sources.meta.all(...PUBLISHED_META),
    microdataValue(sources, 'datePublished'),
  ];
  let published = firstOf(publishedValues);
  let modified = firstOf([
    stringOf(article?.['dateModified']),
    stringOf(webPage?.['dateModified']),
    ...sources.meta.all(...MODIFIED_META),
    microdataValue(sources, 'dateModified'),
  ]);
  // A day without its time (<meta name="publishdate" content="2017-03-10">) is completed by the dateline printed for that day.
  if (!published || !modified || !published.time || isUtcOrUnzoned(published)) {
    const dateline = findVisibleDateline(sources, options, acceptable);
    if (published && !published.time && dateline.published?.time && sameDay(published, dateline.published)) published = dateline.published;
    // "2012/07/24 00:55:05" in the meta tags, "23 July 2012 … 20:55 ET" under the headline: a
    // machine time in UTC (or in no stated zone) can fall on the next or previous day of the
    // page's own clock. The day the page prints for its readers is the day.
    // Another machine statement of that day ("17:18:13-08:00" beside "2017-02-24T01:18:13Z") keeps the instant.
    const shown = dateline.published;
    // So can a day written with no time at all (DC.date.issued "2012-08-16" over "Posted at 02:30 PM ET, 08/15/2012").
    if (published && shown && (isUtcOrUnzoned(published) || !published.time) && Math.abs(dayNumber(published) - dayNumber(shown)) === 1) {
      published = publishedValues.map((value) => (value ? parseMachineDate(value, options) : null)).find((parts) => acceptable(parts) && sameDay(parts, shown)) ?? shown;
    }
    published ??= dateline.published ?? firstOf([timeElementValue(sources), unparsedJsonLdDate(sources.doc)]);
    modified ??= dateline.modified;
  }
  const addressDay = [urlDate(sources.url), urlDate(sources.meta.first('og:url'))].find(acceptable);
  if (!published) {
    const day = addressDay
      ?? findLabelledDate(sources.doc, options, acceptable)
      ?? [titleDate(sources.doc, options)].find(acceptable)
      ?? findClassedDate(sources.doc, sources.headline, options, acceptable);
    published = day ? ([findTimeOnDay(sources.doc, sources.headline, day)].find(acceptable) ?? day) : null;
  }
  // A story cannot come out after the day its own address names: a later "date" is when the
  // page was served ("<meta name="date" content="July 31, 2012, 2:38 pm">) on /2012/07/24/….
  const pathDay = [urlPathDay(sources.url), urlPathDay(sources.meta.first('og:url'))].find(acceptable);
  if (published && pathDay) published = inAddressOrder(published, pathDay);
  // Unless the page prints that later day for its readers by the headline ("Posted at 02:30 PM ET,
  // 08/15/2012" on /2012/07/16/…, where the address was made when the post was begun).
  if (published && pathDay && dayNumber(published) > dayNumber(pathDay) + 1 && !isPrintedDay(published, sources, options, acceptable)) published = pathDay;
  const zone = regionZone(sources, lang);
  const zoneKnown = zone !== null && (zone ?? zoneImpliedByLanguage(lang)) !== undefined;
  const machine = publishedValues.map((value) => (value ? parseMachineDate(value, options) : null));
  if (published) published = withoutFalseUtc(published, machine, zoneKnown);
  return { published, modified };
}

/**
 * A page that names no region was read day first. When a day it gave was a numeric date the
 * other order reads too ("7/10/12"), the page is read again month first (the choice of
 * dateline can change with the reading); where that gives other days, what the rest of the
 * page prints picks the reading (numeric-order-on-page.ts).
 */
function inPageOrder(days: PublishDays, sources: MetadataSources, readMonthFirst: () => PublishDays): PublishDays {
  const other = readMonthFirst();
  const readings = differingReadings(days, other);
  if (!readings) return days;
  return numericOrderOnPage(sources, readings) === 'monthFirst' ? other : days;
}

/** A day given is one a numeric date gave that the other order reads as another day: on most pages none is. */
function isReadEitherWay(days: PublishDays, readEitherWay: readonly DateParts[]): boolean {
  return [days.published, days.modified].some((day) => day !== null && readEitherWay.some((read) => sameDay(read, day)));
}

/** The first day the two readings of the page disagree on, or null when they agree. */
function differingReadings(dayFirst: PublishDays, monthFirst: PublishDays): NumericReadings | null {
  for (const key of ['published', 'modified'] as const) {
    const a = dayFirst[key];
    const b = monthFirst[key];
    if (a && b && !sameDay(a, b)) return { dayFirst: a, monthFirst: b };
    if ((a === null) !== (b === null)) return null;
  }
  return null;
}

/**
 * The dateline by the headline. On a page with no headline the title's own element stands for
 * it; a table layout can set the dateline in the next table, out of that element's reach, so the
 * top of the page is read as well before the page is called undated.
 */
function findVisibleDateline(sources: MetadataSources, options: DateTextOptions, acceptable: (parts: DateParts) => boolean): DatelineDates {
  const anchor = dateAnchor(sources);
  const dateline = findDateline(sources.doc, anchor, options, acceptable);
  if (sources.headline || !anchor || dateline.published || dateline.modified) return dateline;
  return findDateline(sources.doc, null, options, acceptable);
}

/** The visible dateline by the headline states `day` (or the day next to it: a machine date in UTC). */
function isPrintedDay(day: DateParts, sources: MetadataSources, options: DateTextOptions, acceptable: (parts: DateParts) => boolean): boolean {
  const shown = findVisibleDateline(sources, options, acceptable).published;
  return shown !== null && Math.abs(dayNumber(shown) - dayNumber(day)) <= 1;
}

/**
 * "01/07/2008" under the headline of /2008/01/07/story: the address writes the year, month and
 * day in a fixed order, the page's numbers only agree with it read the other way round. A page
 * with no stated region is read day first, so the address settles the order it was written in.
 */
function inAddressOrder(shown: DateParts, address: DateParts): DateParts {
  const swapped = shown.year === address.year && shown.day === address.month && shown.month === address.day && shown.day !== shown.month;
  return swapped ? { ...shown, month: address.month, day: address.day } : shown;
}

/** A machine time that may not be the page's own clock: stated in UTC, or in no zone at all. */
function isUtcOrUnzoned(parts: DateParts): boolean {
  return parts.time !== undefined && (parts.zone === undefined || parts.zone === 'Z');
}

function sameDay(a: DateParts, b: DateParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function dayNumber(p: DateParts): number {
  return Date.UTC(p.year, p.month - 1, p.day) / 86_400_000;
}

/** An "update" before the publication is a CMS default, not an update. */
function isBefore(a: DateParts, b: DateParts | null): boolean {
  return b !== null && dayNumber(a) < dayNumber(b);
}
