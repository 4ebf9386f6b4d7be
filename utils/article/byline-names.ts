import { normalizeSpace } from '../text/segment';
import { wordTokens, baseLanguage } from '../text/tokens';
import { findDatesInText } from './dates/parse-date-text';
import { PACKS, allLanguages, packFor, perPack, type LanguagePack } from '../lang';
import { isCreditLine, sourceCredit, sourceOf, splitAtCreditWith, withoutCapitals, withoutCreditWith, withoutNewsroomAfterSlash, withoutOtherCredits, withoutTrailingNote, withoutWorkplaceAfterBreak } from './byline-credits';
import { escapeRegExp } from '../text/escape-regexp';
import { isSectionName } from './section-names';
import { FoldedPattern } from '../text/case-fold';

/**
 * Turns a byline as pages write it ("By JOHN SMITH and Jane Doe | Updated Jan 5, 2024",
 * "Par Sébastien Farcis", "Bởi Nguyễn Văn A") into the names it gives.
 */

/** Prefixes every language's pages use: English ones appear on sites in any language. */
const ANY_LANGUAGE_PREFIX = /^(?:(?:written|posted|story|words|reporting|reported|text|article)\s+by|by)(?:\s*:\s*|\s+)/iu;

/**
 * What closes a byline label: a colon, a bar ("作者︱春春", "Autor | …"), or, right after a
 * Chinese or Japanese label, a slash ("编译/林靖东", "文/张三") or the marks Japanese magazines
 * set there ("文● オカモト", "文＝山田", "文・山田"); a slash after a Latin word is no label
 * ("Bài/ảnh", "Danh Tuyên/VOV.VN").
 */
export const LABEL_END = String.raw`\s*(?:[:：︱｜|]|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[/／●＝・])\s*`;

/** A label with a colon is unambiguous whatever the page's language. */
// Longest first: an alternation takes the first label that fits, and Chinese "文" would end Japanese "文・写真＝" at its dot.
const LABEL_PREFIX = new RegExp(`^(?:${[...allLanguages('bylineLabels')].sort((a, b) => b.length - a.length).join('|')})${LABEL_END}`, 'iu');

/**
 * Prefixes that are also surnames or words elsewhere ("Von Miller", "Di Maria", "Par" is
 * Catalan for pair), so each is removed only on a page in its own language (the packs'
 * byline prefixes), or on a page whose language is unknown.
 */
// After a Chinese title the name follows with no space ("记者张三"); a colon may close the prefix ("بقلم: محمد أحمد").
const bylinePrefix = perPack((pack) =>
  pack.bylinePrefixes.length > 0 ? new RegExp(`^(?:${pack.bylinePrefixes.join('|')})(?:\\s*[:：]\\s*|\\s+|(?<=\\p{Script=Han})(?=\\p{Script=Han}))`, 'iu') : null,
);

/** Chinese names: a family name and one to three characters; several are parted by spaces or "、". */
const HAN_NAME = String.raw`\p{Script=Han}{2,4}`;
// The line is white-space-collapsed: one optional space, so no run of spaces is retried from every start (regex-safety).
const HAN_JOINT = String.raw`(?: ?[、，,] ?| )`;
const HAN_NAMES_LINE = new RegExp(String.raw`^${HAN_NAME}(?:${HAN_JOINT}${HAN_NAME}){0,3}$`, 'u');
const HAN_SPLIT = new RegExp(HAN_JOINT, 'u');
const HAN_BYLINE_END = / ?(?:报道|報導|摄影?报道|摄|攝)$/u;
/** A title and up to four names, in brackets: a longer line is a sentence. */
const MAX_HAN_BYLINE_CHARS = 44;

/**
 * "记者张三", "（本报记者 张三、李四）" → the names: a Chinese byline line with no colon, its
 * title from the page's pack (of every pack when the language is unknown), then names only
 * ("报道", reports, may close it). Null for any other line.
 */
export function titledHanBylineNames(text: string, lang: string | null): string[] | null {
  const collapsed = normalizeSpace(text);
  if (collapsed.length > MAX_HAN_BYLINE_CHARS) return null;
  const line = collapsed.replace(/^[（(【[] ?/u, '').replace(/ ?[）)】\]]$/u, '');
  if (!/^\p{Script=Han}/u.test(line)) return null;
  const base = baseLanguage(lang);
  const pack = base ? packFor(base) : null;
  const prefixes = pack ? [bylinePrefix(pack)] : base ? [] : everyBylinePrefix();
  for (const prefix of prefixes) {
    const title = prefix?.exec(line);
    const names = title ? line.slice(title[0].length).replace(HAN_BYLINE_END, '') : '';
    if (HAN_NAMES_LINE.test(names)) return names.split(HAN_SPLIT);
  }
  return null;
}

