import { stopWordsFor } from '../text/stop-words';
import { abbreviationsFor, isAbbreviation } from '../text/abbreviations';
import { opensWithTerm } from '../text/leading-term';
import { allLanguages, isWordlessLanguage, packFor } from '../lang';
import { escapeRegExp } from '../text/escape-regexp';
import { FoldedPattern } from '../text/case-fold';
import { isCalendarRun } from '../article/dates/calendar-words';

/**
 * Runs of capitalised words in a speaker phrase, and what each run is: a person, or a place,
 * an organisation, a prepositional object or a sentence opener that only looks like a name.
 * Every word list comes from the language packs (utils/lang).
 */

/** Words before a name that say it is a person (Vietnamese honorifics, titles of address). */
export const HONORIFICS = new RegExp(`(?:^|\\s)(${allLanguages('honorifics').join('|')})\\s+$`, 'iu');
interface RolePatterns {
  words: FoldedPattern;
  start: FoldedPattern;
  opening: FoldedPattern;
}
const roleCache = new Map<string, RolePatterns>();

/** Role patterns that never match, not even an empty string (`$^` does, and a global exec loop over it never ends): a language with no words in Lede has no roles of its own. */
const NO_ROLES: RolePatterns = { words: new FoldedPattern('(?!)', 'u'), start: new FoldedPattern('(?!)', 'gu'), opening: new FoldedPattern('(?!)', 'uy') };

/**
 * The role patterns of the article's language (every language's when it is unknown or has no
 * roles of its own), built on first use: compiled for all languages at once, the role words
 * cost over 100 ms on the popup's first read, one language's a few. A known language without
 * words (a pack of script only: Thai, Hindi…) gets none: 140 ms of compiling in the popup for
 * other languages' roles (hostile-layout "thai-run").
 */
function rolePatterns(lang: string | null): RolePatterns {
  if (isWordlessLanguage(lang)) return NO_ROLES;
  const pack = packFor(lang);
  const own = pack && pack.roles.length > 0 ? pack : null;
  const key = own?.code ?? '*';
  let patterns = roleCache.get(key);
  if (!patterns) {
    const modifiers = (own ? own.roleModifiers : allLanguages('roleModifiers')).join('|');
    const roles = (own ? own.roles : allLanguages('roles')).join('|');
    // Up to two modifiers: "Phó tổng giám đốc", "nguyên Phó Chủ tịch".
    const role = modifiers === '' ? `(?:${roles})` : `(?:(?:${modifiers}) ){0,2}(?:${roles})`;
    patterns = {
      words: new FoldedPattern(`(?:^|\\s)(${role})\\s*$`, 'u'),
      start: new FoldedPattern(`(?<![\\p{L}\\p{M}])${role}(?![\\p{L}\\p{M}])`, 'gu'),
      // Sticky: tried at the first character only. Searching the whole text for a match that must
      // be at 0 cost a scan of every position with every role, per call: 180 ms of the outline of
      // one 20,000-character Thai paragraph with no full stop (hostile-layout "thai-run").
      opening: new FoldedPattern(`${role}(?![\\p{L}\\p{M}])`, 'uy'),
    };
    roleCache.set(key, patterns);
  }
  return patterns;
}

/** Role words at the end, so "Phó bí thư Nguyễn Văn Quang" splits into a role and a name. */
export function roleWords(lang: string | null): FoldedPattern {
  return rolePatterns(lang).words;
}

/** Whether the text opens with a role word ("Giám đốc Sở …", "minister of …"). */
export function opensWithRole(text: string, lang: string | null): boolean {
  const opening = rolePatterns(lang).opening;
  opening.lastIndex = 0;
  return opening.test(text);
}

/** A role word anywhere (not only at the end): where the role written before a name starts. A global pattern: reset lastIndex. */
export function roleStart(lang: string | null): FoldedPattern {
  return rolePatterns(lang).start;
}
/** Words that open the name of an organisation or a place, not a person ("Bộ", "Công an", "Thành ủy"; not "Công" or "Thành", given names). */
const ORGANISATION_TERMS = allLanguages('organisationWords');
/** Nouns that end an organisation's name ("Government Reform Committee", "Senate Armed Services Committee"). */
const ORGANISATION_HEADS: ReadonlySet<string> = new Set(allLanguages('organisationHeads'));

