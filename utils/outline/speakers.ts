import { allLanguages, packFor, perPack } from '../lang';
import { wordTokens } from '../text/tokens';
import { stopWordsFor } from '../text/stop-words';
import { parseCaselessSpeaker, isCaseless } from './caseless-speakers';
import { packWordPattern, speechVerbPattern } from './attribution';
import { HONORIFICS, endsAsOrganisation, isPersonRun, isPlace, nameRuns, opensWithRole, roleStart, roleWords, splitGluedPlace, startsWithSurname, withoutSentenceOpener, NO_NAME_CONTEXT, type NameContext, type NameRun } from './speaker-names';
import { escapeRegExp } from '../text/escape-regexp';
import { trimEndWhile } from '../text/trim-end';
import { FoldedPattern } from '../text/case-fold';

/** Who a quote is from: a person, an organisation, or a speaker the text describes without naming ("the mayor"). */
export interface Speaker {
  name: string;
  role: string | null;
  kind?: 'person' | 'organisation' | 'described';
}

/** "the mayor", "a spokesman", "lãnh đạo …": a speaker described, not named. */
export const DESCRIBED_SPEAKER = new FoldedPattern(`^(?:${allLanguages('describedSpeakerOpeners').join('|')})\\s`, 'u');
/** Capitalised words that open an organisation's name ("Bộ Công Thương", "UBND tỉnh", "Police"). */
const ORGANISATION_START = new FoldedPattern(`^(?:${allLanguages('organisationWords').map((w) => w.replace(/[.]/gu, '\\.').replace(/ /gu, '\\s{1,4}')).join('|')})(?![\\p{L}\\p{M}])`, 'u');
/** A described or organisation speaker longer than this many words is a clause, not a speaker. */
const MAX_DESCRIBED_WORDS = 9;

/** Leading role words inside a capitalised run ("Mayor John Smith") move to the role. */
function splitLeadingRole(run: NameRun, lang: string | null): { name: string; role: string | null } {
  for (let cut = run.words.length - 1; cut >= 1; cut--) {
    const head = run.words.slice(0, cut).join(' ');
    if (roleWords(lang).test(head)) return { name: run.words.slice(cut).join(' '), role: head };
  }
  return { name: run.words.join(' '), role: null };
}

function roleAfter(phrase: string, end: number, lang: string | null): string | null {
  const rest = phrase.slice(end);
  const match = /^\s*(?:[–—-]|,)\s*(.+)$/u.exec(rest);
  const role = untilRelative(untilSpeechVerb(match?.[1] ?? '', lang), lang).replace(/(?<![\s,;:–—-])[\s,;:–—-]+$/u, '').trim();
  // ", 25," is an age; ", R-Ky.," a party tag.
  return role && /\p{L}{2}/u.test(role) && !/^\p{Lu}-\p{Lu}/u.test(role) ? role : null;
}

/**
 * "Mohsen Momeni, giám đốc …, trả lời Hãng thông tấn Mehr ngày thứ tư:", "John Smith, the mayor, told reporters on Monday:":
 * from a speech verb on, the words tell what the person did, not who they are.
 */
function untilSpeechVerb(role: string, lang: string | null): string {
  const verb = speechVerbPattern(lang).exec(role);
  return verb && verb.index > 0 ? role.slice(0, verb.index) : role;
}

/**
 * "one of the six lawmakers from various parties who wrote the bill": a relative clause tells
 * what the person did; the role ends before it.
 */
function untilRelative(role: string, lang: string | null): string {
  const relatives = packFor(lang)?.subjectRelatives ?? [];
  if (relatives.length === 0) return role;
  const words = role.split(/\s+/u);
  const at = words.findIndex((word, i) => i > 0 && relatives.includes(word.toLowerCase()));
  return at > 0 ? words.slice(0, at).join(' ') : role;
}

/** Without trailing spaces, commas and dashes; a loop, since `[…]+$` backtracks on a long run of them. */
function trimSeparators(text: string): string {
  return trimEndWhile(text, /[\s,–—-]/u).trim();
}

/** The last full stop that ends a sentence (after a lower-case word: not "TP." or "U.S."), as an offset; -1 without one. */
function lastSentenceEnd(text: string): number {
  let at = -1;
  for (const match of text.matchAll(/\p{Ll}\p{M}*[.!?](?=\s)/gu)) at = match.index + match[0].length - 1;
  return at;
}