/** "홍길동 기자", "山田太郎記者": the title after the name, on pages in the pack's language only (a space before it or none). */
const bylineSuffix = perPack((pack) => (pack.bylineSuffixes.length > 0 ? new RegExp(`(?<=\\S)\\s?(?:${pack.bylineSuffixes.join('|')})$`, 'u') : null));

let everyLanguagePrefix: readonly RegExp[] | null = null;

function everyBylinePrefix(): readonly RegExp[] {
  everyLanguagePrefix ??= PACKS.map(bylinePrefix).filter((prefix): prefix is RegExp => prefix !== null);
  return everyLanguagePrefix;
}

/** Credits that follow the author's name and are not the author: "Edited by …", "Photos by …". */
// `(?<!\s)`: the match starts where its spaces start, never again inside them (quadratic on a long run of spaces).
const OTHER_CREDITS = /(?<!\s)\s*(?:[,;|]\s*)?\b(?:edited|editing|photos?|photographs?|pictures?|illustrations?|graphics?|video|additional reporting)\s+by\b.*$/isu;

/** Text a byline block holds that names no one. */
const NOT_A_NAME =
  /^(?:by|author|authors|written by|posted by|follow|follow author|unfollow|share|more|staff|admin|administrator|unknown|anonymous|guest|editor|editors|contributor|contributors|view profile|see all|about the author|read more|email|comments?|updated|published|posted|min read|sign in|sign up|log in|login|register|subscribe|newsletter|menu|search|home)$/iu;

/** "Find More Articles By", "Stories by": a label that the names follow, in an element of their own. */
const ENDS_WITH_BY = /\sby$/iu;

/** Words that say a line is about time, not authorship ("Updated 5 min ago", "Last updated: …"). */
const TIME_WORDS = /\b(?:updated|published|posted on|ago|min(?:ute)?s? read|hours?|yesterday|today|last updated|cập nhật|mis à jour|aktualisiert|actualizado)\b/iu;

/** Between authors: "A, B and C", "A & B", "A und B", "A et B", "A y B", "A và B", "A、B", "A - B" (Vietnamese). */
// `(?!(?<=\s)\s)`: no match starts inside a run of spaces (the run's first space is tried instead),
// so a long run is not retried from each of its characters.
function nameSeparator(joiners: readonly string[]): RegExp {
  return new RegExp(`(?!(?<=\\s)\\s)\\s*(?:,|;|、|\\s&\\s|\\s(?:${joiners.join('|')})\\s)\\s*`, 'iu');
}

/** A pattern from the page's own pack when its language is known and has the words; every language's (built once) otherwise. */
function byPageLanguage<T>(own: (pack: LanguagePack) => T | null, every: () => T): (lang: string | null) => T {
  let union: T | null = null;
  return (lang) => {
    const base = baseLanguage(lang);
    const pack = base ? packFor(base) : null;
    const mine = pack ? own(pack) : null;
    if (mine) return mine;
    union ??= every();
    return union;
  };
}

/** The page's own joiners ("và" and the spaced hyphen on Vietnamese pages); every language's when the page's is unknown. */
const separatorFor = byPageLanguage(
  perPack((pack) => (pack.nameJoiners.length > 0 ? nameSeparator(pack.nameJoiners) : null)),
  () => nameSeparator(allLanguages('nameJoiners')),
);

const MAX_NAME_CHARS = 70;
const MAX_NAME_WORDS = 6;

/**
 * "NBC's Kristen Welker", "NBC News' Akbar Shinwari": the newsroom's possessive before the name, in
 * capitalised words or an acronym, as English credits write it. The name that follows is the byline.
 */
const NEWSROOM_POSSESSIVE = /^\p{Lu}[\p{L}&.]*(?: \p{Lu}[\p{L}&.]*){0,2}(?:'s|’s|'|’) (?=\p{Lu}\p{Ll}+ \p{Lu})/u;

/**
 * The prefixes that may come glued to the name: "By", and the page language's of one word of three
 * letters or more. Shorter ones open names too ("DiCaprio", "Di Maria" in Italian).
 */
const gluedPrefixes = perPack((pack) => ['by', ...pack.bylinePrefixes.filter((prefix) => /^\p{L}{3,}$/u.test(prefix))]);

/**
 * "ByTravis Haney", "Byby JOSH HASKELL": a prefix glued to the name by markup its style sheet
 * parts ("<span>By</span><a>Travis Haney</a>"). Taken only as pages write a prefix, capitalised
 * and alone, before a capitalised word or a prefix again: "Byron Smith", "Vonnegut" and "Parker"
 * are names.
 */
