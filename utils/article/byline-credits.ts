import { baseLanguage, wordTokens } from '../text/tokens';
import { opensWithTerm } from '../text/leading-term';
import { PACKS, allLanguages, packFor, packsOfPage, perPack } from '../lang';
import { escapeRegExp } from '../text/escape-regexp';

/**
 * What surrounds a name in a byline without being one: the source a story was taken from
 * ("Theo TTXVN", "Nguồn: Báo Ninh Thuận", "Ánh Ngọc (Theo AFP)"), the newsroom after a
 * slash ("Danh Tuyên/VOV.VN"), and the capitals many sites print names in ("VÕ THẠNH").
 */

/** "Nguồn:", "Source:", "Quelle:": a label with a colon is a source on any page. */
const SOURCE_LABEL = new RegExp(`^[([]?\\s*(?:${allLanguages('sourceLabels').join('|')})\\s*[:：]\\s*`, 'iu');

/** "Theo …", "According to …", "Laut …": the pack's "according to", only on pages in its language ("Theo" is also a first name). */
const accordingToPrefix = perPack((pack) => (pack.accordingTo.length > 0 ? new RegExp(`^[([]?\\s*(?:${pack.accordingTo.join('|')})\\s+`, 'iu') : null));

const MAX_CREDIT_WITH_CHARS = 60;
/** "With", "avec", "mit" opening a line, in brackets or not ("(Avec AFP)"); the line's spaces are collapsed (a run is not retried, regex-safety). */
const creditWithPrefix = perPack((pack) => (pack.creditWith.length > 0 ? new RegExp(`^[([]? ?(?:${pack.creditWith.join('|')}) `, 'iu') : null));

/**
 * "(Avec AFP)" → "AFP", "mit dpa" → "dpa", "With Joe Neumaier" → "Joe Neumaier": a credit line
 * that opens with the page language's "with" (every pack's, when the language is unknown) names
 * who or what it credits after it: a person's name or agencies only ("mit Material von dpa" is a note).
 */
export function withoutCreditWith(line: string, lang: string | null): string {
  // A credit is short; the agencies' alternation is not retried over a long line (regex-safety).
  if (line.length > MAX_CREDIT_WITH_CHARS) return line;
  for (const current of packsOfPage(lang)) {
    const match = creditWithPrefix(current)?.exec(line);
    if (!match) continue;
    const after = line.slice(match[0].length).trimEnd();
    const rest = /[)\]]$/u.test(after) ? after.slice(0, -1).trimEnd() : after;
    if (PERSON_NAME.test(rest) || AGENCY_LIST.test(rest)) return rest;
  }
  return line;
}

/** " avec ", " with ": the page language's "with" inside a line (every pack's, when the language is unknown). */
const creditWithInside = perPack((pack) => (pack.creditWith.length > 0 ? new RegExp(` (?:${pack.creditWith.join('|')}) `, 'iu') : null));

/**
 * "Le Monde avec AFP", "Jane Doe with Reuters" → the two parts, when an agency follows the
 * page language's "with"; null for any other line.
 */
export function splitAtCreditWith(line: string, lang: string | null): [string, string] | null {
  if (line.length > MAX_CREDIT_WITH_CHARS) return null;
  for (const current of packsOfPage(lang)) {
    const match = creditWithInside(current)?.exec(line);
    if (!match) continue;
    const agencies = line.slice(match.index + match[0].length).trim();
    if (AGENCY_LIST.test(agencies)) return [line.slice(0, match.index).trim(), agencies];
  }
  return null;
}

/** The wire agencies and reporter credits of every pack ("TTXVN", "AFP", "Reuters", "PV"), as written. */
const CREDIT_LINE = new RegExp(`^(?:${allLanguages('creditLines').join('|')})$`, 'u');

function accordingToPrefixes(lang: string | null): RegExp[] {
  return packsOfPage(lang).map(accordingToPrefix).filter((prefix): prefix is RegExp => prefix !== null);
}

