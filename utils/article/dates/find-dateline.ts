import { isChromeNearHeadline } from '../chrome-near-headline';
import { headlineScope } from '../find-headline';
import { normalizeSpace } from '../../text/segment';
import { isRealTime, type DateParts } from './date-parts';
import { ANY_DIGIT, findDatesInText, type DateTextOptions } from './parse-date-text';
import { parseMachineDate } from './parse-machine-date';
import { closestTag } from '../closest-tag';
import { byClassOrProp } from '../captions';
import { SHOW_TEXT } from '../node-filter';
import { allLanguages } from '../../lang';
import { isBlankText, trimmedLength } from '../../dom/text-node';

/**
 * The visible dateline: the date printed next to the headline ("26/01/2024 10:21:48" above
 * the h1 on the seed page). Only text near the headline is read, nearest first, so the
 * portal's "today is Friday 26/01/2024" bar and the related-links dates lose to it.
 */
export interface DatelineDates {
  published: DateParts | null;
  modified: DateParts | null;
}

/** Text nodes read on each side of the headline; a dateline further away belongs to something else. */
const NODES_EACH_SIDE = 60;
/** Text nodes read from the top of the page when it has no headline. */
const NODES_WITHOUT_HEADLINE = 200;
/** A dateline is a short line; longer text is a sentence that mentions a date. */
const MAX_DATELINE_CHARS = 160;

export const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'OPTION', 'SELECT', 'TITLE']);

/** A label that makes the date after it an update ("Updated", "Cập nhật lúc", "aktualisiert am"): every pack's. */
const MODIFIED_LABEL = new RegExp(String.raw`(?:${allLanguages('updatedLabels').join('|')})\s*:?\s*$`, 'iu');

/** Text nodes around the headline, nearest first: one before, one after, two before, … */
function nearbyTextNodes(doc: Document, headline: Element | null, body: Element): Text[] {
  if (!headline) {
    const walker = doc.createTreeWalker(body, SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n && nodes.length < NODES_WITHOUT_HEADLINE; n = walker.nextNode()) nodes.push(n as Text);
    return nodes;
  }
  const walker = doc.createTreeWalker(headlineScope(headline), SHOW_TEXT);
  const before: Text[] = [];
  walker.currentNode = headline;
  // Only text counts: the blank nodes between the tags of table layouts would use up the reach.
  for (let n = walker.previousNode(); n && before.length < NODES_EACH_SIDE; n = walker.previousNode()) {
    if (!isBlankText(n as Text)) before.push(n as Text);
  }
  const after: Text[] = [];
  walker.currentNode = headline;
  // Skip the headline's own text: a title may contain a date ("Kết quả ngày 26/01/2024").
  for (let n = walker.nextNode(); n && after.length < NODES_EACH_SIDE; n = walker.nextNode()) {
    if (!headline.contains(n) && !isBlankText(n as Text)) after.push(n as Text);
  }
  const ordered: Text[] = [];
  for (let i = 0; i < NODES_EACH_SIDE; i++) {
    const b = before[i];
    const a = after[i];
    if (b) ordered.push(b);
    if (a) ordered.push(a);
  }
  return ordered;
}

/** True when the element's text is dateline-short; stops counting there, since textContent of a page wrapper is costly. */
export function isShortText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  let length = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    length += trimmedLength(n as Text);
    if (length > MAX_DATELINE_CHARS) return false;
  }
  return true;
}

/** The short element that holds the whole dateline, so "<span>26/01/2024</span> <span>10:21</span>" reads as one line. */
export function datelineElement(text: Text, headline: Element | null): Element | null {
  const start = text.parentElement;
  if (!start || SKIPPED_PARENTS.has(start.tagName.toUpperCase())) return null;
  let el: Element = start;
  for (let level = 0; level < 3; level++) {
    const parent: Element | null = el.parentElement;
    if (!parent || parent.tagName.toUpperCase() === 'BODY' || (headline && parent.contains(headline))) break;
    if (!isShortText(parent)) break;
    el = parent;
  }
  return el;
}

/**
 * "© 2019 Zeitung GmbH", "Copyright Zeitung 2019": a copyright line dates the site, never the
 * story. A photo credit "Foto: © dpa | 12.03.2019" has no year after its mark and stays.
 */
export const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:[\p{L}.&-]+\s+){0,4}(?:19|20)\d{2}(?!\d)/iu;

/** A site header (logo, menu, today's date) is a <header> that does not hold the headline; figures and data tables date other things. */
function isOutsideArticle(el: Element, headline: Element | null): boolean {
  const header = closestTag(el, 'header');
  if (header && !(headline && header.contains(headline))) return true;
  if (closestTag(el, 'figure', 'figcaption', 'h1')) return true;
  // A row with a header cell is a data table ("Initial release | 28 February 1998" in an
  // infobox), not a dateline; layout tables of old portals have no th.
  return closestTag(el, 'tr')?.querySelector('th') != null;
}