function withoutGluedPrefix(text: string, lang: string | null): string {
  const base = baseLanguage(lang);
  const pack = base ? packFor(base) : null;
  const prefixes = pack ? gluedPrefixes(pack) : ['by'];
  const glued = prefixes.find((prefix) => text.length > prefix.length && text.slice(0, prefix.length).toLowerCase() === prefix);
  if (glued === undefined) return text;
  const [written, rest] = [text.slice(0, glued.length), text.slice(glued.length)];
  const capitalised = /^\p{Lu}\p{Ll}+$/u.test(written);
  const nameNext = /^\p{Lu}\p{Ll}/u.test(rest) || prefixes.some((prefix) => rest.toLowerCase().startsWith(`${prefix} `));
  return capitalised && nameNext ? rest : text;
}

/** The line without the labels and prefixes a byline opens with ("By", "Tác giả:", "Phóng viên"), the page's language's, or every one when it is unknown. */
export function stripPrefixes(text: string, lang: string | null): string {
  let out = withoutGluedPrefix(text.replace(LABEL_PREFIX, ''), lang).replace(ANY_LANGUAGE_PREFIX, '').replace(NEWSROOM_POSSESSIVE, '');
  const base = baseLanguage(lang);
  const pack = base ? packFor(base) : null;
  const own = pack ? bylinePrefix(pack) : null;
  if (own) out = out.replace(own, '');
  else if (!base) for (const prefix of everyBylinePrefix()) out = out.replace(prefix, '');
  return withoutBylineSuffix(out, lang);
}

/** "홍길동 기자", "山田太郎記者": the writer's title after the name, in the page's language. */
function withoutBylineSuffix(line: string, lang: string | null): string {
  const base = baseLanguage(lang);
  const pack = base ? packFor(base) : null;
  const suffix = pack ? bylineSuffix(pack) : null;
  return (suffix ? line.trim().replace(suffix, '') : line).trim();
}

/**
 * "By Jane Doe", "Von Hans Meier", "Tác giả: Minh An", "Theo TTXVN": a line that opens with a
 * byline prefix or label of the page's language (of any when it is unknown), or a source credit.
 */
export function opensWithBylinePrefix(text: string, lang: string | null): boolean {
  const line = normalizeSpace(text);
  const rest = stripPrefixes(line, lang);
  return (rest !== line && /^[\p{Lu}\p{Lo}]/u.test(rest)) || sourceOf(line, lang) !== null;
}

/**
 * A parenthesis with a link or an address is contact detail, not part of the name. Cut per
 * ")" so each "(" is read once: /\((?:[^)]*(?:https?:|www\.|@))[^)]*\)/giu did the same but
 * re-read the rest of the line from every "(" (0.2 s on 20,000 of them).
 */
// An address, or the label of a contact link alone: "Edward M. Gomez (Email)".
const CONTACT = /https?:|www\.|@|^\s*(?:e-?mail|contact|twitter|bio|profile)\s*$/iu;

function withoutContactDetails(line: string): string {
  const pieces = line.split(')');
  const last = pieces.length - 1;
  return pieces
    .map((piece, i) => {
      if (i === last) return piece;
      const open = piece.indexOf('(');
      return open !== -1 && CONTACT.test(piece.slice(open + 1)) ? piece.slice(0, open) : `${piece})`;
    })
    .join('');
}

/** Cuts a byline line where dates, "Updated" notes or other credits begin. */
function authorPart(text: string): string {
  let line = text.replace(OTHER_CREDITS, '');
  const firstDate = findDatesInText(line, { monthFirst: false })[0];
  if (firstDate) line = withoutDateConnector(withoutTrailingDateLabel(withoutTrailingWeekday(line.slice(0, firstDate.index))));
  else line = beforeWeekday(line);
  // Separators that start a new field in bylines: "Jane Doe | Reuters", "Jane Doe • 5 min read".
  // A section's name may be the first field ("Politik · Jochen Bittner, Tina Hildebrandt"): the names follow it.
  const fields = line.split(/(?!(?<=\s)\s)(?:\s*[|•·]\s*|\s+[–—]\s+)/u);
  line = fields.find((field, i) => i === fields.length - 1 || !isSectionName(field.trim())) ?? '';
  const timeWord = TIME_WORDS.exec(line);
  if (timeWord) line = line.slice(0, timeWord.index);
  return withoutContactDetails(line).replace(/(?<![\s,;:–—-])[\s,;:–—-]+$/u, '').trim();
}

