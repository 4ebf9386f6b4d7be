import { escapeRegExp } from '../text/escape-regexp';
import { allLanguages } from '../lang';
import { normalizeSpace } from '../text/segment';
import { FoldedPattern, foldCase } from '../text/case-fold';
import { AGENCY_NAMES } from './byline-credits';

/**
 * A caption's credit written into its text rather than marked apart: "… ngày 30-1 - Ảnh:
 * THUẬN THÀNH.", "Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian",
 * "Un Népalais prie à Katmandou. (Photo Prakash Mathema. AFP)", "Can you spot the anomaly?
 * Photo by Ricardo Gomez Angel". The labels are every pack's credit labels ("Ảnh", "Foto",
 * "Photo", "图") and source labels ("Nguồn", "Source"): a credit in another language than
 * the page's is still a credit.
 */

/** A credit is a name or two, an agency, "được cung cấp cho REUTERS": longer is a sentence about the picture. */
const MAX_CREDIT_CHARS = 80;

const MAX_TEXT_CHARS = 600;

/** Every pack's credit and source labels as one alternation: the credit labels are patterns already ("photo(?:graph)?s?"), the source labels words. */
function creditLabelList(): string[] {
  return [...allLanguages('otherCreditLabels'), ...allLanguages('sourceLabels').map(escapeRegExp)];
}

function creditLabels(): string {
  return creditLabelList().join('|');
}

let pattern: { labelled: FoldedPattern; bracketed: FoldedPattern; opening: FoldedPattern } | null = null;

function patterns(): { labelled: FoldedPattern; bracketed: FoldedPattern; opening: FoldedPattern } {
  if (pattern) return pattern;
  const labels = creditLabels();
  // After a sentence's end, a dash or bar, or at an opening bracket: "… 2015. Photo: …", "… - Ảnh: …", "(Foto: dpa)".
  // The text is normalised (one space between words): single optional spaces, so a long run of
  // spaces is never retried from each of its characters (tests/unit/regex-safety.test.ts).
  const before = String.raw`(?:(?<=[.!?…"”])\s|\s[-–—|/]\s?|\s?[([]\s?)`;
  // "Photo: X", "Photo by X"; and, in brackets only, "Photo X" ("(Photo Prakash Mathema. AFP)").
  pattern = {
    labelled: new FoldedPattern(String.raw`${before}((?:${labels})\s?(?:[:：]|\sby\s)\s?[^]{1,${MAX_CREDIT_CHARS}}?)[)\]]?\s?$`, 'u'),
    bracketed: new FoldedPattern(String.raw`\s?[([]\s?((?:${labels})\b[^()[\]]{1,${MAX_CREDIT_CHARS}})[)\]]\s?\.?$`, 'u'),
    opening: new FoldedPattern(String.raw`^((?:${labels})\s?[:：]\s?[^]{1,${MAX_CREDIT_CHARS}})$`, 'u'),
  };
  return pattern;
}

/** "LA NACION", "Getty Images", "Hoàng Hà / TTXVN": every word capitalised, or in capitals, or a joiner between such words. */
function isNameLike(text: string): boolean {
  const words = text.replace(/[.,;:/()[\]|]/gu, ' ').split(/\s+/u).filter((word) => word !== '');
  return words.length > 0 && words.length <= 6 && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || word.length <= 3);
}

/**
 * "Declan Rice po vítězství na Aston Ville. | Reuters": a bar before a bare name or agency at
 * the end sets the credit apart with no label. Only a bar: after a dash, a name is as often the
 * caption's own words ("Raspberry Pi - Various Usage").
 */
function bareCreditAfterBar(whole: string): { caption: string; credit: string } | null {
  const bar = whole.lastIndexOf('|');
  if (bar <= 0) return null;
  const caption = whole.slice(0, bar).trim();
  const credit = whole.slice(bar + 1).trim().replace(/(?<!\s)\s*\.$/u, '');
  return caption !== '' && credit !== '' && credit.length <= MAX_CREDIT_CHARS && isNameLike(credit) ? { caption, credit } : null;
}

/** "©" or "(c)" opens a copyright line in every language. */
const COPYRIGHT = /^(?:©|\(c\)\s)/iu;
const SLASH = /\s?\/\s?/u;
const MAX_CHAIN_PARTS = 4;
const MAX_PART_WORDS = 4;

/** "Jim Watson", "AFP", "Getty Images News", or a photographer's handle ("evgenyb"). */
function isChainPart(part: string): boolean {
  const words = part.split(' ');
  return words.length <= MAX_PART_WORDS && !/[.!?,;:]/u.test(part) && (isNameLike(part) || (words.length === 1 && part.length >= 4));
}

/**
 * A caption that is a credit and nothing else: "© Provided by Business Insider Inc", or a chain of
 * photographer, collection and agency ("JIM WATSON/AFP/Getty Images", "(Mike Watson Images/Moodboard/Getty)").
 * "Before/After" and "Hanoi/Saigon" are captions: a chain has three parts, or a part of two words or more.
 */
