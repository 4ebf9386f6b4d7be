import type { BodyPassContext } from './body-passes';
import { listBlockElements } from './block-elements';
import { shortText } from './bounded-text';
import { DATELINE_MAX_CHARS, dateEchoRest } from './date-echo';
import { allLanguages } from '../lang';
import { foldWord as fold } from '../text/tokens';

/**
 * Blogs and older CMSs print the date again under the story ("Posted on July 10th, 2012",
 * "Published on 01/12/2008"): the header shows it, so the body's last lines lose it, as its
 * first lines do (header-echoes.ts). Only after the story's last paragraph: a dated line with
 * prose after it is a timeline's entry or a section of the story.
 */
const LOOK_AT_LAST = 2;
/** A line of its own: a list's item, a table or a caption with a date is part of what it belongs to. */
const LINE_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Two capitalised words in a row: a name ("Rob Thomas — 1/17/2008 10:58 am"). */
const NAME = /\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu;

const WEEKDAYS = new Set(allLanguages('weekdayNames'));

/** "Published Sunday", "Thứ Tư" are a label and a weekday, not a name: a run with a weekday in it names no one. */
function holdsWeekday(run: string): boolean {
  const spaced = ` ${fold(run)} `;
  for (const day of WEEKDAYS) if (spaced.includes(` ${day} `)) return true;
  return false;
}

/**
 * The line names someone the header does not show: a comment's author and time, or a signature
 * the bylines did not take. It stays, so no name is lost with the date.
 */
function namesSomeoneElse(rest: string, ctx: BodyPassContext): boolean {
  const shown = [...ctx.knownBylines, ...(ctx.lineBylines ?? [])].map(fold);
  // "By Hayley Tsukayama | 02:29 PM ET, 03/27/2013": the capitalised label joins the run, which then holds the byline.
  const isShown = (name: string): boolean => shown.some((byline) => byline.includes(name) || name.includes(byline));
  return [...rest.matchAll(NAME)].some(([name]) => !holdsWeekday(name) && !isShown(fold(name)));
}

function isClosingDateline(block: Element, text: string, ctx: BodyPassContext): boolean {
  if (!LINE_TAGS.has(block.tagName.toUpperCase()) || block.closest('figure') !== null) return false;
  const rest = dateEchoRest(text, ctx);
  return rest !== null && !namesSomeoneElse(rest, ctx);
}

export function removeClosingDatelines(root: Element, ctx: BodyPassContext): void {
  const blocks = listBlockElements(root);
  let read = 0;
  for (const block of blocks.reverse()) {
    if (read === LOOK_AT_LAST) return;
    const text = shortText(block, DATELINE_MAX_CHARS);
    if (text === '') continue;
    // Prose: the story's own last paragraph, above which nothing is closing.
    if (text === null) return;
    read += 1;
    if (isClosingDateline(block, text, ctx)) block.remove();
  }
}
