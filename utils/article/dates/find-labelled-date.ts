import { allLanguages } from '../../lang';
import type { DateParts } from './date-parts';
import { datelineElement, optionsForLine, SKIPPED_PARENTS, spacedText } from './find-dateline';
import { ANY_DIGIT, findDatesInText, type DateTextOptions } from './parse-date-text';
import { SHOW_TEXT } from '../node-filter';

/**
 * A date the page labels as its publication ("Published: Friday, January 11, 2008", "Posted by
 * Seth Godin on July 09, 2012", "veröffentlicht am 12.03.2008"), read in document order over
 * the whole page. It is the last resort when no dateline stands by the headline: the headline
 * was not found, or the page's h1 is its name ("Seth's Blog") and the story's title a smaller
 * heading. The first labelled date is the story's: comments and related lists come after it.
 * An "updated" label counts only when no date is labelled as published (BBC's "Last Updated:").
 */

/** Text nodes read from the top; a date further down is in the comments or the footer. */
const MAX_TEXT_NODES = 4000;
/** A labelled date is a short line; the label is read from the last characters before the date. */
const MAX_LINE_CHARS = 320;
const LABEL_CHARS = 64;

/**
 * Where another story's or a reader's date stands. Narrower than page-chrome's list: a post's
 * own "entry-footer" and a blog whose posts are list items hold the post's labelled date.
 */
const OTHER_STORIES_TAGS = new Set(['NAV', 'ASIDE', 'MENU', 'A']);
const OTHER_STORIES_NAME = /related|sidebar|widget|popular|most-?read|recommend|trending|(?:^|[^a-z])(?:nav|menu|comments?|comment-list|replies)(?:$|[^a-z])/iu;

function isAboutOtherStories(el: Element): boolean {
  for (let node: Element | null = el; node && node.tagName.toUpperCase() !== 'BODY'; node = node.parentElement) {
    if (OTHER_STORIES_TAGS.has(node.tagName.toUpperCase())) return true;
    if (OTHER_STORIES_NAME.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

let labelPatterns: { published: RegExp; updated: RegExp } | null = null;

/** Built on first use: most pages have a dateline and never need these. */
function labels(): { published: RegExp; updated: RegExp } {
  if (labelPatterns) return labelPatterns;
  const weekday = `(?:(?:${allLanguages('weekdayNames').join('|')})\\.?,?\\s*)?`;
  const ending = (words: readonly string[]) =>
    new RegExp(`(?:^|[^\\p{L}])(?:${words.join('|')})\\s*[:\\-–|]?\\s*${weekday}$`, 'iu');
  labelPatterns = { published: ending(allLanguages('publishedLabels')), updated: ending(allLanguages('updatedLabels')) };
  return labelPatterns;
}

export function findLabelledDate(doc: Document, options: DateTextOptions, isAcceptable: (parts: DateParts) => boolean): DateParts | null {
  const body = doc.body;
  if (!body) return null;
  const { published, updated } = labels();
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  const seen = new Set<Element>();
  let firstUpdated: DateParts | null = null;
  let count = 0;
  for (let n = walker.nextNode(); n && count < MAX_TEXT_NODES; n = walker.nextNode(), count++) {
    const data = n.nodeValue ?? '';
    if (data.length > MAX_LINE_CHARS || !ANY_DIGIT.test(data)) continue;
    const el = datelineElement(n as Text, null);
    if (!el || seen.has(el) || SKIPPED_PARENTS.has(el.tagName.toUpperCase())) continue;
    seen.add(el);
    const text = spacedText(el);
    if (text.length > MAX_LINE_CHARS) continue;
    const found = findDatesInText(text, optionsForLine(text, options)).filter((date) => isAcceptable(date.parts));
    if (found.length === 0 || isAboutOtherStories(el)) continue;
    for (const date of found) {
      const before = text.slice(Math.max(0, date.index - LABEL_CHARS), date.index);
      if (published.test(before)) return date.parts;
      if (!firstUpdated && updated.test(before)) firstUpdated = date.parts;
    }
  }
  return firstUpdated;
}