/**
 * "… in this June 3, 2007, file photo": a caption dates its picture, not the story. Asked from
 * the date's own text up to the dateline element, which may have climbed past the caption.
 */
function isInCaption(text: Text, el: Element): boolean {
  for (let node = text.parentElement; node; node = node.parentElement) {
    if (byClassOrProp(node)) return true;
    if (node === el) return node.parentElement !== null && byClassOrProp(node.parentElement);
  }
  return false;
}

/**
 * The element's text with a space where two words or numbers meet across an element boundary:
 * minified pages print "<span>09:30</span><span>12/03/2018</span>", whose textContent
 * "09:3012/03/2018" reads as no date at all, and bylines "<div>The Hollywood Reporter</div><div>Jan. 10, 2008</div>"
 * read "ReporterJan. 10". Words in two elements are two words ("1<sup>st</sup>" stays one).
 */
export function spacedText(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  let text = '';
  let previous: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const value = n.nodeValue ?? '';
    if (previous && (previous.parentNode !== n.parentNode || previous.nextSibling !== n) && /(?:\d$|\p{L}$)/u.test(text) && /^[\p{L}\d]/u.test(value) && !(/\d$/u.test(text) && /^\p{L}/u.test(value))) text += ' ';
    text += value;
    previous = n;
  }
  return normalizeSpace(text);
}

/**
 * "1/10/2008, 3:50 a.m. EST": a North American zone or the AP's "a.m." says the month comes
 * first, whatever language the page declares (most declare a bare "en").
 */
const MONTH_FIRST_MARK = /(?<!\p{L})(?:[ECMP][SD]T|ET|PT|[ap]\.m\.)(?!\p{L})/u;

/** The options to read one line with: month first when the line carries a North American mark. */
export function optionsForLine(text: string, options: DateTextOptions): DateTextOptions {
  return !options.monthFirst && MONTH_FIRST_MARK.test(text) ? { ...options, monthFirst: true } : options;
}

function readElement(el: Element, options: DateTextOptions): DatelineDates {
  const result: DatelineDates = { published: null, modified: null };
  const time = el.tagName.toUpperCase() === 'TIME' ? el : el.querySelector('time[datetime]');
  const text = spacedText(el);
  const found = findDatesInText(text, optionsForLine(text, options));
  if (time && found.length <= 1) {
    const machine = parseMachineDate(time.getAttribute('datetime') ?? '', options);
    if (machine) {
      const timeText = normalizeSpace(time.textContent ?? '');
      const at = timeText ? text.indexOf(timeText) : -1;
      const label = (at >= 0 ? text.slice(0, at) : text).slice(-30);
      if (MODIFIED_LABEL.test(label)) result.modified = machine;
      else result.published = machine;
      return result;
    }
  }
  let previousEnd = 0;
  for (const date of found) {
    const label = text.slice(previousEnd, date.index).slice(-30);
    previousEnd = date.end;
    if (MODIFIED_LABEL.test(label) || result.published) result.modified ??= date.parts;
    else result.published = date.parts;
  }
  return result;
}

/** Dated lines read after an "updated"-only dateline before it stands as the page's date. */
const LINES_AFTER_UPDATE = 2;
/** A publication printed under its update is at most this many days older. */
const MAX_UPDATE_DAYS = 7;

function dayNumber(p: DateParts): number {
  return Date.UTC(p.year, p.month - 1, p.day) / 86_400_000;
}

/**
 * Both lines print a time, as a CMS prints its two stamps: a day alone a few lines off is a related
 * story's ("08/06/2019" in a list under "Cập nhật: 07:25, 09/06/2019").
 */
function isShortlyBefore(a: DateParts, b: DateParts): boolean {
  if (!a.time || !b.time) return false;
  const days = dayNumber(b) - dayNumber(a);
  if (days < 0 || days > MAX_UPDATE_DAYS) return false;
  if (days > 0) return true;
  return a.time.hour * 60 + a.time.minute < b.time.hour * 60 + b.time.minute;
}