/**
 * "lãnh đạo PVC trong đó có", "chính khách khác là": function words between a role and the name
 * belong to the sentence. A joiner ("và", "and") stays: it tells that the role is another person's (withTitle).
 */
function withoutTrailingFunctionWords(role: string, lang: string | null, beforePlace: boolean): string {
  const stop = stopWordsFor(lang);
  const words = role.split(/\s+/u);
  // Before a place glued to the name a preposition stays: the place completes it ("Đại sứ Ấn Độ tại" + "Việt Nam").
  const ends = (word: string) => stop.has(word) && !(beforePlace && PREPOSITIONS.has(word));
  while (words.length > 1 && ends((words[words.length - 1] ?? '').toLowerCase()) && !NAME_JOINER_AT_END.test(words.join(' '))) words.pop();
  return words.join(' ');
}

/** A role written before a name longer than this is a clause, not an office. */
const MAX_ROLE_WORDS = 10;

/** The role written before a name, from its role word to the name: "Giám đốc Sở Xây dựng", "Thủ tướng". */
function roleBefore(phrase: string, run: NameRun, lang: string | null): string | null {
  const start = run.start;
  const before = phrase.slice(Math.max(0, start - 80), start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(':'), before.lastIndexOf(';'), lastSentenceEnd(before)) + 1);
  let last: RegExpExecArray | null = null;
  const roles = roleStart(lang);
  roles.lastIndex = 0;
  for (let match = roles.exec(clause); match; match = roles.exec(clause)) last = match;
  if (!last) return null;
  // "Phó tổng giám đốc Tổng công ty Đường sắt Việt Nam – ông A": the title of address before the name is not the role's.
  const role = withoutTrailingFunctionWords(trimSeparators(clause.slice(last.index).replace(HONORIFICS, ' ')), lang, run.place !== undefined);
  // Ten words; where a word is written as two or more terms (Vietnamese syllables), as many terms as ten words take.
  return role.split(/\s+/u).length <= MAX_ROLE_WORDS * (packFor(lang)?.termsPerWord ?? 1) ? role : null;
}

/** "cục trưởng Cục Bảo vệ thực vật Bộ NN & PTNT Hoàng Trung": an acronym taken off the run as a title ends the role written before it. */
function withTitle(role: string | null, run: NameRun): string | null {
  if (role === null || run.title === undefined) return role;
  // "diễn viên trẻ Kaity Nguyễn (…) và NSƯT Kim Xuân": what ends on "và"/"and" is another person, and the title is the role.
  return NAME_JOINER_AT_END.test(role) ? null : `${role} ${run.title}`;
}

const NAME_JOINER_AT_END = new RegExp(`(?<![\\p{L}\\p{M}])(?:${allLanguages('nameJoiners').filter((w) => /\p{L}/u.test(w)).join('|')})$`, 'iu');

/** "bác sĩ Hoàng Công Tình (Phó trưởng Khoa Hồi sức) khẳng định": an office in parentheses after the name says more than the title before it. */
function roleInParentheses(phrase: string, end: number, lang: string | null): string | null {
  const inner = /^\s*\(([^()]{2,80})\)/u.exec(phrase.slice(end))?.[1]?.trim();
  return inner !== undefined && opensWithRole(inner, lang) ? inner : null;
}

/** In "Name – role, more role" the name is the run before the first dash. */
function firstBeforeSeparator(phrase: string, runs: NameRun[]): NameRun | undefined {
  // A dash inside a run joins a given name ("Park Hang - seo"), it separates nothing.
  const dash = [...phrase.matchAll(/\s[–—-]\s/gu)].map((m) => m.index).find((at) => !runs.some((run) => run.start <= at && at < run.end));
  if (dash === undefined) return undefined;
  return runs.filter((run) => run.end <= dash).pop();
}