/** The words end on a noun that ends an organisation's name ("the National Labor Relations Board"). */
export function endsAsOrganisation(words: readonly string[]): boolean {
  return ORGANISATION_HEADS.has((words[words.length - 1] ?? '').toLowerCase());
}
/** Capitalised words that are not names: days, months, and the capital of a sentence's first word. */
const NOT_A_NAME = new FoldedPattern(`^(?:${allLanguages('notNames').join('|')})$`, 'u');
/** A preposition just before a run: "Tại Nhật Bản", "do Thổ Nhĩ Kỳ hậu thuẫn", "ministre de la Défense". */
const PREPOSITION_BEFORE = new FoldedPattern(`(?:^|[\\s,(])(?:${[...allLanguages('prepositions'), ...allLanguages('placeWords')].map(escapeRegExp).join('|')})\\s*$`, 'u');
const PREPOSITION_WORD = new FoldedPattern(`^(?:${allLanguages('prepositions').map(escapeRegExp).join('|')})$`, 'u');
/** Every language's stop words, folded: a run's first word that is one opens the sentence, not the name. */
const STOP_WORDS: ReadonlySet<string> = new Set(allLanguages('stopWords'));
/** Lower-case particles inside names: "Ludwig van Beethoven", "Charles de Gaulle". */
const NAME_PARTICLES: ReadonlySet<string> = new Set(allLanguages('nameParticles'));
const PLACES: ReadonlySet<string> = new Set(allLanguages('placeNames').map((place) => place.toLowerCase()));
const SURNAMES: ReadonlySet<string> = new Set(allLanguages('surnames'));
const CAPITAL_FIRST = /^\p{Lu}$/u;

/** Nothing but white space between two offsets; a loop, since this runs for every word of every paragraph. */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 160 && code !== 9 && code !== 10 && code !== 13) return false;
  }
  return true;
}
/**
 * An honorific written with a capital at the start of a sentence ("Ông Trần Văn Hùng") is not
 * part of the name: the one-word honorifics, since a name run is split into single words.
 */
const LEADING_HONORIFIC = new RegExp(`^(?:${allLanguages('honorifics').filter((h) => !h.includes(' ')).join('|')})$`, 'iu');
/** The longest place name, in words: how far a run is searched for one at its start. */
const LONGEST_PLACE = Math.max(1, ...allLanguages('placeNames').map((place) => place.split(' ').length));

export interface NameRun {
  start: number;
  end: number;
  words: string[];
  /** Preceded by an honorific ("ông", "Mr"): a person, even when only the given name is written. */
  honoured?: boolean;
  /** An acronym title before the name ("NSƯT" of "NSƯT Kim Xuân"): the role when no other is written. */
  title?: string;
  /** A place written before the name inside the run ("Italy" of "Italy Antonio Tajani"): it belongs to the role. */
  place?: string;
}

const EVERY_ABBREVIATION = abbreviationsFor(null);
/** An initial ("J.", "M.") or dotted letters ("U.S.", "PGS.TS."). */
const INITIALS = /^(?:\p{L}{1,3}\.)*\p{Lu}\.$|^(?:\p{L}{1,4}\.){2,}$/u;

/**
 * Whether the full stop after a word belongs to it: an abbreviation of any language's pack, an
 * initial or dotted letters. Otherwise it ends a sentence ("… đến thăm Việt Nam. Đại sứ …"),
 * and the capital after it opens the next sentence, not more of the same name.
 */
function keepsDot(word: string): boolean {
  return INITIALS.test(word) || isAbbreviation(EVERY_ABBREVIATION, word, '', '');
}