function sameDay(a: DateParts, b: DateParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function acceptableDates(dates: DatelineDates, isAcceptable: (parts: DateParts) => boolean): DatelineDates {
  return {
    published: dates.published && isAcceptable(dates.published) ? dates.published : null,
    modified: dates.modified && isAcceptable(dates.modified) ? dates.modified : null,
  };
}

/**
 * A date above the headline, in a block apart from the headline's that holds an h1 of its own, is
 * another header's: a section bar's "Tennis Story" beside the site's clock ("15 January 2008 16:22
 * BST"), above the story's h1 and its dateline. Below the headline such a block may be the story's
 * own (a page of sections, each with its h1), so only blocks above it are asked.
 */
function isInOtherHeader(el: Element, headline: Element | null): boolean {
  if (!headline || !(headline.compareDocumentPosition(el) & headline.DOCUMENT_POSITION_PRECEDING)) return false;
  for (let node: Element | null = el; node && !node.contains(headline); node = node.parentElement) {
    if (node.tagName.toUpperCase() === 'BODY') return false;
    if (node.getElementsByTagName('h1').length > 0) return true;
  }
  return false;
}

/** The dateline elements near the headline, nearest first, each read once. */
function* datelineCandidates(doc: Document, headline: Element | null, body: Element): Generator<Element> {
  const seen = new Set<Element>();
  // The headline finder passes over an h1 whose wrapper's class reads as chrome ("sidebar-1",
  // "box-widget"); the page's first h1 then stands for it, so the dateline beside it is read.
  const firstH1 = body.querySelector('h1');
  for (const node of nearbyTextNodes(doc, headline, body)) {
    // The length first: reading a long paragraph's data copies all of it (utils/dom/text-node.ts).
    if (node.length > MAX_DATELINE_CHARS * 2 || !ANY_DIGIT.test(node.data)) continue;
    const el = datelineElement(node, headline);
    if (!el || seen.has(el)) continue;
    seen.add(el);
    if (isOutsideArticle(el, headline) || isInCaption(node, el) || isChromeNearHeadline(el, headline ?? firstH1) || isInOtherHeader(el, headline) || COPYRIGHT.test(el.textContent ?? '')) continue;
    yield el;
  }
}

/**
 * The nearest dateline wins, with two exceptions the pages of Vietnamese portals need.
 * When the nearest one only says "updated" ("Cập nhật: 07:25, 09/06/2019") it is the
 * page's dateline: many sites print their posting time under that label. And a day without
 * a time (a portal's "Thứ Năm, 20/09/2018" banner) gives way to a later line that states
 * the same day with its time ("Ngày đăng: 20/9/2018 9:15").
 */
export function findDateline(doc: Document, headline: Element | null, options: DateTextOptions, isAcceptable: (parts: DateParts) => boolean): DatelineDates {
  const body = doc.body;
  const result: DatelineDates = { published: null, modified: null };
  if (!body) return result;
  // Set when the nearest dateline only says "updated": the next few lines may still print the publication.
  let updateOnly: DateParts | null = null;
  let linesAfterUpdate = 0;
  for (const el of datelineCandidates(doc, headline, body)) {
    const found = acceptableDates(readElement(el, options), isAcceptable);
    const dated = found.published ?? found.modified;
    if (!dated) continue;
    if (updateOnly) {
      // "Update: 14.03.2019, 10:00 Uhr" above "12.03.2019, 08:00 Uhr": the unlabelled, earlier line is the publication.
      if (found.published && isShortlyBefore(found.published, updateOnly)) return { published: found.published, modified: updateOnly };
      if (++linesAfterUpdate >= LINES_AFTER_UPDATE) return result;
      continue;
    }
    if (!result.published && !result.modified && !found.published) {
      result.published = found.modified;
      if (found.modified?.time) updateOnly = found.modified;
      continue;
    } else if (!result.published) {
      result.published = found.published;
      result.modified ??= found.modified;
    } else if (!result.published.time && dated.time && sameDay(result.published, dated)) {
      result.published = dated;
    }
    if (result.published?.time) return result;
  }
  return result;
}

/**
 * "3/9(木) 18:45配信", "9.3. 18:45": a dateline that leaves out the year. Read only to give its
 * time to a day the page states elsewhere (its address, its title), when its day and month
 * are that day's in either order: alone, "3/9" could be any year and either month.
 */
const YEARLESS_DATE_TIME = /(?<![\d./-])(\d{1,2})\s*[/.月]\s*(\d{1,2})\s*日?\.?(?![\d/.])\D{0,12}?(\d{1,2})\s*[:時时]\s*(\d{2})(?!\d)/u;

export function findTimeOnDay(doc: Document, headline: Element | null, day: DateParts): DateParts | null {
  const body = doc.body;
  if (!body) return null;
  for (const el of datelineCandidates(doc, headline, body)) {
    const match = YEARLESS_DATE_TIME.exec(normalizeSpace(el.textContent ?? ''));
    if (!match) continue;
    const [first, second, hour, minute] = match.slice(1, 5).map(Number);
    if (first === undefined || second === undefined || hour === undefined || minute === undefined) continue;
    const sameDay = (first === day.month && second === day.day) || (first === day.day && second === day.month);
    if (sameDay && isRealTime(hour, minute, 0)) return { year: day.year, month: day.month, day: day.day, time: { hour, minute, second: 0 } };
  }
  return null;
}