/**
 * "Albert on 2019-02-15", "Hans Meier am 12. März", "Jean Dupont le 3 mai": the short lowercase
 * word that joined the names to the date just cut. A name never ends in one before a date.
 */
function withoutDateConnector(line: string): string {
  return line.replace(/(?<=\S)\s+\p{Ll}{1,3}\s*$/u, '');
}

/** "timothy on Tuesday July 24, @09:04AM": a date without a year still opens with the day's name, a word of its own. */
function beforeWeekday(line: string): string {
  const words = line.split(/(?<=\s)/u);
  let at = 0;
  for (const [i, word] of words.entries()) {
    const bare = word.trim().replace(/[,.]$/u, '').toLocaleLowerCase();
    if (i > 0 && WEEKDAYS.has(bare)) return withoutDateConnector(line.slice(0, at));
    at += word.length;
  }
  return line;
}

/** "Thứ Tư" before a dateline in an author block is a day, not a name. */
const WEEKDAYS = new Set(allLanguages('weekdayNames'));

/** "Joe Wee Monday, February 29, 2016": the day's name opens the date that was cut, in any language. */
function withoutTrailingWeekday(line: string): string {
  // The look-behind starts the run where it starts: `[…]+$` alone is tried again at every separator of a long run.
  const kept = line.replace(/(?<![\s,;:–—-])[\s,;:–—-]+$/u, '');
  const lower = kept.toLocaleLowerCase();
  for (const day of WEEKDAYS) {
    if (day !== '' && lower.endsWith(day) && /(?:^|\s)$/u.test(lower.slice(0, lower.length - day.length))) return kept.slice(0, kept.length - day.length);
  }
  return line;
}

/** Labels that hold free text ("par … le", "by … on") would take the name with them: those stay. */
let trailingDateLabel: RegExp | null = null;
// Read from the line's last characters only, so a long line is not searched from every word.
const TRAILING_LABEL_CHARS = 40;

/**
 * "홍길동 기자 입력 2023.11.16", "Иван Петров Опубликовано 16 ноября", "Jean Dupont Publié le 16 novembre":
 * with the date cut, its label is left after the name, in any pack's words.
 */
function withoutTrailingDateLabel(line: string): string {
  trailingDateLabel ??= new RegExp(
    `(?:^|[^\\p{L}])(?:${[...allLanguages('publishedLabels'), ...allLanguages('updatedLabels')].filter((label) => !label.includes('[^')).join('|')})\\s*[:：\\-–|]?\\s*$`,
    'iu',
  );
  const start = Math.max(0, line.length - TRAILING_LABEL_CHARS);
  const found = trailingDateLabel.exec(line.slice(start));
  if (!found) return line;
  const kept = line.slice(0, start + found.index + (found[0].match(/^[^\p{L}]/u) ? 1 : 0));
  return kept.trim() === '' ? line : kept;
}

/**
 * "기사입력 : 2023-11-16 10:21", "Опубликовано: 16 ноября" in a byline's place: with the date cut,
 * the label before it is left, and a label of a date in any language names no one.
 */
let dateLabel: RegExp | null = null;

function isDateLabel(text: string): boolean {
  dateLabel ??= new RegExp(`^(?:${[...allLanguages('publishedLabels'), ...allLanguages('updatedLabels')].join('|')})\\s*[:：]?$`, 'iu');
  return dateLabel.test(text);
}

export function isPlausibleName(name: string, lang: string | null): boolean {
  if (name.length < 2 || name.length > MAX_NAME_CHARS) return false;
  if (/https?:|www\.|@|\d|[<>{}=]/iu.test(name) || NOT_A_NAME.test(name) || ENDS_WITH_BY.test(name) || TIME_WORDS.test(name) || isDateLabel(name)) return false;
  if (WEEKDAYS.has(name.toLocaleLowerCase()) || isCapitalisedPhrase(name)) return false;
  const wordCount = wordTokens(name, lang).length;
  return wordCount >= 1 && wordCount <= MAX_NAME_WORDS;
}

let joiningWords: ReadonlySet<string> | null = null;

/** Every pack's one-word prepositions that no name holds ("on", "to", "für", "của"; not "de", "van", "zu"). */
function prepositionsOutsideNames(): ReadonlySet<string> {
  const particles = new Set(allLanguages('nameParticles').map((particle) => particle.toLocaleLowerCase()));
  return new Set(allLanguages('prepositions').filter((word) => !word.includes(' ') && !particles.has(word.toLocaleLowerCase())));
}