function personRuns(phrase: string, lang: string | null, names: NameContext): NameRun[] {
  return nameRuns(phrase, lang)
    .map((run) => withoutSentenceOpener(run, phrase, lang, names))
    // A title or a role right before the name makes it a person's ("ông Trump", "Tổng thống Trump", "Mayor Smith").
    .map((run) => {
      const before = phrase.slice(Math.max(0, run.start - 40), run.start);
      // A role counts only right before a name that ends there ("Tổng thống Trump nói"), not before "Thương" of "Bộ trưởng Thương mại Wilbur Ross".
      const endsThere = /^\s*(?:$|[,;–—(-])/u.test(phrase.slice(run.end, run.end + 3));
      // Cheapest tests first: this runs on every capitalised run of every paragraph.
      return { ...run, honoured: run.honoured === true || HONORIFICS.test(before.slice(-16)) || (endsThere && roleWords(lang).test(before)) };
    })
    .map((run) => splitGluedPlace(run, phrase))
    .filter((run) => isPersonRun(run, lang, phrase, names.knows));
}

/** The text without what stands in parentheses ("(R-Ohio)", "(Bình Định)"); a loop, since a regex backtracks on unclosed ones. */
function withoutParentheses(text: string): string {
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** Offsets of the commas outside parentheses. */
function topLevelCommas(phrase: string): number[] {
  const commas: number[] = [];
  let depth = 0;
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ',' || ch === ';')) commas.push(i);
  }
  return commas;
}

const ADDRESS_WORD = new FoldedPattern(`^(?:${[...allLanguages('placeWords'), ...allLanguages('prepositions')].map(escapeRegExp).join('|')})$`, 'u');

/** "38 tuổi", "SN 1979", "huyện Quan Sơn", "trú xã Hồng Lộc": a detail of the person named before, in its first two words. */
function isAgeOrAddress(part: string): boolean {
  const words = part.split(/\s+/u);
  if (words.length <= 3 && /[0-9]/u.test(part)) return true;
  return words.length <= 5 && /\p{Lu}/u.test(part) && words.slice(0, 2).some((word) => ADDRESS_WORD.test(word));
}

const relativeCache = new Map<string, RegExp>();

/** "mà", "whom", "que" of the article's language as a word: a clause with its own subject follows. */
function objectRelative(lang: string | null): RegExp {
  const key = lang ?? '*';
  let pattern = relativeCache.get(key);
  if (!pattern) {
    const words = (packFor(lang)?.objectRelatives ?? []).map((w) => escapeRegExp(w) + (/\p{L}$/u.test(w) ? '(?![\\p{L}\\p{M}])' : ''));
    pattern = words.length === 0 ? /$^/u : new RegExp(`(?<![\\p{L}\\p{M}])(?:${words.join('|')})`, 'iu');
    relativeCache.set(key, pattern);
  }
  return pattern;
}

/**
 * A part after a name that describes it: it opens with a role or a described speaker ("a top
 * Trump surrogate", "her lawyer", "một trong các luật sư của Hương"). "Kim Chol, người mà Mỹ
 * và Hàn Quốc cho rằng …": a relative clause with a subject of its own is no apposition.
 */
export function isApposition(part: string, lang: string | null): boolean {
  const trimmed = part.trim();
  return (opensWithRole(trimmed, lang) || DESCRIBED_SPEAKER.test(`${trimmed} `)) && !objectRelative(lang).test(trimmed);
}

/** Lower-case words before a name, past which they are a clause, not its description ("81-year-old", "the Nobel-winning Peruvian novelist"). */
const MAX_WORDS_BEFORE_NAME = 3;

/**
 * Whether a name opens its comma-separated part, given the words before it: at most a title, a
 * description or function words ("ông A,", "But state Rep. Gilda Cobb-Hunter,", "81-year-old
 * Parker Eaton,"). Closing a leading clause, a name is that clause's object: the clause opens on a
 * preposition ("To understand the real Dred Scott, Chief Justice Roberts said"), holds a speech
 * verb ("Chia sẻ kế hoạch đón Tết Mậu Tuất, đạo diễn phim … tiết lộ") or is long ("while on the
 * campaign trail for his wife … Hillary Clinton, former president Bill Clinton said"). The role
 * after the comma is then the subject itself, not an apposition that describes the name.
 */
function opensItsPart(before: string, lang: string | null): boolean {
  const rest = before.replace(HONORIFICS, ' ').trim();
  if (rest === '') return true;
  const stop = stopWordsFor(lang);
  const lowerWords = (text: string) => wordTokens(text, lang).filter((word) => !/^\p{Lu}/u.test(word) && !stop.has(word.toLowerCase())).length;
  if (packPrepositions(lang).has((wordTokens(rest, lang)[0] ?? '').toLowerCase())) return false;
  // Right after its verb, a name is who spoke ('"…," said Rep. Beto O'Rourke, a Clinton endorser,'); after the verb's object, it is part of that object.
  const verb = speechVerbPattern(lang).exec(rest);
  if (verb && lowerWords(rest.slice(verb.index + verb[0].length)) > 0) return false;
  return lowerWords(rest) <= MAX_WORDS_BEFORE_NAME;
}

