import type { BodyPassContext } from './body-passes';
import { listBlockElements } from './block-elements';
import { hasVisibleText, shortText } from './bounded-text';
import { bylineNames, opensWithBylinePrefix } from './byline-names';
import { isCreditLine } from './byline-credits';
import { isClosingPointer } from './closing-pointers';
import { normalizeSpace, words } from '../text/segment';
import { stopWordsFor } from '../text/stop-words';
import { foldWord as fold } from '../text/tokens';

/**
 * A heading with nothing after it announces a section that is not there: the list of links,
 * the comments or the video it named was left behind by Readability or taken by an earlier
 * pass ("More on this story", "Comments (12)", "Photos"). In any language it is furniture
 * once it closes the body. A picture, a video or a table after it is its section. A heading
 * that reads as a byline is no section's title: it is settled as a byline (settleClosingByline).
 */
const HEADING = /^H[1-6]$/u;
const SECTION_CONTENT = 'img, picture, video, audio, iframe, svg, table, figure, object, embed';

function showsSomething(el: Element): boolean {
  return hasVisibleText(el) || el.matches(SECTION_CONTENT) || el.querySelector(SECTION_CONTENT) !== null;
}

/** Nothing shown after `el` up to the body root. */
function closesBody(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) if (showsSomething(next)) return false;
  }
  return true;
}

/** A byline is a line, not a sentence. */
const BYLINE_MAX_CHARS = 80;

/**
 * A person's name has a given name and a family name, an agency signs alone ("By Reuters");
 * a label that only opens like a byline does not ("By The Numbers", "By Hand").
 */
function isPersonOrAgency(name: string, lang: string | null): boolean {
  if (isCreditLine(name)) return true;
  const parts = words(name, lang);
  const stop = stopWordsFor(lang ?? 'en');
  return (parts.length >= 2 || /\p{Script=Han}/u.test(name)) && !stop.has(fold(parts[0] ?? ''));
}

/**
 * The names a closing heading signs with ("By Charles Forelle and David Román", "Von Hans
 * Meier", "Theo TTXVN"), or null when it is no byline. A paywalled snippet or a CMS that sets
 * its byline in an h3 after the story leaves it last.
 */
function bylineOf(heading: Element, lang: string | null): string[] | null {
  const text = normalizeSpace(heading.textContent ?? '');
  if (text.length > BYLINE_MAX_CHARS || /[.!?。]$/u.test(text) || !opensWithBylinePrefix(text, lang)) return null;
  const names = bylineNames(text, lang);
  return names.length > 0 && names.every((name) => isPersonOrAgency(name, lang)) ? names : null;
}

/**
 * A closing byline goes to the byline logic when the header names no one; when the header
 * already shows every name it repeats, it goes as the header's echo; naming someone else, it stays.
 */
function settleClosingByline(heading: Element, names: readonly string[], ctx: BodyPassContext): void {
  const known = new Set(ctx.knownBylines.map(fold));
  if (known.size === 0) ctx.bylines.push(...names);
  else if (!names.every((name) => known.has(fold(name)))) return;
  heading.remove();
}

/**
 * "For more information:", "More money and business news:", "Đọc thêm:": a short paragraph that
 * ends in a colon announces what follows it, as a heading does; closing the body, it announces
 * nothing. A paragraph only: a code block ends "else:", a table or a list item is content.
 */
const MAX_LABEL_CHARS = 60;
function isAnnouncingLine(el: Element): boolean {
  if (el.tagName !== 'P') return false;
  const text = normalizeSpace(el.textContent ?? '');
  return text.length <= MAX_LABEL_CHARS && /[:：]$/u.test(text);
}

/**
 * "Still, Lovato will continue to slay, either as a human or mermaid.": a heading written as a
 * sentence, as pages that set their story in headed blocks write each block's line, tells the
 * story; a section's title announces one and ends in no full stop.
 */
const MIN_SENTENCE_HEADING_WORDS = 6;
/** Longer than this, a heading is no section's title either: read with a bound, as the body's last block may be huge. */
const MAX_HEADING_CHARS = 300;
function isSentenceHeading(el: Element, lang: string | null): boolean {
  const text = shortText(el, MAX_HEADING_CHARS);
  if (text === null) return true;
  return /[.。]$/u.test(text) && !/(?:\.\.\.|…)$/u.test(text) && words(text, lang).length >= MIN_SENTENCE_HEADING_WORDS;
}

/** Closing pointers taken at most: a page of links set as paragraphs is a directory, not a story with a way out. */
const MAX_CLOSING_POINTERS = 3;

/**
 * Body pass: what closes the body announcing nothing or pointing elsewhere goes, from the end
 * up: headings, lines ending in a colon, and the site's ways out (closing-pointers.ts), so a
 * heading over a lone section link goes with it ("More from the desk" › "Business").
 */
export function removeTrailingHeadings(root: Element, ctx: BodyPassContext): void {
  const blocks = listBlockElements(root).filter((el) => hasVisibleText(el));
  let pointers = 0;
  // A heading and its sub-heading may both be left empty ("Related" › "Elsewhere"); the story's blocks stay.
  for (let i = blocks.length - 1; i > 0; i--) {
    const el = blocks[i];
    if (!el || !closesBody(el, root)) break;
    if (!HEADING.test(el.tagName) && !isAnnouncingLine(el)) {
      if (pointers >= MAX_CLOSING_POINTERS || !isClosingPointer(el, ctx.lang)) break;
      pointers += 1;
      el.remove();
      continue;
    }
    const names = bylineOf(el, ctx.lang);
    if (names) {
      settleClosingByline(el, names, ctx);
      break;
    }
    if (isSentenceHeading(el, ctx.lang)) break;
    el.remove();
  }
}