/**
 * "Software Engineer on Google Play", "Contributors to Wikimedia projects": capitalised words
 * joined by a preposition make a title or a place, not a person. Lowercase titles before a name
 * ("Bác sĩ Trần Minh Châu"), names in lowercase alone ("timothy") and scripts without case are not touched.
 * A capitalised preposition is read as a name's word ("Mary To Smith"), one in capitals is not.
 */
function isCapitalisedPhrase(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 3 || !words.some((word) => /^\p{Lu}/u.test(word))) return false;
  joiningWords ??= prepositionsOutsideNames();
  const joining = joiningWords;
  // A line in capitals ("BACK TO SLIDE", a slideshow's button) writes its preposition in capitals too.
  return words.some((word, i) => i > 0 && i < words.length - 1 && (joining.has(word) || (IN_CAPITALS.test(word) && joining.has(word.toLocaleLowerCase()))));
}

const IN_CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * "Written by Michael Larabel in Valve", "By Jane Doe in Washington", "Par Jean Dupont dans Économie":
 * after a byline's prefix the name comes first, and a lowercase preposition before a capitalised
 * word opens where or under what it was filed. Only after a prefix: unlabelled, "Contributors to
 * Wikimedia projects" is a phrase, not a name cut short (isCapitalisedPhrase refuses it whole).
 */
let placeWords: ReadonlySet<string> | null = null;

function beforeJoinedPlace(line: string): string {
  const words = line.split(' ');
  // "Martin Untersinger avec Damien Leloup": a word that joins another writer is no place.
  placeWords ??= new Set(Array.from(prepositionsOutsideNames()).filter((word) => !allLanguages('nameJoiners').includes(word) && !allLanguages('creditWith').includes(word)));
  const places = placeWords;
  const at = words.findIndex((word, i) => i > 0 && places.has(word) && /^\p{Lu}/u.test(words[i + 1] ?? ''));
  const before = words.slice(0, at).join(' ');
  // "Andrew Hayden, Software Engineer on Google Play": after a comma the writer's title, which the phrase is.
  return at === -1 || /[,;]/u.test(before) ? line : before;
}

/** "John Smith, Jr.": the generation is the name's. */
const GENERATION = /^(?:Jr|Sr|[IVX]{2,4})\.?$/u;

/**
 * "A, B and C" → [A, B, C] only when every part is a full name or an agency; "Jong, Michiel de" and "Mac & i" stay whole.
 * "Roland Parry, Washington": one word after full names is where they wrote from (or their paper),
 * not a name: it is left out, unless the packs know it as an agency that signs ("Minh Anh, TTXVN").
 */
function splitNames(text: string, lang: string | null): string[] {
  const parts = text.split(separatorFor(lang)).map((p) => stripPrefixes(p.trim(), lang)).filter((p) => p !== '');
  const isFullName = (part: string) => {
    const count = wordTokens(part, lang).length;
    // CJK names are written without spaces: one token is a full name there.
    return (count >= 2 || /[\p{Script=Han}\p{Script=Hangul}]/u.test(part)) && count <= MAX_NAME_WORDS;
  };
  if (parts.length < 2) return [text];
  // "dpa und AFP", "Jane Doe and Reuters": an agency that signs is a name of one word.
  if (parts.every((part) => isFullName(part) || isCreditLine(part))) return parts;
  const names = parts.filter(isFullName);
  const rest = parts.filter((part) => !isFullName(part));
  // Full names first, then single capitalised words: a place or a paper ("Jong, Michiel de" opens with the single word and stays whole).
  const placed = isFullName(parts[0] ?? '') && rest.every((part) => parts.indexOf(part) > 0 && /^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(part) && !GENERATION.test(part));
  return placed ? [...names, ...rest.filter(isCreditLine)] : [text];
}

/** "Martin Untersinger (avec Damien Leloup et Morgane Tual)": a parenthesis opening with a joiner holds more authors. */
function unwrapJoinedNames(line: string, lang: string | null): string {
  const open = line.indexOf('(');
  if (open <= 0 || !line.endsWith(')')) return line;
  const inside = line.slice(open + 1, -1);
  const joined = ` ${inside}`.split(separatorFor(lang));
  return joined.length > 1 && joined[0] === '' ? `${line.slice(0, open).trim()} ${inside.trim()}` : line;
}

/** A labelled field after others in one line: "Thứ Sáu, 09/11/2018, 10:36 | Tác giả: Minh Quang" (portals print the date first). */
const FIELD_MARKS = ['|', '•', '·'];
const LABELLED_FIELD = new RegExp(`(?!(?<=\\s)\\s)\\s*[|•·]\\s*(?=(?:${allLanguages('bylineLabels').join('|')})${LABEL_END})`, 'iu');

