import { findDatesInText } from '../article/dates/parse-date-text';
import { withoutWireOpening } from '../article/wire-lead-byline';
import { allLanguages } from '../lang';
import { distinctPitchWords } from '../lang/pitch-words';
import { wordTokens } from '../text/tokens';
import { escapeRegExp } from '../text/escape-regexp';
import { FoldedPattern } from '../text/case-fold';

/**
 * Lines that are the page talking, not the article: datelines ("Published 7:07 PM EST Nov
 * 19, 2019"), labels ("Share this article", "Tin liên quan"), "read more" pointers,
 * subscription pitches, agency signatures. Words come from every language pack, since a
 * page's furniture is often in another language than its article (an English "Share" on
 * a German page). A key point or a section that is furniture is a bug the reader sees.
 */

const LABELS: ReadonlySet<string> = new Set(allLanguages('furnitureLabels').map((label) => label.normalize('NFC')));
/** Beyond this a line is no label, whatever punctuation labelKey takes off it: a sentence need not be folded to know. */
const LONGEST_LABEL_LINE = Math.max(0, ...[...LABELS].map((label) => label.length)) + 8;
const POINTER = new FoldedPattern(`^(?:${allLanguages('readMorePrefixes').join('|')})\\s*[:：»>›|-]`, 'u');
/** Agency signatures are case-sensitive ("AP", not "ap"), alone or in parentheses. */
const CREDIT = new RegExp(`^[(\\[–—-]?\\s*(?:${allLanguages('creditLines').join('|')})\\s*[)\\]]?\\.?$`, 'u');
const BYLINE_LABEL = new FoldedPattern(`^(?:${allLanguages('bylineLabels').join('|')})\\s*[:：]`, 'u');
/** "Image copyright Getty Images", "[PR] …": openers of furniture lines whose end varies (the packs' lists). */
const OPENER = new FoldedPattern(`^(?:${allLanguages('furnitureOpeners').map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
/** "Ảnh: TTXVN", "Nguồn: Reuters", "Photo: John Moore": a credit label and its colon open a short line. */
/** "Địa chỉ: số 1 đường Trần Hưng Đạo.", "Phone: …": a line of the publisher's contact box. */
const CONTACT_LABEL = new FoldedPattern(`^(?:${allLanguages('contactLabels').map(escapeRegExp).join('|')})\\s*[:：]`, 'u');
const CREDIT_LABEL = new FoldedPattern(`^(?:${[...allLanguages('otherCreditLabels'), ...allLanguages('sourceLabels').map(escapeRegExp)].join('|')})\\s*[:：]`, 'u');
/** "Sức khỏe › Tin tức", "News » World": short parts joined by breadcrumb arrows. */
const BREADCRUMB = /^[^›»]{1,40}(?:\s[›»]\s[^›»]{1,40}){1,5}$/u;
const MAX_LABEL_LINE_WORDS = 12;
/** Clock times, zones and weekday-free date debris left once the date itself is taken out. */
const TIME_DEBRIS = /\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b(?:GMT|UTC|EST|EDT|CET|CEST|PST|PDT|ICT)(?:[+-]\d{1,2}(?::?\d{2})?)?\b|\(\s*\)|[\p{N}]+/giu;
/**
 * A photo caption that slipped into the text ends on its credit after a dash: "… ngày 30-1 -
 * Ảnh: THUẬN THÀNH.", "… in Kabul — Photo: John Moore". One label word, a colon, a few names.
 */
const CREDIT_TAIL = /\s[-–—]\s*\p{L}{2,12}\s*[:：]\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+[\p{Lu}/][\p{L}\p{M}.'’/-]*){0,4}\.?\s*\)?$/u;
const MAX_DATELINE_WORDS = 4;
const MAX_PITCH_WORDS = 14;
const MAX_SHORT_LINE_CHARS = 160;
/** "April 2023, 20:22 Uhr Information Quelle: dpa Sport" is 51 characters; a dateline with room to spare. */
const MAX_DATELINE_CHARS = 90;

function labelKey(text: string): string {
  return text.toLowerCase().replace(/(?<![\s:：.!›»>|-])[\s:：.!›»>|-]+$/u, '').replace(/^[\s›»|•-]+/u, '').normalize('NFC');
}

/** A date with a few words around it and nothing else: "Submitted on Mon, 2019-01-21 13:49". */
function isDateline(text: string): boolean {
  const dates = findDatesInText(text, { monthFirst: false });
  if (dates.length === 0) return false;
  let rest = '';
  let from = 0;
  for (const date of dates) {
    rest += ` ${text.slice(from, date.index)}`;
    from = date.end;
  }
  rest += ` ${text.slice(from)}`;
  return wordTokens(rest.replace(TIME_DEBRIS, ' '), null).length <= MAX_DATELINE_WORDS;
}

/** "Le détail est disponible sur le site de l'Assemblée nationale.": a short sentence that sends the reader elsewhere. */
const POINTER_PHRASE = new FoldedPattern(`(?:^|[^\\p{L}])(?:${allLanguages('pointerPhrases').map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
const MAX_POINTER_WORDS = 16;
/** "Mỹ sẽ diễn tập … Biển Đông(10/01/2019)": a listed story's headline closes on its date; a sentence never does. */
const DATED_HEADLINE = /\(\s*(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}[.-]\d{1,2}[.-]\d{2,4})(?:\s+\d{1,2}[:h]\d{2})?\s*\)\s*$/u;
/**
 * A source or dateline tag the page writes before its lead: "(Báo Quảng Ngãi)- ", "TPO - ",
 * "VOV.VN - ", "LONDON — ", "SEOUL (Reuters) - ", and the wire dateline with its region and a
 * typed dash: "LONDON, England (CNN) -- ", "Kabul, Afghanistan (CNN) -- ". A name in brackets; or
 * up to four words in capitals, perhaps a region after a comma; or a place in any case with its
 * named source in brackets; then a dash and the sentence's capital, perhaps after a quotation mark.
 * Left in, it is the page's words in the point (2 of 3 CNN/DailyMail development articles).
 */
const BRACKETED_SOURCE = String.raw`\([^()]{2,40}\)`;
const CAPITALS_PLACE = String.raw`\p{Lu}[\p{Lu}\p{N}.&]*(?:[\s,]+\p{Lu}[\p{Lu}\p{N}.&]*){0,3}`;
const REGION = String.raw`,\s*\p{Lu}[\p{Ll}.]+(?:\s\p{Lu}[\p{Ll}.]+){0,2}`;
/** The source is a name ("(CNN)", "(Reuters)"), not a word about a photo ("Bishop John Folda (pictured) - "). */
const PLACE_WITH_SOURCE = String.raw`\p{Lu}[\p{L}.]+(?:[\s,]+\p{Lu}[\p{L}.]+){0,3}\s*\(\p{Lu}[^()]{1,29}\)`;
const SOURCE_TAG = new RegExp(
  String.raw`^(?:${BRACKETED_SOURCE}|${PLACE_WITH_SOURCE}|${CAPITALS_PLACE}(?:${REGION})?(?:\s*\([^()]{2,30}\))?)\s*(?:-{1,2}|[–—])\s*(?=["“‘']?\p{Lu})`,
  'u',
);

export function isDatedHeadline(text: string): boolean {
  return DATED_HEADLINE.test(text);
}

/** The lead without the source or dateline tag before it, or the Korean or Japanese wire opening ("(서울=연합뉴스) 홍길동 기자 = "). */
export function withoutSourceTag(text: string): string {
  const match = SOURCE_TAG.exec(text);
  return match ? text.slice(match[0].length) : withoutWireOpening(text);
}

/** "Watch CNN's interview with Jolie »", "Más en Opinión ›": a link's arrow closes the line, no guillemet opened in it. */
const LINK_ARROW_TAIL = /[»›]\s*\.?\s*$/u;

export function endsOnLinkArrow(text: string): boolean {
  return LINK_ARROW_TAIL.test(text) && !/[«‹]/u.test(text);
}

/**
 * A photo caption set in the text: where someone stands ("Kim Jong-un (trái) và …", "Smith (left) …"),
 * or a credit in parentheses ("(Ảnh: TTXVN)", "(Photo: Reuters)"). Only whole, short parentheses count.
 */
const CAPTION_POSITION = new FoldedPattern(`\\(\\s*(?:${allLanguages('captionPositions').map(escapeRegExp).join('|')})\\s*\\)`, 'u');
const CAPTION_CREDIT = new FoldedPattern(`\\(\\s*(?:${allLanguages('otherCreditLabels').join('|')})\\s*[:：][^()]{1,40}\\)`, 'u');
const MAX_CAPTION_WORDS = 20;

export function isCaptionSentence(text: string): boolean {
  if (!CAPTION_POSITION.test(text) && !CAPTION_CREDIT.test(text)) return false;
  return wordTokens(text, null).length <= MAX_CAPTION_WORDS;
}

export function isFurniture(text: string): boolean {
  // The packs' words are composed (NFC); some pages write Vietnamese decomposed ("Ấn F5" as A + two marks).
  const trimmed = text.trim().normalize('NFC');
  if (trimmed === '') return false;
  if ((trimmed.length <= LONGEST_LABEL_LINE && LABELS.has(labelKey(trimmed))) || POINTER.test(trimmed) || CREDIT.test(trimmed) || BYLINE_LABEL.test(trimmed)) return true;
  if (trimmed.includes('©') || CREDIT_TAIL.test(trimmed) || DATED_HEADLINE.test(trimmed) || isCaptionSentence(trimmed)) return true;
  if (POINTER_PHRASE.test(trimmed) && wordTokens(trimmed, null).length <= MAX_POINTER_WORDS) return true;
  const pitchWords = distinctPitchWords(trimmed);
  if (pitchWords >= 2) return true;
  // Datelines and one-line pitches are short; reading dates is costly, and every sentence of a long article comes here.
  if (trimmed.length > MAX_SHORT_LINE_CHARS) return false;
  if (BREADCRUMB.test(trimmed)) return true;
  const openedAsFurniture = OPENER.test(trimmed) || CREDIT_LABEL.test(trimmed) || CONTACT_LABEL.test(trimmed);
  if (pitchWords === 1 || openedAsFurniture) {
    const words = wordTokens(trimmed, null).length;
    if ((pitchWords === 1 && words <= MAX_PITCH_WORDS) || (openedAsFurniture && words <= MAX_LABEL_LINE_WORDS)) return true;
  }
  return trimmed.length <= MAX_DATELINE_CHARS && /\p{N}/u.test(trimmed) && isDateline(trimmed);
}