const prepositionSet = perPack((pack): ReadonlySet<string> => new Set(pack.prepositions));

/** The prepositions of the article's language, or of every language when it is unknown. */
function packPrepositions(lang: string | null): ReadonlySet<string> {
  const pack = packFor(lang);
  return pack ? prepositionSet(pack) : PREPOSITIONS;
}

/**
 * The runs of the clause that is the verb's subject: the last comma-separated part of the
 * phrase, or the part before it when the last is an apposition that opens with a role
 * ("ông A, Giám đốc Sở Y tế,"). A leading clause ("Sau các cuộc gặp của Chủ tịch Kim …,")
 * names people who are not the speaker.
 */
function subjectRuns(phrase: string, runs: NameRun[], lang: string | null): NameRun[] {
  const commas = topLevelCommas(phrase);
  let end = phrase.length;
  for (let k = commas.length; k >= 0; k--) {
    const start = k === 0 ? 0 : (commas[k - 1] ?? 0) + 1;
    const part = phrase.slice(start, end).trim();
    // "Quina Jones, 25,", "Mitch McConnell, R-Ky.,": an age or a party tag says nothing of who.
    if (!/\p{L}{2}/u.test(part) || /^\p{Lu}-\p{Lu}[\p{L}.]*$/u.test(part)) {
      end = start - 1;
      continue;
    }
    const inPart = runs.filter((run) => run.start >= start && run.end <= end);
    // "Flynn, a top Trump surrogate,": an apposition after a name describes it; the name is the subject.
    const named = k > 0 ? runs.find((run) => run.end <= start - 1 && withoutParentheses(phrase.slice(run.end, start - 1)).trim() === '') : undefined;
    const partBefore = k > 1 ? (commas[k - 2] ?? 0) + 1 : 0;
    const leadsItsPart = named !== undefined && opensItsPart(phrase.slice(partBefore, named.start), lang);
    if (named && leadsItsPart && isApposition(part, lang)) return [named];
    if (inPart.length > 0) return inPart;
    // After a name that closes a leading clause, a role is the subject itself: it names no one before it.
    if (named && !leadsItsPart && opensWithRole(part, lang)) return [];
    // "ông A – Phó bí thư, Chủ nhiệm Ủy ban …": a role with no name goes with the person before it, and so do
    // an age and an address ("chị Hồng, 38 tuổi, trú xã Hồng Lộc, huyện Lộc Hà,").
    // Only a part closed by a comma is an apposition: the last one before the verb is its subject ("…, với những tâm sự").
    if (part !== '' && !opensWithRole(part, lang) && !(k < commas.length && isAgeOrAddress(part))) return [];
    end = start - 1;
  }
  return [];
}

/** The subject at the end of a phrase, after any leading clause ("Trao đổi với phóng viên, lãnh đạo …"). */
export function subjectOf(phrase: string): string {
  let depth = 0;
  let cut = 0;
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ',' || ch === ';' || ch === ':')) cut = i + 1;
  }
  return phrase.slice(cut).trim();
}

/** An organisation ("Bộ Công Thương", "Sở Xây dựng Hà Nội") or a described speaker ("lãnh đạo Công an TP. Quy Nhơn"). */
/** "Bộ Nông nghiệp đã", "Cơ quan chức năng đang", "… sau đó": function words before the verb are not part of who. */
const PREPOSITIONS: ReadonlySet<string> = new Set(allLanguages('prepositions'));

function isAuxiliary(word: string, stop: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return stop.has(lower) && !PREPOSITIONS.has(lower);
}

/** A day and month written in digits ("5/1", "12-3", "24.10.2023"). */
const NUMERIC_DATE = /^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/u;

/** What says when in a language: days named from today and weekdays, and the words that open a day or a date. */
interface WhenWords {
  days: ReadonlySet<string>;
  openers: ReadonlySet<string>;
}

const NO_WHEN_WORDS: WhenWords = { days: new Set(), openers: new Set() };