/** A romanised syllable: Latin letters without marks ("Jae", "kyeom"). */
const ROMANISED = /^[A-Za-z]+$/u;
/** The syllable after the hyphen of a romanised given name is this short ("in", "seo", "kyeom"). */
const MAX_GIVEN_SYLLABLE = 6;

/**
 * "Moon Jae - in", "Park Hang - seo": Vietnamese pages write the hyphen of a Korean given name
 * with spaces around it. The lower-case syllable after it is the name's, when the run ends on two
 * romanised syllables (family name and first given syllable; "Hàn Quốc Moon Jae" ends so, a
 * Vietnamese "Trần Văn Nam" does not) and the syllable is no stop word of the page's language
 * (an English "Obama - who …" is a dash). Only in a language whose pack lists family names.
 */
function givenNameTail(phrase: string, run: NameRun, next: RegExpMatchArray | undefined, stop: ReadonlySet<string> | null): boolean {
  if (!stop || !next || phrase.slice(run.end, next.index ?? 0) !== ' - ') return false;
  const syllable = next[0];
  const family = run.words.slice(-2);
  return ROMANISED.test(syllable) && /^\p{Ll}/u.test(syllable) && syllable.length <= MAX_GIVEN_SYLLABLE && !stop.has(syllable) && family.length === 2 && family.every((w) => ROMANISED.test(w));
}