function fromLabelledField(text: string): string {
  // Most bylines hold no field mark: the pattern (every pack's labels, a Han class) is then never
  // compiled, which Firefox does again in every popup.
  if (!FIELD_MARKS.some((mark) => text.includes(mark))) return text;
  const field = LABELLED_FIELD.exec(text);
  return field ? text.slice(field.index + field[0].length) : text;
}

/** ", MA", ", MD, PhD" closing a name: the writer's degrees, every pack's, as written (case counts: "Ma" is a name). */
let postNominalTail: RegExp | null = null;
const MAX_POST_NOMINALS = 3;

function withoutPostNominals(line: string): string {
  const list = allLanguages('postNominals');
  if (list.length === 0 || !line.includes(',')) return line;
  // One degree per pass, each anchored at its comma: a repeated group would be retried from every comma of a long run.
  postNominalTail ??= new RegExp(`,\\s?(?:${list.map(escapeRegExp).join('|')})$`, 'u');
  let out = line;
  for (let pass = 0; pass < MAX_POST_NOMINALS; pass++) {
    const cut = out.replace(postNominalTail, '');
    if (cut === out) break;
    out = cut;
  }
  return out;
}

/**
 * "Staff Writer", "Digital Channel Editor": a part that ends with one of the page's newsroom titles
 * (every language's when unknown); `trailing` finds one after the line's last comma ("Anna Müller,
 * Redakteurin"), whose one word splitNames would not take for a part.
 */
interface NewsroomRole {
  part: FoldedPattern;
  trailing: FoldedPattern;
}

function newsroomRolePatterns(roles: readonly string[]): NewsroomRole {
  const any = roles.map(escapeRegExp).join('|');
  return { part: new FoldedPattern(`(?:^|\\s)(?:${any})$`, 'u'), trailing: new FoldedPattern(`,\\s*(?:[^,\\s][^,]{0,40}\\s)?(?:${any})$`, 'u') };
}

const newsroomRoleFor = byPageLanguage(
  perPack((pack) => (pack.newsroomRoles.length > 0 ? newsroomRolePatterns(pack.newsroomRoles) : null)),
  () => newsroomRolePatterns(allLanguages('newsroomRoles')),
);

/** "Anna Müller, Redakteurin", "Lê Văn Tám, phóng viên thường trú" → the name: the writer's title after the last comma goes. */
export function withoutTrailingRole(line: string, lang: string | null): string {
  const title = newsroomRoleFor(lang).trailing.exec(line);
  return title ? line.slice(0, title.index) : withoutGluedRole(line, lang);
}

/** A title is a few words: "Senior Staff Writer". */
const MAX_GLUED_ROLE_WORDS = 4;

/**
 * "Howard BlumeStaff Writer": the title glued to the name by markup its style sheet parts. A
 * capital after a small letter inside one of the last words ("McDonald", "LeBron" have one too)
 * opens the title only when what follows it is a newsroom title.
 */
function withoutGluedRole(line: string, lang: string | null): string {
  const words = line.split(' ');
  for (let i = Math.max(1, words.length - MAX_GLUED_ROLE_WORDS); i < words.length; i++) {
    const word = words[i] ?? '';
    // Three letters at least before it: "McEditor" could be a name.
    const joint = /\p{L}{2}\p{Ll}\p{Lu}/u.exec(word);
    if (!joint) continue;
    joint.index += 2;
    const title = [word.slice(joint.index + 1), ...words.slice(i + 1)].join(' ');
    if (newsroomRoleFor(lang).part.test(title)) return [...words.slice(0, i), word.slice(0, joint.index + 1)].join(' ');
  }
  return line;
}

/**
 * "AP Golf Writer", "Associated Press Writer", "Staff Writer", "Opinion writer" on a line of its
 * own: a newsroom's title, the writer's under the name in a byline block. Every word capitalised,
 * or the first only and no function word ("Letters to the editor" is a heading).
 */
const MAX_ROLE_LINE_WORDS = 5;
const MAX_ROLE_LINE_CHARS = 50;
export function isNewsroomRoleLine(text: string, lang: string | null): boolean {
  const parts = text.split(' ');
  if (text.length > MAX_ROLE_LINE_CHARS || parts.length > MAX_ROLE_LINE_WORDS || !newsroomRoleFor(lang).part.test(text)) return false;
  if (parts.every((word) => /^\p{Lu}/u.test(word))) return true;
  const functionWords = functionWordsFor(lang);
  return /^\p{Lu}/u.test(text) && parts.every((word) => !functionWords.has(word.toLowerCase()));
}

const functionWordsFor = byPageLanguage(
  perPack((pack) => new Set(pack.functionWords)),
  () => new Set(allLanguages('functionWords')),
);