export function isCreditLine(text: string): boolean {
  return CREDIT_LINE.test(text.trim());
}

/** The source named after "Theo", "Nguồn:" or "According to" at the start of `line`, or null. */
export function sourceOf(line: string, lang: string | null): string | null {
  const prefix = SOURCE_LABEL.exec(line) ?? accordingToPrefixes(lang).map((p) => p.exec(line)).find((m) => m !== null) ?? null;
  return prefix ? line.slice(prefix[0].length).replace(/(?<![\s)\].])[\s)\].]+$/u, '').trim() : null;
}

/**
 * The byline a source credit gives, or null when `line` is no source credit. An agency signs
 * the story ("Theo TTXVN" → ["TTXVN"]); any other source is the publication the story was
 * taken from, never its author ("Theo Tuổi Trẻ Online", "Nguồn: Báo Điện tử Chính phủ" → []).
 */
export function sourceCredit(line: string, lang: string | null): string[] | null {
  const source = sourceOf(line, lang);
  if (source === null) return null;
  if (isCreditLine(source)) return [source];
  const writer = writerBeforePaper(source, lang);
  return writer ? [writer] : [];
}

/** A name of two to four capitalised words, then the paper in parentheses: "Thanh Hà (Báo Dân Sinh" (its ")" already cut). */
const NAME_THEN_PAPER = /^(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3})\s*[(（][^()（）]{2,}[)）]?$/u;

/**
 * "Theo Thanh Hà (Báo Dân Sinh)": aggregators credit the writer of the story they took and
 * name the paper after it; the writer is the byline. A capitalised part that opens with an
 * organisation word of the page's language ("Báo Dân Sinh (Hà Nội)") is the paper itself.
 */
function writerBeforePaper(source: string, lang: string | null): string | null {
  const name = NAME_THEN_PAPER.exec(source)?.[1];
  return name && !opensWithOrganisationWord(name, lang) ? name : null;
}

/** "Báo Dân Sinh", "Sở Y tế": the first word is one of the page language's organisation words (every pack's when unknown). */
function opensWithOrganisationWord(text: string, lang: string | null): boolean {
  const base = baseLanguage(lang);
  const pack = base ? packFor(base) : null;
  return (pack ? [pack] : PACKS).some((p) => opensWithTerm(text, p.organisationWords));
}

/**
 * A parenthesis after the name that is no name: its source ("Ánh Ngọc (Theo AFP)", "TUẤN SƠN
 * (theo Sputnik)"), its agency ("Thu Hà (TTXVN)") or a note ("H.Y (tổng hợp)", "Mộc Miên (Tổng hợp)",
 * "(T/h)"). A parenthesis of capitalised words is kept: it may hold more names.
 */
export function withoutTrailingNote(line: string, lang: string | null): string {
  const open = line.search(/[([]/u);
  if (open <= 0 || !/[)\]]\s*\.?$/u.test(line)) return line;
  const inside = line.slice(open + 1).replace(/[)\]]\s*\.?$/u, '').trim();
  // A name capitalises every word ("Mộc Miên"); "Tổng hợp", "T/h" and "tổng hợp" are notes, and so is a paper ("Báo Quảng Ninh").
  const isName = /^\p{Lu}[^\s/]*(?:\s+\p{Lu}[^\s/]*)*$/u.test(inside) && !opensWithOrganisationWord(inside, lang);
  // Digits are no note to cut ("人氣(23925)" is a view count, not a name with a remark).
  const isNote = !/\d/u.test(inside) && (sourceCredit(line.slice(open), lang) !== null || isCreditLine(inside) || !isName);
  return isNote ? line.slice(0, open).trim() : line;
}

/** Credits that are not the author's: "Minh Anh - Ảnh: Hoàng Hà" → "Minh Anh". */
const OTHER_CREDIT_LABEL = new RegExp(`(?:^|[\\s,;|–—-])(?:${allLanguages('otherCreditLabels').join('|')})\\s*[:：]`, 'iu');

