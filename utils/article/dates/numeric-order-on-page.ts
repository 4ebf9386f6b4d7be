import type { MetadataSources } from '../metadata-sources';
import { baseLanguage } from '../../text/tokens';
import { SHOW_TEXT } from '../node-filter';
import type { DateParts } from './date-parts';
import { isShortText, SKIPPED_PARENTS } from './find-dateline';
import { regionOfTag } from './page-region';
import { findDatesInText } from './parse-date-text';

/**
 * "7/10/12" is July 10 in the US and 7 October in Britain, and most English pages name no
 * region ("<html lang="en">", a .com address). The page itself often says which: it prints
 * the same day with its month in words ("Posted on July 10th, 2012"), or another numeric date
 * that only reads one way ("7/24/12" can only be month first). The day of a /2012/07/10/
 * address settles it as well; find-publish-date.ts applies that to every page already.
 */
export type NumericOrder = 'dayFirst' | 'monthFirst';

/** The one day a page's numbers give read day first, and read month first. */
export interface NumericReadings {
  dayFirst: DateParts;
  monthFirst: DateParts;
}

/** Text nodes read for evidence: far more than a story and its comments, a bound on a portal's endless lists. */
const MAX_TEXT_NODES = 4000;
/** A slashed date with nothing numeric either side ("7/24/12", "24/07/2012"): ASCII, no `u` flag, as parse-date-text's. */
const SLASHED_DATE = /(?<![\d./-])(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})(?![\d/])/g;
/** A machine date in a `datetime` attribute, year first: it reads one way only. */
const YEAR_FIRST_DAY = /^((?:19|20)\d{2})-(\d{2})-(\d{2})/;

/**
 * Only English is written both ways round. A page that names its region (en-GB, og:locale
 * en_US) has said which; any other language writes the day first.
 */
export function isNumericOrderOpen(sources: MetadataSources, lang: string | null): boolean {
  if (regionOfTag(lang) || regionOfTag(sources.meta.first('og:locale'))) return false;
  const base = baseLanguage(lang);
  return base === null || base === 'en';
}

/**
 * The order the rest of the page settles, by a majority of what it prints unambiguously:
 * each statement of one reading's day, each slashed date only one order can read. Null when
 * nothing does, or as much says one thing as the other.
 */
export function numericOrderOnPage(sources: MetadataSources, readings: NumericReadings): NumericOrder | null {
  const votes: Record<NumericOrder, number> = { dayFirst: 0, monthFirst: 0 };
  const vote = (order: NumericOrder | null): void => {
    if (order) votes[order] += 1;
  };
  for (const time of sources.index.times) vote(readingOf(machineDay(time), readings));
  const years = [String(readings.dayFirst.year), String(readings.monthFirst.year)];
  for (const text of textsWithDigits(sources.doc)) {
    for (const order of slashedDateOrders(text)) vote(order);
    if (years.some((year) => text.includes(year))) for (const day of unambiguousDays(text)) vote(readingOf(day, readings));
  }
  if (votes.dayFirst === votes.monthFirst) return null;
  return votes.monthFirst > votes.dayFirst ? 'monthFirst' : 'dayFirst';
}

function readingOf(day: DateParts | null, readings: NumericReadings): NumericOrder | null {
  if (!day) return null;
  const dayFirst = sameDay(day, readings.dayFirst);
  const monthFirst = sameDay(day, readings.monthFirst);
  if (dayFirst === monthFirst) return null;
  return dayFirst ? 'dayFirst' : 'monthFirst';
}

function machineDay(time: Element): DateParts | null {
  const match = YEAR_FIRST_DAY.exec(time.getAttribute('datetime') ?? '');
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

/** "7/24/12" is month first, "24/7/12" day first; "7/10/12" says nothing. */
function slashedDateOrders(text: string): NumericOrder[] {
  const orders: NumericOrder[] = [];
  for (const match of text.matchAll(SLASHED_DATE)) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (first > 12 && second >= 1 && second <= 12) orders.push('dayFirst');
    else if (second > 12 && first >= 1 && first <= 12) orders.push('monthFirst');
  }
  return orders;
}

/**
 * The days a text states the same whichever order it is read in: a month in words (every
 * language pack's names), year first, or numbers only one order can read. The ambiguous date
 * itself reads two ways and is left out.
 */
function unambiguousDays(text: string): DateParts[] {
  const monthFirst = findDatesInText(text, { monthFirst: true });
  return findDatesInText(text, { monthFirst: false })
    .filter((date) => monthFirst.some((other) => other.index === date.index && sameDay(other.parts, date.parts)))
    .map((date) => date.parts);
}

/**
 * The page's text nodes that hold a digit, up to a bound, each as the dateline-short element it
 * sits in when it is one ("July 10<sup>th</sup>, 2012" is one date).
 */
function* textsWithDigits(doc: Document): Generator<string> {
  const body = doc.body;
  if (!body) return;
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  const seen = new Set<Element>();
  let read = 0;
  for (let node = walker.nextNode(); node && read < MAX_TEXT_NODES; node = walker.nextNode(), read++) {
    const value = node.nodeValue ?? '';
    const parent = node.parentElement;
    if (!parent || SKIPPED_PARENTS.has(parent.tagName.toUpperCase()) || !/\d/.test(value)) continue;
    // Measured with a bounded count: the textContent of a page wrapper is costly.
    if (!isShortText(parent)) yield value;
    else if (!seen.has(parent)) {
      seen.add(parent);
      yield parent.textContent ?? '';
    }
  }
}

function sameDay(a: DateParts, b: DateParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
