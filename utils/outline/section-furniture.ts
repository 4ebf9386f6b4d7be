import { allLanguages, packFor } from '../lang';
import { pitchWordsIn } from '../lang/pitch-words';
import { wordTokens } from '../text/tokens';
import { countWords } from '../text/word-count';
import { isDatedHeadline } from './furniture';

/**
 * Titles that are the page talking, not the article's structure: datelines ("Thứ tư,
 * 22/10/2025, 19:25 (GMT+7)", "Published 7:07 PM EST Nov 19, 2019"), breadcrumbs ("Sức
 * khỏe › Tin tức"), credits ("Image copyright Getty Images", "Photo", "©…"), ad and tag
 * labels ("REKLAM", "[PR]", "Tags: …"), comment boxes. Labels come from every language
 * pack, since a page's furniture is often in another language than its article.
 */

const LABELS: ReadonlySet<string> = new Set(allLanguages('furnitureLabels').map(labelKey));
const LONGEST_LABEL_WORDS = 4;
/** A date written with numbers (22/10/2025, 2019-01-21, 16.2.2017, 5/3, 10月14日) or a clock time (19:25, 7:07); not "3.1", a section number. */
const NUMERIC_DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}\/\d{1,2}|\d{1,2}:\d{2}|\d{1,2}月\d{1,2}日/u;
const NUMERIC_DATES = new RegExp(NUMERIC_DATE.source, 'gu');
const DATE_DEBRIS = /\b(?:gmt|utc|est|edt|cet|cest|pst|pdt|ict|am|pm|a\.m|p\.m)\b|[\p{N}]+/giu;
/** Words a dateline may hold besides its date: a weekday, "Published", "Cập nhật", a zone. */
const MAX_DATELINE_WORDS = 4;
/** Separators of a breadcrumb trail; "/" and "|" only with spaces around, as menus write them. */
const BREADCRUMB = /\s[›»>/|]\s|›|»/u;
const MAX_CRUMB_WORDS = 4;

function labelKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/^[\s[(【［•|›»-]+/u, '')
    .replace(/(?<![\s\])】］:：.!›»>|-])[\s\])】］:：.!›»>|-]+$/u, '');
}

/** "Photo", "[PR]", "REKLAM", "Image copyright Getty Images", "Tags: a, b": a label, alone or opening a short line. */
function isLabel(title: string): boolean {
  const key = labelKey(title);
  if (LABELS.has(key)) return true;
  const words = key.split(' ');
  for (let n = Math.min(LONGEST_LABEL_WORDS, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const rest = words.length - n;
    // A one-word label opens furniture only before a colon ("Photo: Reuters"), never "Share prices fall".
    if (LABELS.has(head) && (n >= 2 ? rest <= 4 : /^[:：]/u.test(key.slice(head.length)) && rest <= 6)) return true;
    if (LABELS.has(head.replace(/[:：]$/u, '')) && head.endsWith(':') && rest <= 12) return true;
  }
  return false;
}

function monthWords(lang: string | null): ReadonlySet<string> {
  const pack = packFor(lang);
  return new Set((pack ? pack.monthNames : []).flat());
}

/** A date and a few words: the dateline of the page, not a section. */
function isDateline(title: string, lang: string | null): boolean {
  const months = monthWords(lang);
  // The date itself goes first, with its 月 and 日 ("10月14日"), then what is left of figures and zones.
  const rest = wordTokens(title.replace(NUMERIC_DATES, ' ').replace(DATE_DEBRIS, ' '), lang).filter((w) => !months.has(w.toLowerCase()));
  const hasDate = NUMERIC_DATE.test(title) || wordTokens(title, lang).some((w) => months.has(w.toLowerCase()));
  // Counted at word-count.ts's rate, not by the browser's dictionary: "TNW中文站 10月14日报道" is a dateline in every browser.
  return hasDate && countWords(rest.join(' '), lang) <= MAX_DATELINE_WORDS;
}

/** "Sức khỏe › Tin tức", "Home / World / Asia": short crumbs between separators. */
function isBreadcrumb(title: string, lang: string | null): boolean {
  // French quotes « … » are not separators.
  if (title.includes('«') || !BREADCRUMB.test(title)) return false;
  const crumbs = title.split(/[›»>/|]/u).map((c) => c.trim()).filter((c) => c !== '');
  return crumbs.length >= 2 && crumbs.every((c) => countWords(c, lang) <= MAX_CRUMB_WORDS);
}

/** "Keep up with the CityLab Daily newsletter.": a pitch written as a sentence, set as a heading. */
function isPitch(title: string): boolean {
  return /[.!]$/u.test(title) && pitchWordsIn(title).length > 0;
}

export function isFurnitureTitle(title: string, lang: string | null): boolean {
  const trimmed = title.trim();
  if (trimmed === '' || trimmed.includes('©')) return true;
  return isLabel(trimmed) || isDateline(trimmed, lang) || isBreadcrumb(trimmed, lang) || isPitch(trimmed) || isDatedHeadline(trimmed);
}

/** A credit names a writer, the site and a place: a few short parts. */
const MAX_CREDIT_PARTS = 4;
const MAX_CREDIT_PART_WORDS = 4;

/**
 * "Analysis: Jon Sopel, BBC News, Washington": a box's label, then its writer's credit (a
 * name, the site itself, a place). The label is what the part is; the credit is a byline,
 * and a heading that is only a credit heads nothing ('' then).
 */
export function withoutCredit(title: string, siteName: string | null, lang: string | null): string {
  const site = siteName?.trim().toLowerCase() ?? '';
  if (site === '') return title;
  const colon = title.search(/[:：]/u);
  const credit = colon >= 0 ? title.slice(colon + 1) : title;
  const parts = credit.split(/[,，]/u).map((part) => part.trim()).filter((part) => part !== '');
  const isCredit =
    parts.length >= 2 &&
    parts.length <= MAX_CREDIT_PARTS &&
    parts.some((part) => part.toLowerCase() === site) &&
    parts.every((part) => countWords(part, lang) <= MAX_CREDIT_PART_WORDS);
  if (!isCredit) return title;
  return colon >= 0 ? title.slice(0, colon).trim() : '';
}
