import { allLanguages } from '../lang';
import { escapeRegExp } from '../text/escape-regexp';
import { findDatesInText } from './dates/parse-date-text';
import { FoldedPattern } from '../text/case-fold';

/**
 * Short lines about the story rather than of it, each told by its words in the packs and by
 * its length: where the paper printed it, an agency's name with a date standing alone, a
 * prompt to install the publisher's app. A paragraph that merely mentions print, an agency or
 * an app is longer, or does not open so.
 */

/** Curly and straight apostrophes alike: "l’édition" and "l'édition". */
const foldApostrophes = (text: string): string => text.replace(/[’‘`´]/gu, "'");

/**
 * "A version of this article appears in print on …, on Page A1 of the New York edition with
 * the headline: …": the notice names the edition, the page and the printed headline, and may
 * run on into the reprint links, so it is allowed to be longer than a label.
 */
const PRINT_NOTICE = new FoldedPattern(`^(?:${allLanguages('printNotices').map(escapeRegExp).join('|')})(?!\\p{L})`, 'u');
const MAX_PRINT_NOTICE_CHARS = 400;

export function isPrintNotice(text: string): boolean {
  return text.length <= MAX_PRINT_NOTICE_CHARS && PRINT_NOTICE.test(foldApostrophes(text));
}

/**
 * "Pokud jste v článku zaznamenali chybu …, dejte nám vědět", "Spotted an error? Let us know": the
 * site's request to report a mistake, a phrase of the packs anywhere in a short line.
 */
const ERROR_PROMPT = new FoldedPattern(`(?:${allLanguages('errorPrompts').map(escapeRegExp).join('|')})`, 'u');
const MAX_ERROR_PROMPT_CHARS = 200;

export function holdsErrorPrompt(text: string): boolean {
  return text.length <= MAX_ERROR_PROMPT_CHARS && ERROR_PROMPT.test(text);
}

/** "Get the CNET app for iOS and Android", "Téléchargez l'application": a prompt at the start of a short line. */
// At the line's start or a sentence's: "CNET On The Go. Download the native CNET app for the platform of your choice."
const APP_PROMPT = new FoldedPattern(`(?:^|(?<=[.!?:] ?))(?:${allLanguages('appPrompts').join('|')})`, 'u');
const MAX_APP_PROMPT_CHARS = 150;
/** Without a link or button to follow, only a line this short is taken for the prompt, never a paragraph of the story. */
const MAX_BARE_APP_PROMPT_CHARS = 100;

export function isAppPrompt(el: Element, text: string): boolean {
  if (text.length > MAX_APP_PROMPT_CHARS || !APP_PROMPT.test(foldApostrophes(text))) return false;
  return text.length <= MAX_BARE_APP_PROMPT_CHARS || el.querySelector('a, button') !== null;
}

/**
 * "Associated Press - Nov. 29, 2016 2:14 PM", "Reuters | 12 mars 2024": a wire's name and a date
 * on a line of their own (the header shows the date; the agency is a credit, not a paragraph).
 * The agencies are the packs' credit lines; the rest must read as a date or a clock time.
 */
const AGENCY = `(?:[Tt]he\\s+)?(?:${allLanguages('creditLines').join('|')})`;
// The text is white-space-collapsed already: one optional space, so no run of spaces is retried from every start (regex-safety).
const JOINT = String.raw` ?[-–—|,·•:/] ?`;
const AGENCY_FIRST = new RegExp(`^${AGENCY}${JOINT}`, 'u');
const AGENCY_LAST = new RegExp(`${JOINT}${AGENCY}$`, 'u');
const MAX_AGENCY_LINE_CHARS = 80;
const CLOCK = /^\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+\p{Lu}{2,4})?$/iu;

function isDateOrTime(text: string): boolean {
  if (CLOCK.test(text)) return true;
  for (const monthFirst of [false, true]) {
    const found = findDatesInText(text, { monthFirst });
    // The date must be most of what is left: "AP - 3 killed in Monday's storm" is a story.
    if (found.some((date) => date.end - date.index >= text.length * 0.6)) return true;
  }
  return false;
}

export function isAgencyDateline(text: string): boolean {
  if (text.length > MAX_AGENCY_LINE_CHARS || /[!?。]$/u.test(text)) return false;
  const first = AGENCY_FIRST.exec(text);
  const last = first ? null : AGENCY_LAST.exec(text);
  const rest = first ? text.slice(first[0].length) : last ? text.slice(0, last.index) : undefined;
  return rest !== undefined && /\d/u.test(rest) && isDateOrTime(rest.trim());
}

/** "Article from:", "Source:", "Nguồn:" and nothing after it on the line. */
const BARE_SOURCE_LABEL = new RegExp(`^(?:${allLanguages('sourceLabels').map(escapeRegExp).join('|')}) ?[:：]$`, 'iu');

export function isBareSourceLabel(text: string): boolean {
  return BARE_SOURCE_LABEL.test(text);
}