/** A line that credits someone else and no one more ("[责任编辑:肖春芳]", "Ảnh: Hoàng Hà", "(Credit: Apple)"): never the writer's signature. */
const OTHER_CREDIT_LINE = new RegExp(`^[\\[(【（]?\\s*(?:${allLanguages('otherCreditLabels').join('|')})\\s*[:：︱｜|]\\s*[^:：]{1,40}[\\])】）]?$`, 'iu');

/**
 * The packs' rights phrases ("all rights reserved", "未经授权，不得转载", "tous droits réservés"),
 * anywhere in the line: sites write them with their own name around them.
 */
const RIGHTS_PHRASE = new RegExp(`(?:${allLanguages('rightsPhrases').map(escapeRegExp).join('|')})`, 'iu');

export function holdsRightsPhrase(text: string): boolean {
  return RIGHTS_PHRASE.test(text);
}

/**
 * A copyright holder on a line of their own ("© AP", "(© Reuters/John Smith)", "© 2012 Getty Images"):
 * a picture's credit, as captions print it. A rights notice ("© 2024 Acme. All rights reserved.") is none.
 */
const COPYRIGHT_LINE = /^[[(（]?\s*[©Ⓒ]\s*[^©:：\s][^©:：]{0,39}[\])）]?$/u;

export function isOtherCreditLine(text: string): boolean {
  return OTHER_CREDIT_LINE.test(text) || (COPYRIGHT_LINE.test(text) && !holdsRightsPhrase(text));
}

export function withoutOtherCredits(line: string): string {
  const other = OTHER_CREDIT_LABEL.exec(line);
  return other ? line.slice(0, other.index).replace(/(?<![\s,;|–—-])[\s,;|–—-]+$/u, '') : line;
}

/** "AFP", "dpa, AFP", "AP and Reuters": agencies alone. */
export const AGENCY_LIST = new RegExp(`^(?:${allLanguages('creditLines').join('|')})(?:(?:\\s*[,/&]\\s*|\\s+(?:${allLanguages('nameJoiners').join('|')})\\s+)(?:${allLanguages('creditLines').join('|')}))*$`, 'u');

/** Wire agencies and reporter abbreviations that sign articles and credit pictures on their own ("Reuters", "AFP", "dpa", "TTXVN", "PV"): every pack's credit lines, whatever the page's language, as one alternation. */
export const AGENCY_NAMES = `(?:${allLanguages('creditLines').join('|')})`;

/** A person's name as signatures set it: two to four words, each capitalised and no more ("Trần Hoàng", "Anna Weber"). */
const PERSON_NAME = /^\p{Lu}[\p{Ll}\p{M}'’-]*(?: \p{Lu}[\p{Ll}\p{M}'’-]*){1,3}$/u;
/** A paper's or a station's name is a few words ("Báo Tin tức", "Hà Nội Mới"). */
const MAX_NEWSROOM_WORDS = 4;

/** A spaced dash or a comma: what parts a signature; each match is read once (regex-safety). */
const SIGNATURE_PART_BREAK = /\s[-–—]\s|,\s/gu;
export const MAX_WORKPLACE_CHARS = 60;

/**
 * "Nguyễn Thị Hoa - Trung tâm Văn hóa Thông tin quận", "Trần Văn Nam - UBND phường Láng Hạ",
 * "Minh Anh, Trung tâm Văn hóa - Thông tin quận" → the name: portals sign with the writer's name and
 * the body they write for, which opens with one of the page language's organisation words. The
 * first such break counts, since units' names hold dashes of their own ("Văn hóa - Thông tin").
 */
export function withoutWorkplaceAfterBreak(line: string, lang: string | null): string {
  for (const match of line.matchAll(SIGNATURE_PART_BREAK)) {
    const workplace = line.slice(match.index + match[0].length).trim();
    if (workplace.length <= MAX_WORKPLACE_CHARS && (opensWithOrganisationWord(workplace, lang) || BROADCASTER_UNIT.test(workplace)) && !isSigningAgency(workplace)) return line.slice(0, match.index).trim();
  }
  return line;
}