function isWholeCredit(whole: string): boolean {
  if (COPYRIGHT.test(whole)) return whole.length <= MAX_CREDIT_CHARS;
  const parts = whole.replace(/^\((.*)\)$/u, '$1').split(SLASH);
  if (parts.length < 2 || parts.length > MAX_CHAIN_PARTS || !parts.every(isChainPart)) return false;
  return parts.length >= 3 || parts.some((part) => part.includes(' '));
}

/** The caption and a credit that a pack's label introduces ("Photo: …", "Ảnh: …", "(Foto dpa)"); null when no label marks one. */
function splitLabelledCredit(whole: string): { caption: string; credit: string } | null {
  // Most captions carry no credit label at all: the patterns are built on the first caption only.
  const { labelled, bracketed, opening } = patterns();
  const open = opening.exec(whole);
  if (open?.[1] && isNameLike(open[1].replace(/^[^:：]*[:：]/u, ''))) return { caption: '', credit: open[1].replace(/(?<!\s)\s*\.$/u, '').trim() };
  for (const re of [bracketed, labelled]) {
    const found = re.exec(whole);
    if (!found?.[1] || found.index === 0) continue;
    const caption = whole.slice(0, found.index).trim();
    if (caption !== '') return { caption, credit: found[1].replace(/(?<!\s)\s*\.$/u, '').trim() };
  }
  return null;
}

const longestFirst = (labels: readonly string[]): string => [...labels].sort((a, b) => b.length - a.length).join('|');

let labelRunPatterns: { run: FoldedPattern; each: RegExp } | null = null;

/**
 * One to three labels at the start, each with an optional colon or ellipsis: "CreditCredit…", "Crédito: ".
 * Longest label first: glued to the next one, "Crédito" must not be read as French "Crédit" and an "o".
 */
function labelRun(): { run: FoldedPattern; each: RegExp } {
  if (labelRunPatterns) return labelRunPatterns;
  const labels = longestFirst(creditLabelList());
  // Folded (utils/text/case-fold.ts): every language's labels compiled with `iu` cost several times as much.
  labelRunPatterns = { run: new FoldedPattern(String.raw`^(?:(?:${labels})(?:\s?(?:[:：…]|\.{3}))?\s?){1,3}`, 'u'), each: new RegExp(`(?:${labels})`, 'gu') };
  return labelRunPatterns;
}

const ELLIPSIS = /…|\.{3}/u;

/**
 * "CreditCredit…Jeon Heon-Kyun/EPA" → "Jeon Heon-Kyun/EPA": a label for screen readers in a hidden
 * span, then the label the page shows ("Credit…"), glued to the name by the markup (NYT, and CMSs
 * built like it). Taken off only in that shape (labels repeated, an ellipsis, or a label glued to a
 * name of two words or more): "Photo: AFP" keeps its label, and "PhotoDisc" is an agency.
 */
export function withoutHiddenCreditLabel(credit: string): string {
  const whole = normalizeSpace(credit);
  const { run: runPattern, each } = labelRun();
  const run = runPattern.exec(whole)?.[0] ?? '';
  const rest = whole.slice(run.length);
  if (run === '' || !/^[\p{Lu}\p{N}©]/u.test(rest)) return whole;
  const labels = foldCase(run).match(each) ?? [];
  const glued = !/[\s:：….]$/u.test(run) && /[\s/]/u.test(rest);
  return labels.length >= 2 || ELLIPSIS.test(run) || glued ? rest : whole;
}

let gluedPattern: RegExp | null = null;

/** "… in 2023.CreditCredit…Jeon Heon-Kyun/EPA": the hidden label's shape with no markup to set it apart. */
function splitGluedCredit(whole: string): { caption: string; credit: string } | null {
  gluedPattern ??= new RegExp(String.raw`(?<=[.!?…"”])\s?((?:${creditLabels()})[^]{1,${MAX_CREDIT_CHARS}})$`, 'iu');
  const found = gluedPattern.exec(whole);
  if (!found?.[1]) return null;
  const credit = withoutHiddenCreditLabel(found[1]);
  const caption = whole.slice(0, found.index).trim();
  // "… of a bar.Credit…Ed Murray/NJ Advance Media for NJ.com": a label closed by an ellipsis says a credit follows, whatever its words.
  const announced = ELLIPSIS.test(found[1].slice(0, found[1].length - credit.length));
  return credit !== found[1] && caption !== '' && (isNameLike(credit) || announced) ? { caption, credit: credit.replace(/(?<!\s)\s*\.$/u, '') } : null;
}

let agencyPattern: RegExp | null = null;

/**
 * "Le maire de Lyon lors de la conférence de presse. AFP", "… el 3 de mayo. (EFE)": a news agency
 * alone after the caption's last sentence, or in brackets at its end, is its credit with no label.
 * "… according to AFP." is the caption's own sentence.
 */