/** A writer's one-line description is short, and no sentence. */
const MAX_BIO_LINE_CHARS = 80;
const MAX_BIO_ROLE_WORDS = 3;

/**
 * "Opinion writer reporting from a center-right perspective": the writer's title, then what they
 * cover, in the author box of the byline block; a line with no closing stop.
 */
export function isWriterBioLine(text: string, lang: string | null): boolean {
  if (text.length > MAX_BIO_LINE_CHARS || /[.!?。:;]$/u.test(text)) return false;
  const words = text.split(' ');
  for (let count = 1; count <= MAX_BIO_ROLE_WORDS && count < words.length; count++) {
    if (/^\p{Ll}/u.test(words[count] ?? '') && isNewsroomRoleLine(words.slice(0, count).join(' '), lang)) return true;
  }
  return false;
}

/** "By Jane Doe, Staff Writer": after the first name, a part that names a job in the newsroom is the writer's title, not a second writer. */
function withoutNewsroomRoles(parts: readonly string[], lang: string | null): string[] {
  if (parts.length < 2) return [...parts];
  const role = newsroomRoleFor(lang).part;
  return parts.filter((part, i) => i === 0 || !role.test(part.trim()));
}

/**
 * "Minh Anh - Theo VnExpress", "Jane Doe, according to Reuters": after a writer, a part that credits
 * a source is where the story came from, not a second author, agency or paper alike (as "Ánh Ngọc
 * (Theo AFP)" loses its parenthesis). Only on a page whose language is known: "Theo" is a first
 * name elsewhere ("Jane Doe, Theo Walcott").
 */
function withoutLaterSources(parts: readonly string[], lang: string | null): string[] {
  if (parts.length < 2 || !baseLanguage(lang)) return [...parts];
  return parts.filter((part, i) => i === 0 || sourceOf(part, lang) === null);
}

/**
 * "LONDON --", "WASHINGTON (AP) —": the wire dateline that opens a story, a place in capitals and a
 * dash to the text. Readability reads a `class="dateline"` element as a byline.
 */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu}\p{M}\s.,'’-]*?(?:\s*\([^()]{1,20}\))?\s*(?:--|—|–)$/u;
/**
 * "RENO, Nev. --", "WESTPORT, Wash. July 24, 2012 (AP)": the place in capitals, then its region
 * abbreviated with a period, as wire datelines write it; a name in capitals is followed by no such
 * abbreviation ("DANICA KIRKA, Associated Press").
 */
const WIRE_PLACE = /^\p{Lu}[\p{Lu}\p{M}'’.-]+(?: \p{Lu}[\p{Lu}\p{M}'’.-]+){0,3}, \p{Lu}[\p{L}.]{0,5}\.(?:\s|$)/u;

/**
 * "DANICA KIRKA Associated Press Writer", "JOSEPH WHITE AP Sports Writer": wire bylines print the
 * name in capitals and the newsroom after it in mixed case; the capitals are the name (an agency's
 * acronym at their end is the newsroom's). Two capitalised words at least, so "NASA Goddard" stays.
 */
const CAPITALS_THEN_NEWSROOM = /^(\p{Lu}[\p{Lu}\p{M}'’.-]+(?: \p{Lu}[\p{Lu}\p{M}'’.-]*){1,4}) (?=\p{Lu}\p{Ll})/u;

let joinerWords: ReadonlySet<string> | null = null;

function capitalsBeforeNewsroom(line: string): string {
  const capitals = CAPITALS_THEN_NEWSROOM.exec(line)?.[1];
  if (!capitals) return line;
  // "CAROLINE PORTER And KRISTINA PETERSON": a joiner follows, and another name after it.
  joinerWords ??= new Set(allLanguages('nameJoiners').map((word) => word.toLocaleLowerCase()));
  const next = line.slice(capitals.length + 1).split(' ')[0] ?? '';
  if (joinerWords.has(next.toLocaleLowerCase())) return line;
  const name = capitals.split(' ');
  while (name.length > 2 && isCreditLine(name[name.length - 1] ?? '')) name.pop();
  return name.join(' ');
}