/** "ARD-Hauptstadtstudio", "ZDF-Studio Brüssel": a broadcaster's initials joined to its unit, one word, in any language. */
const BROADCASTER_UNIT = /^\p{Lu}{2,}-\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}-]+)?$/u;

/** "The Associated Press": an agency after the writer signs with them, as "Jane Doe, Reuters" does, whatever article opens its name. */
function isSigningAgency(workplace: string): boolean {
  return isCreditLine(workplace) || isCreditLine(workplace.replace(/^\S+\s+/u, ''));
}

/**
 * "Danh Tuyên/VOV.VN", "Hoàng Hưng/VTV.VN", "Minh Anh/Theo VTV", "Trần Hoàng/Báo Tin tức" → the
 * name; "AFP/TTXVN" (two agencies) stays. After a person's name, any short capitalised part is
 * where they write for; after anything else, only an acronym, an address or a source.
 */
export function withoutNewsroomAfterSlash(line: string, lang: string | null): string {
  const slash = line.indexOf('/');
  if (slash <= 0) return line;
  const name = line.slice(0, slash);
  const newsroom = line.slice(slash + 1).trim();
  // "Minh Anh/Theo VTV": the source after the slash, in the page's words for "according to".
  // "PV/VOV-Tây Nguyên": the page language's title for its reporter, alone, signs as a name does.
  const reporter = isReporterTitle(name.trim(), lang);
  const isNewsroom =
    /^(?:\p{Lu}{2,}|[\p{L}\d-]+\.\p{L}{2,})/u.test(newsroom) ||
    (baseLanguage(lang) !== null && sourceOf(newsroom, lang) !== null) ||
    ((reporter || PERSON_NAME.test(name.trim())) && /^\p{Lu}/u.test(newsroom) && newsroom.split(/\s+/u).length <= MAX_NEWSROOM_WORDS);
  // A name in capitals is a person's when it is two words or more ("THANH HÀ/TTXVN"); "AFP/TTXVN" is two agencies, and so is "dpa/AFP".
  const agency = !reporter && isCreditLine(name.trim());
  return (/\p{Ll}/u.test(name) || /\S\s+\S/u.test(name.trim()) || reporter) && isNewsroom && !agency ? name.trim() : line;
}

const reporterTitle = perPack((pack) => (pack.bylinePrefixes.length > 0 ? new RegExp(`^(?:${pack.bylinePrefixes.join('|')})$`, 'iu') : null));

/** "PV", "CTV": a title the page's pack (every pack, when the language is unknown) puts before a writer's name, standing alone for an unnamed one. */
function isReporterTitle(word: string, lang: string | null): boolean {
  return isCreditLine(word) && packsOfPage(lang).some((pack) => reporterTitle(pack)?.test(word) ?? false);
}

/**
 * "VÕ THẠNH" → "Võ Thạnh": a name of two or more words in capitals only is a name set in
 * capitals (Tuổi Trẻ, Thanh Niên, Nhân Dân print bylines so). Words that are credit lines
 * keep their capitals, and so does a single word ("TTXVN", "AFP" are acronyms).
 */
export function withoutCapitals(name: string, lang: string | null): string {
  // Beside a script without case ("オカモト／ASCII編集部") the capitals are an acronym's, not a shouted name's.
  if (/[\p{Ll}\p{Lo}]/u.test(name) || wordTokens(name, lang).length < 2) return name;
  const locale = baseLanguage(lang) ?? undefined;
  return name.replace(/[\p{L}\p{M}'’]+/gu, (word) => {
    if (isCreditLine(word)) return word;
    const lower = word.toLocaleLowerCase(locale);
    return lower.charAt(0).toLocaleUpperCase(locale) + lower.slice(1);
  });
}