function splitAgencyCredit(whole: string): { caption: string; credit: string } | null {
  agencyPattern ??= new RegExp(String.raw`(?:(?<=[.!?…"”])\s|\s?[([]\s?)(${AGENCY_NAMES}(?:\s?[/,]\s?${AGENCY_NAMES}){0,2})\s?[)\]]?\s?\.?$`, 'iu');
  const found = agencyPattern.exec(whole);
  if (!found?.[1] || found.index === 0) return null;
  return { caption: whole.slice(0, found.index).trim(), credit: found[1] };
}

/** An agency and a photographer's name: "新华社记者 欧阳明": more is a sentence that ends with the word. */
const MAX_SUFFIXED_NAME_CHARS = 24;

let suffixedPattern: RegExp | null = null;

function suffixedCreditPattern(): RegExp {
  // `(?!)` never matches: with no pack's suffixes, no credit is of this kind.
  const suffixes = allLanguages('creditSuffixes').map(escapeRegExp).join('|') || '(?!)';
  return new RegExp(
    String.raw`(?:^|(?<=[。！？.!?”])\s?|\s?[（(=]\s?)([^。！？.!?（）()=]{2,${MAX_SUFFIXED_NAME_CHARS}}?\s?[/／]?\s?(?<!拍)(?:${suffixes}))\s?[)）]?\s?[。.]?$`,
    'u',
  );
}

/**
 * "图为市民在公园内赏花。新华社记者 李明 摄", "…赏花（新华社记者李明摄）": Chinese credits end with
 * the word for "photographed" rather than open with a label. The credit follows a sentence's end, an
 * opening bracket, an equals sign or nothing (a caption that is only its credit). "在北京拍摄" (shot in
 * Beijing) is the caption's own words. Japanese "東京都内で撮影" says where, not who: no suffix there.
 */
function splitSuffixedCredit(whole: string): { caption: string; credit: string } | null {
  suffixedPattern ??= suffixedCreditPattern();
  const found = suffixedPattern.exec(whole);
  if (!found?.[1]) return null;
  return { caption: whole.slice(0, found.index).trim(), credit: found[1].trim() };
}

/** A caption is at most a few sentences (captions.ts): past that, the text is no caption with a credit at its end. */
function shortEnough(whole: string): boolean {
  return whole.length <= MAX_TEXT_CHARS;
}

/**
 * The caption text and its credit, apart. A caption that opens with a label is a credit only when
 * what follows is a name ("Foto: LA NACION"); "Photo: the new bridge at dawn." is the caption.
 */
export function splitCaptionCredit(text: string): { caption: string; credit: string } {
  const whole = normalizeSpace(text);
  if (!shortEnough(whole)) return { caption: whole, credit: '' };
  if (isWholeCredit(whole)) return { caption: '', credit: withoutHiddenCreditLabel(whole) };
  const unlabelled = withoutHiddenCreditLabel(whole);
  // "Credit…Ed Murray/NJ Advance Media for NJ.com": a label closed by an ellipsis says a credit follows, whatever its words.
  if (unlabelled !== whole && (isNameLike(unlabelled) || ELLIPSIS.test(whole.slice(0, whole.length - unlabelled.length)))) return { caption: '', credit: unlabelled };
  return splitGluedCredit(whole) ?? splitLabelledCredit(whole) ?? splitSuffixedCredit(whole) ?? splitAgencyCredit(whole) ?? bareCreditAfterBar(whole) ?? { caption: whole, credit: '' };
}

/**
 * A credit in some pack's labels ends the text, or is all of it ("… - Ảnh: Duy Thành", "Foto: dpa"):
 * a line that says so much is a caption. A bare name after a bar is not enough for that.
 */
export function hasLabelledCredit(text: string): boolean {
  const whole = normalizeSpace(text);
  return shortEnough(whole) && splitLabelledCredit(whole) !== null;
}

let jointPattern: RegExp | null = null;

/**
 * A caption whose credit is marked apart ("… réplica da taça - <span class="credit">Heinrich
 * Aikawa</span>", "… at dawn. Photo: <span class="credit">AFP</span>") keeps the dash, bar or
 * label that joined the two: with the credit gone, that tail is no part of the caption.
 */
export function withoutCreditJoint(caption: string): string {
  if (!jointPattern) {
    const labels = creditLabels();
    // Each try at a position is bounded (a separator, or a label and its colon), so a long caption costs no more than a scan.
    jointPattern = new RegExp(String.raw`(?:\s[-–—|/·•]|(?:(?<=[.!?…"”])\s|\s[-–—|/]\s|\s?[([])(?:${labels})\s?[:：])\s?[([]?$`, 'iu');
  }
  const whole = normalizeSpace(caption);
  const found = jointPattern.exec(whole);
  return found && found.index > 0 ? whole.slice(0, found.index).trim() : whole;
}