/** Runs of capitalised words (with name particles inside), with their character offsets. */
export function nameRuns(phrase: string, lang: string | null = null): NameRun[] {
  const runs: NameRun[] = [];
  // Only where the pack lists family names (written first, "Nguyễn Văn A"): there pages romanise East Asian names by syllable.
  const stop = (packFor(lang)?.surnames.length ?? 0) > 0 ? stopWordsFor(lang) : null;
  let current: NameRun | null = null;
  // "AT&T", "Texas A&M": an ampersand between capitals is inside the word.
  const matches = [...phrase.matchAll(/(?:\p{Lu}&(?=\p{Lu})|[\p{L}\p{M}'’.-])+/gu)];
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i] as RegExpMatchArray;
    // "Maire." and "Việt Nam." end a sentence, so the run ends with them; "M.", "Sen.", "TP.", "U.S." keep their dot and go on.
    const word = match[0].endsWith('.') && !keepsDot(match[0]) ? match[0].slice(0, -1) : match[0];
    const at = match.index ?? 0;
    if (word === '-' && current && givenNameTail(phrase, current, matches[i + 1], stop)) {
      const tail = matches[i + 1] as RegExpMatchArray;
      current.words[current.words.length - 1] += `-${tail[0]}`;
      current.end = (tail.index ?? 0) + tail[0].length;
      i++;
      continue;
    }
    // Every character of a word is a letter, a mark or a joiner: only the first tells a capital.
    const capital = CAPITAL_FIRST.test(word.charAt(0));
    const joinable = current !== null && onlySpaces(phrase, current.end, at);
    if (capital && current && joinable) {
      current.words.push(word);
      current.end = at + word.length;
    } else if (!capital && current && joinable && NAME_PARTICLES.has(word)) {
      current.words.push(word);
      current.end = at + word.length;
    } else {
      if (current) runs.push(current);
      current = capital ? { start: at, end: at + word.length, words: [word] } : null;
    }
  }
  if (current) runs.push(current);
  return runs.map(trimRun).filter((run) => run.words.length > 0);
}

/** "Theo", "Laut", "Selon" written with a capital at the start of a sentence are not part of the name. */
const LEADING_CUE = new RegExp(`^(?:${allLanguages('accordingTo').filter((w) => !w.includes(' ')).map(escapeRegExp).join('|')})$`, 'iu');

/** An acronym: "TAND", "UBND", "NSƯT". */
const ACRONYM = /^\p{Lu}{2,}\.?$/u;

/** "Commentary’s Noah Rothman": the owner before a possessive is an outlet or a party, not the name. */
const POSSESSIVE = /['’]s$/u;

/** A capitalised first word of a sentence that is no name: "Theo Tập", "But Flynn", "Then Trump" (not "Le" of "Le Pen"). */
function isLeadingFiller(word: string): boolean {
  const lower = word.toLowerCase();
  if (LEADING_HONORIFIC.test(word) || SURNAMES.has(word) || NAME_PARTICLES.has(lower)) return false;
  return LEADING_CUE.test(word) || NOT_A_NAME.test(word) || STOP_WORDS.has(lower);
}

/** "Father-of-three", "Fifth-seeded", "Ex-minister": not "Jean-Pierre", "Seitz-Wald". */
const DESCRIBING_COMPOUND = /^\p{Lu}[\p{L}\p{M}]*-\p{Ll}/u;

function trimRun(run: NameRun): NameRun {
  const owner = run.words.findLastIndex((word) => POSSESSIVE.test(word));
  if (owner >= 0) run.words = run.words.slice(owner + 1);
  while (run.words.length > 1 && isLeadingFiller(run.words[0] ?? '')) run.words.shift();
  // "Auf den Philippinen": a lower-case particle left first once the filler goes opens no name.
  while (run.words.length > 1 && NAME_PARTICLES.has(run.words[0] ?? '')) run.words.shift();
  // "Father-of-three Peter Burkill", "Fifth-seeded …": a capitalised compound with a lower-case part describes the name after it.
  while (run.words.length > 2 && DESCRIBING_COMPOUND.test(run.words[0] ?? '')) run.words.shift();
  // "Trump Wednesday": a day or a month after the name.
  while (run.words.length > 1 && NOT_A_NAME.test(run.words[run.words.length - 1] ?? '')) run.words.pop();
  // "NSƯT Kim Xuân": an acronym before a name is a title; "TAND Tối (cao)" alone is an organisation.
  if (run.words.length >= 3 && ACRONYM.test(run.words[0] ?? '') && !ACRONYM.test(run.words[1] ?? '')) {
    run.title = run.words.shift();
    run.honoured = true;
  } else if (run.words.length === 2 && ACRONYM.test(run.words[0] ?? '')) run.words = [];
  while (run.words.length > 1 && LEADING_HONORIFIC.test(run.words[0] ?? '')) {
    run.words.shift();
    run.honoured = true;
  }
  while (run.words.length > 0 && NAME_PARTICLES.has(run.words[run.words.length - 1] ?? '')) run.words.pop();
  return run;
}

/** The number of leading words of a run that name a known place ("Nhật Bản" of "Nhật Bản Shinzo Abe"), or 0. */
function leadingPlace(words: readonly string[]): number {
  for (let n = Math.min(LONGEST_PLACE, words.length); n >= 1; n--) {
    if (PLACES.has(words.slice(0, n).join(' ').toLowerCase())) return n;
  }
  return 0;
}

/**
 * A place glued before a name moves out of the run: a known place ("Italy Antonio Tajani"),
 * or, where family names are written first, whatever stands before the first family name
 * ("Đà Nẵng Nguyễn Xuân Anh"), unless the run already opens with one ("Nguyễn Hoàng Anh").
 */
export function splitGluedPlace(run: NameRun, phrase = ''): NameRun {
  const placeWords = leadingPlace(run.words);
  let cut = placeWords > 0 && placeWords < run.words.length ? placeWords : 0;
  // "phát ngôn viên điện Kremlin Dmitry Peskov": the lower-case word before the run opens the place ("điện Kremlin").
  const before = cut === 0 ? /(?<![\p{L}\p{M}])([\p{Ll}][\p{L}\p{M}]*)\s+$/u.exec(phrase.slice(Math.max(0, run.start - 24), run.start))?.[1] : undefined;
  if (before !== undefined) {
    const withBefore = leadingPlace([before, ...run.words]);
    if (withBefore >= 2 && withBefore - 1 < run.words.length) cut = withBefore - 1;
  }
  if (cut === 0 && SURNAMES.size > 0 && !SURNAMES.has(run.words[0] ?? '')) {
    const at = run.words.findIndex((word, i) => i > 0 && SURNAMES.has(word));
    if (at > 0 && run.words.length - at >= 2 && run.words.length - at <= 4) cut = at;
  }
  if (cut === 0) return run;
  return { ...run, words: run.words.slice(cut), place: run.words.slice(0, cut).join(' ') };
}

/** The name opens with a family name of a language that writes it first ("Nguyễn Văn Quang"). */
export function startsWithSurname(name: string): boolean {
  return SURNAMES.has(name.split(' ')[0] ?? '');
}

/** The run is a known place as a whole ("Việt Nam", "South Carolina"). */
export function isPlace(words: readonly string[]): boolean {
  return PLACES.has(words.join(' ').toLowerCase());
}

/** The known places a text names ("Tổng thống Hàn Quốc" → hàn quốc), lower case. */
export function placesIn(text: string): Set<string> {
  const words = text.split(/[\s,;()]+/u).filter((w) => w !== '');
  const found = new Set<string>();
  for (let i = 0; i < words.length; ) {
    const n = leadingPlace(words.slice(i));
    if (n > 0) found.add(words.slice(i, i + n).join(' ').toLowerCase());
    i += Math.max(1, n);
  }
  return found;
}

/** Inside parentheses: "(Bình Định)" adds where, never who. */
function inParentheses(phrase: string, run: NameRun): boolean {
  const open = phrase.lastIndexOf('(', run.start);
  return open >= 0 && phrase.indexOf(')', open) >= run.end;
}

/** The run is the object of a preposition ("Tại Nhật Bản", "Với Việt Nam", "de la Défense"). */
function afterPreposition(phrase: string, run: NameRun): boolean {
  if (PREPOSITION_WORD.test(run.words[0] ?? '')) return true;
  // "của ông Đặng Tiểu Bình", "với ông Kim": the title does not make the object a subject.
  const before = phrase.slice(Math.max(0, run.start - 24), run.start);
  const title = HONORIFICS.exec(before);
  return PREPOSITION_BEFORE.test(title ? before.slice(0, title.index + 1) : before);
}

const ARTICLE_BEFORE = new FoldedPattern(`(?:^|\\s)(?:${allLanguages('describedSpeakerOpeners').map(escapeRegExp).join('|')})\\s+$`, 'u');

/** One-word surnames ("Porter") and given names ("Bửu") count only when a known person has them. */
export type KnownName = (word: string) => boolean;

/**
 * What the article tells about its names: `knows`, see KnownName; `writesLower`, whether the
 * article writes a word in lower case somewhere (folded), so that with a capital it is a
 * sentence's first word, not part of a name ("Politicians Clara Rojas").
 */
export interface NameContext {
  knows: KnownName;
  writesLower: (word: string) => boolean;
}

export const NO_NAME_CONTEXT: NameContext = { knows: () => false, writesLower: () => false };

/** Before `at` the phrase starts, or a sentence or a quotation ends. */
function opensSentence(phrase: string, at: number): boolean {
  const before = phrase.slice(Math.max(0, at - 8), at).trimEnd();
  return at === 0 || before === '' || /[.!?…:"“”«»]$/u.test(before);
}

/**
 * Where family names come first (the pack lists them), a name's syllables are everyday words
 * ("Minh", "Hoa", "văn"), so a capital at a sentence's start tells nothing: those runs are left as they are.
 */
function writesFamilyFirst(lang: string | null): boolean {
  return (packFor(lang)?.surnames.length ?? 0) > 0;
}

/** Capitalised, not all capitals: "Ask", not "THAT" of a shouted line. */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * "Politicians Clara Rojas said", "Ask George Lucas": a sentence's first word that the article
 * writes in lower case elsewhere is no part of the name after it. Only before two more words, or
 * a known one, so a name of two ("Will Smith", "Grant Shapps") keeps its first; never in a
 * language that writes family names first, nor a role or a role's first word ("President",
 * "Transport Minister"), which the role reading takes.
 */
export function withoutSentenceOpener(run: NameRun, phrase: string, lang: string | null, names: NameContext): NameRun {
  const [first = '', second = ''] = run.words;
  // Before one more word only when that word names someone the article named in full ("Something Tucker wrote", Neely Tucker).
  const longEnough = run.words.length >= 3 || (run.words.length === 2 && names.knows(second));
  // A title split off the run ("TIGHAR President Pat Thrasher") stands first: the word after it opens no sentence.
  if (!longEnough || run.title !== undefined || !CAPITALISED.test(first) || !names.writesLower(first) || writesFamilyFirst(lang)) return run;
  // The run may have lost a leading cue ("Theo Tân Hoa Xã"): its first word is where it stands now.
  const firstAt = phrase.indexOf(first, run.start);
  const start = phrase.indexOf(second, firstAt + first.length);
  if (firstAt < 0 || start < 0 || !opensSentence(phrase, firstAt)) return run;
  if (opensWithRole(phrase.slice(firstAt), lang) || opensWithRole(phrase.slice(start), lang)) return run;
  return { ...run, start, words: run.words.slice(1) };
}

export function isPersonRun(run: NameRun, lang: string | null, phrase: string, known: KnownName): boolean {
  const first = run.words[0] ?? '';
  // "ông Ngân Văn Hoà": after a title of address an organisation word ("ngân" of "ngân hàng") is a family name.
  const titled = run.words.length >= 2 && HONORIFICS.test(phrase.slice(Math.max(0, run.start - 16), run.start));
  // The lower-case words after the run count: "Thành ủy" is a run of one capitalised word.
  const opensAsOrganisation = !titled && opensWithTerm(`${run.words.join(' ')}${phrase.slice(run.end, run.end + 40)}`, ORGANISATION_TERMS);
  // "Đại sứ Ấn Độ tại Việt Nam Parvathaneni Harish": the preposition governs the place split off the run, not the person after it.
  const placeFirst = run.place !== undefined && run.words.length >= 2 && isPlace(run.place.split(' '));
  // "Chủ tịch nước Nguyễn Phú Trọng": a place word that ends an office ("nước", the State) governs no one.
  const governed = !placeFirst && !roleWords(lang).test(phrase.slice(Math.max(0, run.start - 40), run.start)) && afterPreposition(phrase, run);
  // "the House Oversight and Government Reform Committee": a body, whom no "she" or "he" points to.
  const body = !titled && endsAsOrganisation(run.words);
  // "Fri Dec 28, 7:05 AM ET": a dateline's day and month are no one a "he" points to.
  if (opensAsOrganisation || body || inParentheses(phrase, run) || governed || isPlace(run.words) || isCalendarRun(run.words)) return false;
  if (run.words.length === 1 && !run.honoured) {
    if (known(first)) return true;
    // "der Verein", "the Senate": one capitalised word after an article is a noun, not a name.
    if (ARTICLE_BEFORE.test(phrase.slice(Math.max(0, run.start - 12), run.start))) return false;
    const word = first.toLowerCase();
    // "We're", "It's", "Tuesday", or a sentence's first word followed by more of the sentence.
    if (/['’]/u.test(word) || NOT_A_NAME.test(word) || stopWordsFor(lang).has(word)) return false;
    if (/^\p{Lu}+$/u.test(first) && first.length > 3) return false;
    if (/^\p{Lu}\.?$/u.test(first)) return false;
    if (run.start === 0 && phrase.trim().length > first.length + 1) return false;
  }
  // Vietnamese names are two to four syllables; elsewhere one capitalised word can be a surname.
  if (run.honoured) return run.words.length <= 5;
  // Where family names come first, two native words without a title are a person only when the first is one
  // ("Tân Bí" of "Tân Bí thư" is not); a foreign name ("Tom Price", "Moon Jae-in") is written without diacritics.
  const familyFirst = (packFor(lang)?.surnames.length ?? 0) > 0;
  if (familyFirst && run.words.length === 2 && !SURNAMES.has(first) && /[^\p{ASCII}]/u.test(run.words.join(''))) return false;
  return lang === 'vi' ? run.words.length >= 2 && run.words.length <= 5 : run.words.length <= 5;
}
