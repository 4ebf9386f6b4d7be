import type { DateParts } from './date-parts';
import { COPYRIGHT, optionsForLine, spacedText } from './find-dateline';
import { ANY_DIGIT, findDatesInText, type DateTextOptions } from './parse-date-text';
import { isInPageChromeOrLinkList } from '../page-chrome';
import { closestTag } from '../closest-tag';
import { parseMachineDate } from './parse-machine-date';

/**
 * The date in an element the page's own markup names as one: class or id "date", "datum",
 * "article__date", "publishDate", "posted-on", "fecha", "entry-meta", "byline", "time", or a
 * `<time datetime>`. The last
 * resort, when no dateline stands near the headline and no label names a date: older and
 * regional sites print the day at the foot of the story ("<div class="datum">12.03.2019</div>")
 * or in a side column beside it. The first such element that holds one date, outside related
 * lists, comments, page chrome and site headers and footers, gives the day.
 */
const DATE_NAMED = [
  'date', 'datum', 'publish', 'posted', 'created', 'fecha', 'parution', 'timestamp', 'dateline',
  'entry-meta', 'post-meta', 'article-meta', 'byline', 'subline', 'time',
].map((word) => `[class*="${word}" i], [id*="${word}" i]`).concat('time[datetime]').join(', ');

/** Class and id words of what is not this story: other stories, readers' comments, the site's frame. */
const NOT_THE_STORY = /related|teaser-list|sidebar|widget|popular|most-?read|recommend|trending|comment|repl(?:y|ies)|footer|copyright|(?:^|[^a-z])(?:nav|menu)(?:$|[^a-z])/iu;
const NOT_THE_STORY_TAGS = new Set(['NAV', 'ASIDE', 'MENU', 'A', 'FOOTER', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'SELECT']);
/** A date element is short; more text is a paragraph that mentions a date. */
const MAX_CHARS = 160;
/** Enough for any real page: the story's date is among the first of these. */
const MAX_ELEMENTS = 200;

function isAboutSomethingElse(el: Element): boolean {
  for (let node: Element | null = el; node && node.tagName.toUpperCase() !== 'BODY'; node = node.parentElement) {
    if (NOT_THE_STORY_TAGS.has(node.tagName.toUpperCase())) return true;
    if (NOT_THE_STORY.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

export function findClassedDate(doc: Document, headline: Element | null, options: DateTextOptions, isAcceptable: (parts: DateParts) => boolean): DateParts | null {
  const body = doc.body;
  if (!body) return null;
  let count = 0;
  for (const el of body.querySelectorAll(DATE_NAMED)) {
    if (++count > MAX_ELEMENTS) break;
    const text = spacedText(el);
    if (text.length > MAX_CHARS || COPYRIGHT.test(text)) continue;
    // A <time> says its date for machines too: "<time datetime="2019-03-12T10:00:00+01:00">Dienstag</time>".
    const machine = el.tagName.toUpperCase() === 'TIME' ? parseMachineDate(el.getAttribute('datetime') ?? '', options) : null;
    if (!machine && !ANY_DIGIT.test(text)) continue;
    // A site header's "today" is not the story's day, unless the header holds the headline or is a story's own (in its <article>).
    const header = closestTag(el, 'header');
    if (header && !(headline && header.contains(headline)) && !closestTag(header, 'article')) continue;
    if (isAboutSomethingElse(el) || isInPageChromeOrLinkList(el)) continue;
    if (machine && isAcceptable(machine)) return machine;
    const found = findDatesInText(text, optionsForLine(text, options)).filter((date) => isAcceptable(date.parts));
    const first = found[0];
    if (first) return first.parts;
  }
  return null;
}
