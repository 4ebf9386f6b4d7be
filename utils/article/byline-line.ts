import { isChromeNearHeadline } from './chrome-near-headline';
import { headlineScope } from './find-headline';
import { shortText } from './bounded-text';
import { bylineNames, isPlausibleName, opensWithBylinePrefix } from './byline-names';
import { normalizeSpace } from '../text/segment';

/**
 * "<h2>Kindle Direct Delivery…</h2><div class="date"><span>By Lim Cheng Soon, 20 September 2011</span></div>":
 * the byline printed as a line of its own under the headline, in no element marked as a byline
 * (the class names what else the line holds, or nothing). Found by what it says: it opens with a
 * byline prefix of the page's language ("By", "Von", "Par"; every language's when unknown).
 */

/** The elements a byline line is set in. */
const LINE_TAGS = 'p, div, span, small, em, i, b, strong, address';
/** The article header's few lines after the headline: past these, the story has begun. */
const MAX_LINES_AFTER_HEADLINE = 20;
/** Longer than this, a line is a sentence of the story ("By the end of the week, …"), not a byline. */
const MAX_LINE_CHARS = 120;
/** A byline does not end like a sentence: "By Friday." is one. */
const SENTENCE_END = /[.!?。]$/u;

/** Elements that start a new line: "Tác giả: Minh Hoàng" and "Nguồn: Báo Ninh Thuận" in two paragraphs of one author box are two lines. */
const BREAKING_TAGS = new Set(['P', 'DIV', 'BR', 'LI', 'UL', 'OL', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ADDRESS', 'DL', 'DT', 'DD']);

/** The element's text line by line, as it shows ("By Elizabeth Mullener<br>Staff writer" is two lines). */
export function linesOf(el: Element): string[] {
  const lines: string[] = [''];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) lines[lines.length - 1] += child.nodeValue ?? '';
      if (child.nodeType !== 1) continue;
      const breaks = BREAKING_TAGS.has((child as Element).tagName.toUpperCase());
      if (breaks) lines.push('');
      walk(child);
      if (breaks) lines.push('');
    }
  };
  walk(el);
  return lines.map(normalizeSpace).filter((line) => line !== '');
}

function follows(headline: Element, el: Element): boolean {
  return !headline.contains(el) && (headline.compareDocumentPosition(el) & 4) !== 0;
}

/** The names of the first "By …" line after the headline, in its neighbourhood; none when no line names only people. */
export function namesFromBylineLine(headline: Element, lang: string | null): string[] {
  let lines = 0;
  for (const el of headlineScope(headline).querySelectorAll(LINE_TAGS)) {
    if (!follows(headline, el)) continue;
    if (++lines > MAX_LINES_AFTER_HEADLINE) break;
    // The first line only: a title or the paper's name may follow the name on a line of its own.
    const text = shortText(el, MAX_LINE_CHARS) === null ? undefined : linesOf(el)[0];
    if (!text || SENTENCE_END.test(text) || !opensWithBylinePrefix(text, lang)) continue;
    if (isChromeNearHeadline(el, headline) || el.closest('blockquote, figcaption')) continue;
    const names = bylineNames(text, lang);
    if (names.length > 0 && names.every((name) => isPlausibleName(name, lang))) return names;
  }
  return [];
}