/**
 * The openers are the pack's prepositions ("ngày", "hôm", "on") and its half-day words ("sáng",
 * "chiều"); half-day marks written as patterns (English "a.m.") are no words and are left out.
 */
const packWhenWords = perPack((pack): WhenWords => {
  const halfDays = [...pack.halfDayMarks.morning, ...pack.halfDayMarks.afternoon].filter((mark) => /^\p{Ll}+$/u.test(mark));
  return { days: new Set([...pack.relativeDays, ...pack.weekdayNames]), openers: new Set([...pack.prepositions, ...halfDays]) };
});

function whenWords(lang: string | null): WhenWords {
  const pack = packFor(lang);
  return pack ? packWhenWords(pack) : NO_WHEN_WORDS;
}

/**
 * How many of the last words say when, not who: a day named from today ("yesterday", "hôm qua"),
 * a weekday ("Monday", "thứ Hai"), or a date in digits, with the word that opens it ("ngày 5/1",
 * "chiều 12-3"). "The health ministry on Monday said", "Bộ trưởng Bộ Y tế ngày 5/1 cho biết".
 */
function trailingWhenWords(words: readonly string[], lang: string | null): number {
  const { days, openers } = whenWords(lang);
  const lastWords = (count: number) => words.slice(-count).join(' ').toLowerCase();
  const day = [2, 1].find((count) => words.length >= count && days.has(lastWords(count)));
  const when = day ?? (NUMERIC_DATE.test(words[words.length - 1] ?? '') ? 1 : 0);
  if (when === 0) return 0;
  return words.length > when && openers.has((words[words.length - when - 1] ?? '').toLowerCase()) ? when + 1 : when;
}

function withoutTrailingStopWords(subject: string, lang: string | null): string {
  const stop = stopWordsFor(lang);
  const compounds = packFor(lang)?.stopWordCompounds ?? [];
  const words = subject.split(/\s+/u);
  // "Cục Hàng không": a stop word that ends a word of two ("hàng không") is that word's, not the verb's.
  const endsCompound = (i: number) => i >= 1 && compounds.includes(`${words[i - 1] ?? ''} ${words[i] ?? ''}`.toLowerCase());
  for (;;) {
    const days = trailingWhenWords(words, lang);
    if (days > 0 && words.length > days) words.splice(words.length - days);
    else if (words.length > 1 && stop.has((words[words.length - 1] ?? '').toLowerCase()) && !endsCompound(words.length - 1)) words.pop();
    else break;
  }
  // "The Government has effectively": from an auxiliary on, lower-case words are the verb's, not the name's
  // (a preposition and what follows it still describe: "người lao động trên toàn quốc", "Le contrôle de cette …").
  const auxiliary = words.findIndex(
    (word, i) => i >= 2 && isAuxiliary(word, stop) && !endsCompound(i) && !PREPOSITIONS.has((words[i - 1] ?? '').toLowerCase()) && words.slice(i).every((w) => !/^\p{Lu}/u.test(w)),
  );
  return (auxiliary > 0 ? words.slice(0, auxiliary) : words).join(' ');
}

/** An organisation's name, capitalised as one is ("Bộ Văn hóa …", "Sở Y tế Hà Nội"). */
function isOrganisationName(part: string): boolean {
  return /^\p{Lu}/u.test(part) && ORGANISATION_START.test(part);
}

/** Who a part names as a body: an organisation's name, or a described speaker of one ("đại diện Cục …"). */
function namesABody(part: string): boolean {
  return isOrganisationName(part) || (DESCRIBED_SPEAKER.test(`${part} `) && /\s\p{Lu}/u.test(part));
}

/**
 * "đại diện Cục Nghệ thuật Biểu diễn, Bộ Văn hóa Thể thao và Du lịch cho biết": an organisation
 * after the last comma, set after a body named before it, is where that body belongs, not who
 * spoke. The speaker is the part before the comma; a leading clause ("Trao đổi với phóng viên,
 * Sở Y tế cho biết") names no body and leaves the last part as it is.
 */
function subjectBeforeParentBody(phrase: string): string {
  const commas = topLevelCommas(phrase);
  const last = commas[commas.length - 1];
  if (last === undefined) return subjectOf(phrase);
  const tail = phrase.slice(last + 1).trim();
  const before = phrase.slice((commas[commas.length - 2] ?? -1) + 1, last).trim();
  if (!isOrganisationName(tail) || !namesABody(before)) return subjectOf(phrase);
  return before;
}