/** The names in one byline text, in order; empty when it names no one (a source credit names an agency or no one). */
export function bylineNames(text: string, lang: string | null): string[] {
  if (WIRE_DATELINE.test(normalizeSpace(text)) || WIRE_PLACE.test(normalizeSpace(text))) return [];
  const stripped = withoutCreditWith(stripPrefixes(fromLabelledField(normalizeSpace(text)), lang), lang);
  // "Jane Doe with Reuters": the writer, and the agency they wrote with.
  const withAgency = splitAtCreditWith(stripped, lang);
  if (withAgency) return addNames(bylineNames(withAgency[0], lang), bylineNames(withAgency[1], lang));
  const source = sourceCredit(stripped, lang);
  if (source) return source;
  const noted = withoutTrailingNote(unwrapJoinedNames(withoutOtherCredits(capitalsBeforeNewsroom(stripped)), lang), lang);
  // "Tác giả: Quang Phong - Báo Nhân Dân": the paper after a break is the writer's workplace, not a second writer.
  const parted = authorPart(withoutNewsroomAfterSlash(noted, lang));
  const named = withoutWorkplaceAfterBreak(withoutPostNominals(stripped === normalizeSpace(text) ? parted : beforeJoinedPlace(parted)), lang);
  // Once a date is cut, the title before it ends the line: "홍길동 기자 입력 2023.11.16".
  const line = withoutBylineSuffix(withoutTrailingRole(named, lang), lang);
  if (line === '') return [];
  return withoutLaterSources(withoutNewsroomRoles(splitNames(line, lang), lang), lang)
    .map(capitalsBeforeNewsroom)
    // Two passes, the trailing run behind a lookbehind: one `…|[…]+$` regex retried every character of a long run.
    .map((name) => name.replace(/^[\s"'“”‘’«»]+/u, '').replace(/(?<![\s"'“”‘’«».,])[\s"'“”‘’«».,]+$/u, ''))
    .filter((name) => isPlausibleName(name, lang))
    .map((name) => withoutCapitals(name, lang));
}

/** Letters and digits only, without accents or case: "TUOI TRE ONLINE", "Tuổi Trẻ Online" and "tuoitre-online" fold alike. */
function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/giu, 'd').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The host without "www." and its first label ("vnexpress.net", "vnexpress"), folded. */
function hostNamesOf(url: string | null): string[] {
  let host = '';
  try {
    host = url ? new URL(url).hostname.replace(/^www\./u, '') : '';
  } catch {
    host = '';
  }
  const first = host.split('.')[0] ?? '';
  return host.includes('.') && first !== '' ? [foldName(host), foldName(first)] : [];
}

/**
 * Never the publication as author: "BBC News" credited in og:article:author, "Mac & i" where
 * the site names itself, "TUOI TRE ONLINE" for "Tuổi Trẻ Online". A one-word credit that is the
 * site's address ("VnExpress" on vnexpress.net) counts too; a full name that is the address
 * does not, since a personal site is named after its author ("Haki Benita" on hakibenita.com).
 * `siteName` may list every name the page states for itself, `url` every address it states
 * (a saved page keeps its canonical address where its own is a file's).
 */
export function withoutSiteName(names: readonly string[], siteName: string | readonly (string | null)[] | null, url: string | readonly string[] | null = null): string[] {
  const stated = (typeof siteName === 'string' || siteName === null ? [siteName] : siteName).filter((name): name is string => name !== null && name !== '');
  const sites = [...stated.map(foldName), ...stated.map(paperName)].filter((name) => name !== '');
  const hosts = (typeof url === 'string' || url === null ? [url] : url).flatMap(hostNamesOf);
  return names.filter((name) => {
    const folded = foldName(name);
    const oneWord = /^\S+$/u.test(name.trim());
    if (folded === '') return false;
    // "Haki Benita" on hakibenita.com: a site named after its author, who writes a name with every word capitalised ("Báo Giao thông" is a paper);
    // "World News" on worldnews.nbcnews.com is written so too, but its words name a section.
    if (hosts.includes(folded)) return !oneWord && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+$/u.test(name.trim()) && !isSectionName(name);
    return !sites.includes(folded) && !sites.includes(paperName(name));
  });
}

/** "The Times" and "Times Online", "Tuổi Trẻ" and "Tuổi Trẻ Online": the paper's name without its article and its web edition's "Online", folded. */
function paperName(name: string): string {
  const words = name.trim().split(/\s+/u);
  if (words.length > 1 && words[0]?.toLowerCase() === 'the') words.shift();
  if (words.length > 1 && words[words.length - 1]?.toLowerCase() === 'online') words.pop();
  return foldName(words.join(' '));
}

/** Appends names not already present (compared without case or spacing). */
export function addNames(into: string[], names: readonly string[]): string[] {
  const seen = new Set(into.map((n) => n.toLowerCase().replace(/\s+/gu, ' ')));
  for (const name of names) {
    const key = name.toLowerCase().replace(/\s+/gu, ' ');
    if (!seen.has(key)) {
      seen.add(key);
      into.push(name);
    }
  }
  return into;
}