function organisationOrDescribed(phrase: string, lang: string | null): Speaker | null {
  const written = subjectBeforeParentBody(phrase);
  const subject = withoutTrailingStopWords(written, lang);
  // Counted as written: "The only body swerve the president performed was when I" is a clause, trimmed or not.
  const tokens = wordTokens(withoutParentheses(written), lang);
  const words = tokens.length;
  if (words === 0 || words > MAX_DESCRIBED_WORDS) return null;
  // "người có 25 viên nén", "Bộ Xây dựng “tính đến …", "Cơ quan chức năng đang": a clause, not who spoke.
  // A year may describe ("Ứng cử viên đảng Dân chủ năm 2016"); a count or a quotation mark makes a clause.
  if (/(?<![0-9])[0-9]{1,3}(?![0-9])|[“”"«»„]/u.test(subject) || objectRelative(lang).test(subject)) return null;
  // "Các" alone is the start of a noun phrase the verb pattern cut ("Các thông tin …"), not who spoke.
  // "the" of "said the same", left alone once the stop words after it went, is no one ("Vị" of "Vị này" is).
  const stopWords = stopWordsFor(lang);
  const someone = wordTokens(subject, lang).some((word) => !stopWords.has(word.toLowerCase()));
  const described = DESCRIBED_SPEAKER.test(`${subject} `) && words >= 2 && someone;
  if (described || opensWithRole(subject, lang)) return { name: subject, role: null, kind: 'described' };
  if (isOrganisationName(subject)) return { name: subject, role: null, kind: 'organisation' };
  // "the National Labor Relations Board said": no person's name, but a body's.
  if (/\p{Lu}/u.test(subject) && endsAsOrganisation(subject.split(/\s+/u))) return { name: subject, role: null, kind: 'organisation' };
  return namedBody(subject, lang);
}

/** Capitalised words that are never a body's name on their own: pronouns, honorifics, weekdays, sentence openers. */
const NOT_A_BODY = new FoldedPattern(`^(?:${[...allLanguages('speakerPronouns'), ...allLanguages('honorifics'), ...allLanguages('notNames')].join('|')})$`, 'u');

/**
 * A body named by one word or an acronym as the whole subject ("Sacombank", "Reuters", "VKS",
 * "UBKT Huyện uỷ"). Never a place: "Việt Nam đánh giá cao …", "Hà Nội đề nghị …" name the
 * place, and who spoke for it is left to a later mention. One word counts only in Latin
 * letters without a language's own marks: where one-syllable words are common (Vietnamese
 * "Bộ", "Sau"), a foreign or made-up name is the safe case.
 */
function namedBody(subject: string, lang: string | null): Speaker | null {
  const words = subject.split(/\s+/u);
  const first = words[0] ?? '';
  if (!/^\p{Lu}/u.test(first) || NOT_A_BODY.test(first) || stopWordsFor(lang).has(first.toLowerCase())) return null;
  if (isPlace(words)) return null;
  if (ACRONYM_WORD.test(first) && words.length <= 4) return { name: subject, role: null, kind: 'organisation' };
  return words.length === 1 && /^[A-Za-z][A-Za-z.-]+$/u.test(first) ? { name: subject, role: null, kind: 'organisation' } : null;
}

const ACRONYM_WORD = /^\p{Lu}{2,}$/u;

/**
 * "Assistant Director William F. Sweeney, who heads the F.B.I.'s New York office,": a relative
 * clause set off by commas after who spoke tells what they do; the speaker is before it.
 */
function withoutRelativeAfterComma(phrase: string, lang: string | null): string {
  const relatives = packFor(lang)?.subjectRelatives ?? [];
  if (relatives.length === 0) return phrase;
  const trimmed = trimSeparators(phrase);
  const comma = trimmed.lastIndexOf(',');
  if (comma <= 0) return phrase;
  const first = trimmed.slice(comma + 1).trim().split(/\s+/u)[0]?.toLowerCase() ?? '';
  return relatives.includes(first) ? trimmed.slice(0, comma) : phrase;
}

/**
 * "Mayor Jane Doe, a Democrat, on Tuesday", "Ông Hùng, Giám đốc Sở Y tế, ngày 5/1": a time set
 * off by a comma after who spoke is not the subject the last comma would leave.
 */
function withoutTimeAfterComma(phrase: string, lang: string | null): string {
  const comma = phrase.lastIndexOf(',');
  const words = comma < 0 ? [] : phrase.slice(comma + 1).trim().split(/\s+/u).filter((word) => word !== '');
  return words.length > 0 && trailingWhenWords(words, lang) === words.length ? phrase.slice(0, comma) : phrase;
}

/**
 * The speaker in a phrase that introduces a statement ("ông Nguyễn Văn Quang – Phó bí thư, …",
 * "Phó bí thư Nguyễn Văn Quang", "Mayor John Smith", "John Smith, the city's mayor"): the
 * name after an honorific first, else the capitalised run nearest the verb; the role is what
 * follows the name after a dash or a comma, else the role words before it, with a place glued
 * before the name ("Ngoại trưởng Italy"). Without a person, an organisation or a described
 * speaker; never a place, a prepositional phrase or a lone title word.
 */
export function parseSpeaker(written: string, lang: string | null, prefer: 'first' | 'last' = 'last', names: NameContext = NO_NAME_CONTEXT): Speaker | null {
  const phrase = withoutTimeAfterComma(withoutRelativeAfterComma(withoutConnective(written, lang), lang), lang);
  if (isCaseless(phrase)) return parseCaselessSpeaker(phrase, lang);
  const runs = prefer === 'first' ? personRuns(phrase, lang, names) : subjectRuns(phrase, personRuns(phrase, lang, names), lang);
  if (runs.length === 0) return organisationOrDescribed(phrase, lang);
  const honoured = runs.find((run) => run.honoured);
  // After a verb ("sagte Anna Weber am Montag") the speaker comes first; before it, nearest the verb.
  const run = honoured ?? firstBeforeSeparator(phrase, runs) ?? (prefer === 'first' ? runs[0] : runs[runs.length - 1]);
  if (!run) return null;
  const split = splitLeadingRole(run, lang);
  let role = split.role ?? roleAfter(phrase, run.end, lang) ?? roleInParentheses(phrase, run.end, lang) ?? withTitle(roleBefore(phrase, run, lang), run) ?? run.title ?? null;
  if (run.place) role = role ? `${role} ${run.place}` : run.place;
  return { name: split.name, role: notAClause(role, lang), kind: 'person' };
}

/** "President-elect Donald Trump has named [Kellyanne Conway]": words holding a finite verb are a clause, not who someone is. */
function notAClause(role: string | null, lang: string | null): string | null {
  return role !== null && packWordPattern(lang, 'tenseAuxiliaries')?.test(role) ? null : role;
}

/** "But the New York Times suggested …": the connective opens the sentence, not the speaker's name. */
function withoutConnective(phrase: string, lang: string | null): string {
  const first = /^\s*([\p{L}\p{M}]+)\s+/u.exec(phrase);
  return first?.[1] && packFor(lang)?.connectives.includes(first[1].toLowerCase()) ? phrase.slice(first[0].length) : phrase;
}

/**
 * The people a paragraph names in full ("Sen. Elizabeth Warren", "ông Lê Văn Bửu", "Thủ tướng
 * Nhật Bản Shinzo Abe"), with where: later mentions, pronouns and "the minister" resolve to them.
 * Where family names are written first, a bare capitalised pair is as often a place as a
 * person: it counts only with a title, a role or a family name first.
 */
export function peopleIn(text: string, lang: string | null, names: NameContext = NO_NAME_CONTEXT): { speaker: Speaker; at: number }[] {
  if (isCaseless(text)) return [];
  const familyFirst = (packFor(lang)?.surnames.length ?? 1) > 0;
  const found: { speaker: Speaker; at: number }[] = [];
  for (const run of personRuns(text, lang, names)) {
    if (run.words.length < 2 && !run.honoured) continue;
    const split = splitLeadingRole(run, lang);
    let role = notAClause(split.role ?? withTitle(roleBefore(text, run, lang), run), lang);
    if (run.place) role = role ? `${role} ${run.place}` : run.place;
    const marked = run.honoured === true || role !== null || run.place !== undefined || startsWithSurname(split.name);
    if (!marked && familyFirst) continue;
    found.push({ speaker: { name: split.name, role, kind: 'person' }, at: run.start });
  }
  return found;
}
