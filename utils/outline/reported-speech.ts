import type { Paragraph } from './input';
import { allLanguages, isWordlessLanguage, packFor } from '../lang';
import { countWords } from '../text/word-count';
import { findQuotedSpans } from '../text/quote-marks';
import { nameRuns, opensWithRole, roleStart, roleWords } from './speaker-names';
import { ACCORDING_TO_PATTERN, ACCORDING_TO_START, COMPLEMENTIZERS, QUOTING_CUE, WINDOW, packWordPattern, speechVerbPattern } from './attribution';
import type { Found } from './found';
import { escapeRegExp } from '../text/escape-regexp';
import { trimEndWhile } from '../text/trim-end';
import { FoldedPattern } from '../text/case-fold';

const MIN_REPORTED_WORDS = 5;
/** How far after the verb "rằng"/"that" may come: "X nói với ông Y rằng …", "X told reporters on Monday that …". */
const COMPLEMENTIZER_REACH = 80;
/** Verbs tried per sentence: the first may open a participial clause ("Phát biểu tại hội nghị, ông X nhấn mạnh …"). */
const MAX_VERBS = 3;
/**
 * A "sentence" longer than this is not read for reported speech: it is text with no full stop
 * (a run of Thai, a list, a hostile page), not a statement a reader would see quoted, and each
 * verb tried on it reads the whole of it: 20,000 Thai characters without a stop, where "ว่า"
 * recurs inside "ระหว่าง", held the popup 300-400 ms in one task (hostile-layout "thai-run").
 */
const MAX_REPORTED_SENTENCE_CHARS = 1_500;

const REPORTED_OPENER = new RegExp(`^\\s*(?:${COMPLEMENTIZERS})?\\s*[,:：，]?\\s*`, 'iu');
const COMPLEMENTIZER = new RegExp(`(?<![\\p{L}\\p{M}])(?:${COMPLEMENTIZERS})(?![\\p{L}\\p{M}])\\s*[,:]?\\s*`, 'iu');
/** What follows a verb when it says where or when, not what: "tại điện Kremlin", "hôm 24/10", "in a statement". */
const PLACE_OR_TIME = new FoldedPattern(`^\\s*(?:${allLanguages('prepositions').map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}])`, 'u');

const prepositionAtEndCache = new Map<string, RegExp>();

/**
 * "thống nhất với đề nghị của Hà Nội", "theo đề nghị của": a speech verb right after a preposition
 * is its object, a noun. The article's own language only: "in" of "Moon Jae-in" is no Vietnamese word.
 */
function prepositionAtEnd(lang: string | null): RegExp {
  const key = lang ?? '*';
  let pattern = prepositionAtEndCache.get(key);
  if (!pattern) {
    const words = (packFor(lang)?.prepositions ?? []).map(escapeRegExp);
    pattern = words.length === 0 ? /$^/u : new RegExp(`(?<![\\p{L}\\p{M}])(?:${words.join('|')})\\s+$`, 'iu');
    prepositionAtEndCache.set(key, pattern);
  }
  return pattern;
}

interface Statement {
  phrase: string;
  text: string;
  /** The speaker follows the verb ("…, a annoncé son club", "…, dijo el candidato"): its first name is the speaker. */
  verbFirst?: boolean;
}

/** Whether a phrase names a speaker; `prefer` says which of its names is the subject (the first after a verb). */
export type Speaks = (phrase: string, prefer?: 'first' | 'last') => boolean;

/** Words after a verb that end the sentence and can only be its subject: "a annoncé son club.", "teilte der Verein mit.". */
const MAX_INVERTED_SUBJECT_WORDS = 6;

/** The top-level comma before which a statement ends when its cue follows it ("…, ông Putin nói"). */
function lastTopComma(text: string): number {
  let depth = 0;
  let at = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '“' || ch === '«') depth++;
    else if ((ch === ')' || ch === '”' || ch === '»') && depth > 0) depth--;
    else if (depth === 0 && (ch === ',' || ch === '，')) at = i;
  }
  return at;
}

/** "Nga sẵn sàng đối thoại, ông Putin nói tại điện Kremlin, Moskva hôm 24/10.": the cue after, and the place it was said is not what was said. */
function cueAfter(before: string): Statement | null {
  const comma = lastTopComma(before);
  if (comma <= 0) return null;
  return { text: before.slice(0, comma).trim(), phrase: before.slice(comma + 1).trim() };
}

/** A few words opening with a preposition: where or when ("In their meetings this week", "In a wide-ranging interview"), not a statement. */
const MAX_CIRCUMSTANCE_WORDS = 8;

function isCircumstance(text: string, lang: string | null): boolean {
  return PLACE_OR_TIME.test(text) && countWords(text, lang) <= MAX_CIRCUMSTANCE_WORDS;
}

/** Japanese: "林官房長官は記者会見で、…と述べた": the subject before は, what was said before と. */
function verbFinal(sentence: string, verbAt: number, lang: string | null): Statement | null {
  const pack = packFor(lang);
  if (!pack || pack.quoteParticles.length === 0) return null;
  const head = sentence.slice(0, verbAt);
  const particle = pack.quoteParticles.find((p) => head.endsWith(p));
  if (!particle) return null;
  const marker = Math.min(...pack.subjectMarkers.map((m) => head.indexOf(m)).filter((at) => at > 0), Infinity);
  if (!Number.isFinite(marker) || marker > 30) return null;
  const body = head.slice(marker + 1, head.length - particle.length);
  const comma = body.search(/[、，,]/u);
  return { phrase: head.slice(0, marker), text: (comma >= 0 && comma < 20 ? body.slice(comma + 1) : body).trim() };
}

/** "Theo TTXVN đưa tin,": the source without the verb that may follow it. */
function withoutVerbAtEnd(phrase: string, lang: string | null): string {
  const verbs = speechVerbPattern(lang, 'gu');
  verbs.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let verb = verbs.exec(phrase); verb; verb = verbs.exec(phrase)) last = verb;
  return last && last.index > 0 && phrase.slice(last.index + last[0].length).trim() === '' ? phrase.slice(0, last.index).trim() : phrase;
}

/** An office written after the source's name is no part of what was said. */
const MAX_APPOSITION_WORDS = 16;
/** Words an office may have before its role word: "a spokesman for …", "Deputy News Director at …". */
const WORDS_BEFORE_ROLE = 2;

/** The text opens with an office: a role word, at most two words in ("a spokesman", "Deputy News Director"). */
function opensWithOffice(text: string, lang: string | null): boolean {
  if (opensWithRole(text, lang)) return true;
  const start = roleStart(lang);
  start.lastIndex = 0;
  const role = start.exec(text.slice(0, 60));
  return role !== null && countWords(text.slice(0, role.index), lang) <= WORDS_BEFORE_ROLE && !/[,，]/u.test(text.slice(0, role.index));
}

/**
 * "Theo ông Đào Trọng Tứ, cố vấn Mạng lưới sông ngòi Việt Nam, phương án … khả thi": after a named
 * source, a clause that opens with an office and closes with a comma is the source's role. The length
 * of that clause with its comma, or 0.
 */
function appositionLength(source: string, rest: string, lang: string | null): number {
  if (!opensWithOffice(rest, lang)) return 0;
  const comma = rest.search(/[,，]/u);
  if (comma < 0 || countWords(rest.slice(0, comma), lang) > MAX_APPOSITION_WORDS || speechVerbPattern(lang).test(rest.slice(0, comma))) return 0;
  // "According to X, the spokesman was unaware …": a finite verb makes it what was said.
  if (tenseAuxiliary(lang)?.test(rest.slice(0, comma))) return 0;
  // "Theo Tổng bí thư, Chủ tịch nước Nguyễn Phú Trọng, …": after an office alone, a second office is the same person's when a name closes it.
  const officeThenName = roleWords(lang).test(source.trim()) && endsOnCapitalisedWord(rest.slice(0, comma));
  return endsOnCapitalisedWord(source) || officeThenName ? comma + 1 : 0;
}

/**
 * "According to Darius Bazargan, who made a documentary in 2008 about motor racing in Tehran, it
 * is …": after a source, a relative clause closed by a comma says who the source is. Its length
 * with the comma, or 0.
 */
function relativeClauseLength(rest: string, lang: string | null): number {
  const relatives = packFor(lang)?.subjectRelatives ?? [];
  const first = /^\s*([\p{L}\p{M}]+)/u.exec(rest)?.[1];
  if (first === undefined || !relatives.includes(first.toLowerCase())) return 0;
  const comma = rest.search(/[,，]/u);
  if (comma < 0 || countWords(rest.slice(0, comma), lang) > MAX_APPOSITION_WORDS || speechVerbPattern(lang).test(rest.slice(0, comma))) return 0;
  return comma + 1;
}

/** The text's last word opens with a capital; its last 40 characters only, since a pattern anchored at the end is tried from every capital. */
function endsOnCapitalisedWord(text: string): boolean {
  return /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*\s*$/u.test(text.slice(-40));
}

/** "Laut Bundeskanzler Olaf Scholz wird …": the source is the first name after the cue, the rest is what was said. */
function accordingWithoutComma(head: string, sentence: string, lang: string | null, speaks: Speaks): Statement | null {
  const cue = ACCORDING_TO_START.exec(head);
  if (!cue) return null;
  const rest = sentence.slice(cue[0].length);
  if (speechVerbPattern(lang).exec(rest)?.index === 0) return null;
  const run = nameRuns(rest.slice(0, 80)).find((r) => r.words.length >= 2);
  if (!run || run.start > 40) return null;
  const phrase = rest.slice(0, run.end);
  return speaks(phrase) ? { phrase, text: rest.slice(run.end).trim() } : null;
}

const chainCache = new Map<string, FoldedPattern | null>();

/** "và cho hay,", "đồng thời nhấn mạnh", "and added": a second speech verb joined to the first, before what was said. None in a language without link words. */
function chainedVerb(lang: string | null): FoldedPattern | null {
  const key = lang ?? '*';
  let pattern = chainCache.get(key);
  if (pattern === undefined) {
    const pack = packFor(lang);
    const links = (pack ? [...pack.connectives, ...pack.nameJoiners] : []).filter((l) => /\p{L}/u.test(l)).map(escapeRegExp);
    pattern = links.length === 0 ? null : new FoldedPattern(`^\\s*(?:${links.join('|')})\\s+(?:${speechVerbPattern(lang).source})`, 'u');
    chainCache.set(key, pattern);
  }
  return pattern;
}

const openerCache = new Map<string, FoldedPattern | null>();

/** One of a pack's words (`field`) opening the text, then `tail`; null in a language whose pack lists none. */
function packWordFirst(lang: string | null, field: 'speakerPronouns' | 'saidProForms', tail: string): FoldedPattern | null {
  const key = `${field} ${lang ?? '*'}`;
  let pattern = openerCache.get(key);
  if (pattern === undefined) {
    const words = (packFor(lang)?.[field] ?? []).map(escapeRegExp);
    pattern = words.length === 0 ? null : new FoldedPattern(`^\\s*(?:${words.join('|')})${tail}`, 'u');
    openerCache.set(key, pattern);
  }
  return pattern;
}

/**
 * "said he was “appalled” that …", "cho biết ông rất lo rằng …": a pronoun right after the verb,
 * with a word after it, opens what was said, and a "that" further on belongs to that clause.
 * Not before a comma: "…, sagte er, dass …" names the speaker.
 */
const subjectPronounFirst = (lang: string | null): FoldedPattern | null => packWordFirst(lang, 'speakerPronouns', '\\s+[\\p{L}\\p{M}]');

const saidProForm = (lang: string | null): FoldedPattern | null => packWordFirst(lang, 'saidProForms', '(?![\\p{L}\\p{M}])');

/**
 * "Ông Hùng khẳng định như vậy tại buổi họp báo …", "Miller said so at a press conference.": a word
 * standing for the words said before, then only where and when, or nothing. What follows the verb
 * is then read without it, as the place or time it is, so no statement is made of "so at a press
 * conference". "said this week that …" and "said this is …" go on as before.
 */
function withoutSaidProForm(after: string, lang: string | null): string {
  const proForm = saidProForm(lang)?.exec(after);
  if (!proForm) return after;
  const rest = after.slice(proForm[0].length);
  return PLACE_OR_TIME.test(rest) || /^[\s.。!?]*$/u.test(rest) ? rest : after;
}

const echoedCueCache = new Map<string, FoldedPattern | null>();
/** The end of a statement looked at for its cue said again: ", he said." is short. */
const ECHO_TAIL = 40;

/**
 * "X said investigators had found no sign of a cell in the city, he said.": the writer repeats the
 * cue at the end, and the reader's quote ends before it.
 */
function withoutEchoedCue(text: string, lang: string | null): string {
  const key = lang ?? '*';
  if (!echoedCueCache.has(key)) {
    const pack = packFor(lang);
    const pronouns = (pack?.speakerPronouns ?? []).map(escapeRegExp);
    const verbs = (pack?.speechVerbs ?? []).map(escapeRegExp);
    echoedCueCache.set(key, pronouns.length === 0 || verbs.length === 0 ? null : new FoldedPattern(`[,，]\\s{0,4}(?:${pronouns.join('|')})\\s{1,4}(?:${verbs.join('|')})\\s{0,4}[.!]?$`, 'u'));
  }
  const tail = text.slice(-ECHO_TAIL);
  const cue = echoedCueCache.get(key)?.exec(tail);
  return cue ? `${text.slice(0, text.length - tail.length + cue.index).trimEnd()}.` : text;
}

/** The language's finite auxiliaries as words: their clause owns the "that" after them. */
const tenseAuxiliary = (lang: string | null): FoldedPattern | null => packWordPattern(lang, 'tenseAuxiliaries');

/** What was said after the verb: past "rằng"/"that" when it comes soon ("nói với Y rằng …"), else right after. */
function textAfterVerb(after: string, lang: string | null = null): string | null {
  const chain = chainedVerb(lang)?.exec(after);
  if (chain) return textAfterVerb(after.slice(chain[0].length), lang);
  if (subjectPronounFirst(lang)?.test(after)) return after.trimStart();
  const complementizer = COMPLEMENTIZER.exec(after.slice(0, COMPLEMENTIZER_REACH));
  if (complementizer && !tenseAuxiliary(lang)?.test(after.slice(0, complementizer.index))) return after.slice(complementizer.index + complementizer[0].length);
  if (!PLACE_OR_TIME.test(after)) return after.replace(REPORTED_OPENER, '');
  // "cho biết tại buổi họp báo, năm nay …": what was said starts after the place phrase, if anything does.
  const comma = after.slice(0, 60).search(/[,，]/u);
  return comma >= 0 ? after.slice(comma + 1).trim() : null;
}

/** "the BBC", "Reuters", "The Associated Press": a stop word at most, then one to five capitalised words, then the lower-case word that opens what was said. */
const ADDRESSEE = /^\s+(?:(\p{Ll}+)\s+)?\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,4}(?=\s+\p{Ll})/u;

/**
 * What follows a verb that takes its addressee first ("told the BBC it appeared to be …"), without
 * the addressee, when no "that" marks where it ends (textAfterVerb finds that one itself).
 */
function withoutAddressee(after: string, verb: string, lang: string | null): string {
  const pack = packFor(lang);
  if (!pack || !pack.addresseeVerbs.includes(verb.trim().toLowerCase())) return after;
  if (COMPLEMENTIZER.test(after.slice(0, COMPLEMENTIZER_REACH))) return after;
  const addressee = ADDRESSEE.exec(after);
  if (!addressee) return after;
  const article = addressee[1];
  if (article !== undefined && !pack.stopWords.includes(article)) return after;
  // "told The Star-Ledger of Newark last week she …", "told Congress on Tuesday.": the addressee
  // goes on, or where and when follow; what is read is as before.
  const rest = after.slice(addressee[0].length);
  if (PLACE_OR_TIME.test(rest)) return after;
  // "…, Phil Smith told POLITICO earlier this week.": nothing is said after the addressee, so what
  // was said came before the verb (fromVerb reads it there), and the addressee is no speaker.
  return countWords(rest, lang) < MIN_REPORTED_WORDS ? '' : rest;
}

/**
 * "Trump said which, given his history …, triggered …": a relative clause about the saying, set off
 * by its comma, not what was said ("said which candidates would run" is an indirect question and stays).
 */
function opensWithRelative(text: string, lang: string | null): boolean {
  const first = /^\s*([\p{L}\p{M}]+)\s*[,，]/u.exec(text)?.[1]?.toLowerCase();
  return first !== undefined && (packFor(lang)?.subjectRelatives ?? []).includes(first);
}

function fromVerb(sentence: string, verb: RegExpExecArray, lang: string | null): Statement | null {
  const final = verbFinal(sentence, verb.index, lang);
  if (final) return final;
  const before = sentence.slice(0, verb.index);
  if (packFor(lang)?.commaCues.includes(verb[0].toLowerCase())) return commaCued(before, sentence.slice(verb.index + verb[0].length), lang);
  const after = withoutSaidProForm(withoutAddressee(sentence.slice(verb.index + verb[0].length), verb[0], lang), lang);
  // A verb closed by a quotation mark is a word of a title ("bài hát “Đêm tâm sự”"), not a cue.
  if (/^\s*["”»」』]/u.test(after)) return null;
  const text = textAfterVerb(after, lang);
  if (text !== null && countWords(text, lang) >= MIN_REPORTED_WORDS && !opensWithRelative(text, lang)) {
    const quoting = QUOTING_CUE.exec(before);
    const phrase = quoting ? before.slice(quoting.index + quoting[0].length) : before;
    return { phrase: phrase.trim(), text: withoutEchoedCue(text, lang) };
  }
  // "Xác định thu ngân sách là nhiệm vụ nặng nề, Bí thư X khẳng định trong năm 2016 cá nhân ông … sẽ không …":
  // a clause runs on after the verb's time or place with no comma to end it. What is before the
  // comma is then the speaker's own circumstance ("considering …"), not what was said.
  if (text === null && countWords(after, lang) > MAX_CIRCUMSTANCE_WORDS * 2) return null;
  // Nothing said after the verb, or only where and when: the statement came before it.
  if (text === null || PLACE_OR_TIME.test(after) || /^[\s.。!?]*$/u.test(text)) {
    const statement = cueAfter(before);
    return statement && !isCircumstance(statement.text, lang) ? statement : null;
  }
  return invertedSubject(before, text, lang);
}

/**
 * "Sogar Malariaparasiten haben noch ein Plastidengenom, so Molina, obwohl …": a cue that stands
 * only after a comma has what was said before it and who said it right after it, up to the next
 * comma, whatever follows.
 */
function commaCued(before: string, after: string, lang: string | null): Statement | null {
  const phrase = after.split(/[,，;.!?]/u)[0]?.trim() ?? '';
  if (phrase === '' || countWords(phrase, lang) > MAX_INVERTED_SUBJECT_WORDS) return null;
  const statement = cueAfter(before);
  return statement ? { text: statement.text, phrase, verbFirst: true } : null;
}

/** The phrase without the stops and spaces that close it; a loop, as "[\\s.!?]+$" retries from every stop of a long run. */
function withoutClosingStops(text: string): string {
  return trimEndWhile(text, /[\s.!?]/u).trim();
}

/** "Une enquête a été ouverte, informe la police cantonale.", "…, dijo el candidato priista.": the subject after the verb closes the sentence. */
function invertedSubject(before: string, after: string, lang: string | null): Statement | null {
  const words = countWords(after, lang);
  if (words === 0 || words > MAX_INVERTED_SUBJECT_WORDS || COMPLEMENTIZER.test(after) || !/[.!?]\s*$/u.test(after)) return null;
  const statement = cueAfter(before);
  return statement ? { text: statement.text, phrase: withoutClosingStops(after), verbFirst: true } : null;
}

/**
 * "The results, according to X, were mixed.": the words before the cue, set off by a comma, open
 * what was said. Not a connective ("Tuy vậy, theo ông X, …"), a place or time ("In Hanoi,
 * according to …"), or a word glued to the cue ("Cũng theo ông X").
 */
function openingSaid(before: string, lang: string | null): string {
  if (!/[,，]\s*$/u.test(before)) return '';
  const opening = trimEndWhile(before, /[\s,，]/u);
  const pack = packFor(lang);
  if (opening === '' || /[,，]/u.test(opening) || PLACE_OR_TIME.test(opening)) return '';
  return pack?.connectives.includes(opening.toLowerCase()) ? '' : opening;
}

/**
 * Reported speech in one sentence: "Theo Phó bí thư X, …", "ông X – role cho biết, …",
 * "X said that …", "…, ông Putin nói tại …", "外交部发言人毛宁表示，…", "〜は…と述べた".
 * `speaks` tells whether a phrase names a speaker, so a verb whose subject is no one is skipped.
 */
export function reportedStatement(sentence: string, lang: string | null, speaks: Speaks): Statement | null {
  const head = sentence.slice(0, WINDOW + 100);
  const according = ACCORDING_TO_PATTERN.exec(head);
  // "Según explicó en un comunicado, …": the cue opens on a verb whose subject goes unsaid; nobody after it is the source.
  const verbless = according?.[1] !== undefined && speechVerbPattern(lang).exec(according[1])?.index !== 0;
  if (according?.[1] && according.index <= 40 && verbless) {
    const rest = sentence.slice(according.index + according[0].length);
    const role = appositionLength(according[1], rest, lang);
    const opening = openingSaid(sentence.slice(0, according.index), lang);
    const said = (text: string) => (opening === '' ? text : `${opening} ${text}`);
    if (role > 0) return { phrase: `${withoutVerbAtEnd(according[1], lang)}, ${rest.slice(0, role - 1).trim()}`, text: said(rest.slice(role).trim()), verbFirst: true };
    const relative = relativeClauseLength(rest, lang);
    if (relative > 0) return { phrase: withoutVerbAtEnd(according[1], lang), text: said(rest.slice(relative).trim()) };
    // "Theo Reuters, … Tổng thống Rodrigo Duterte cho biết …": the outlet passes on someone else's words.
    return fromVerbs(rest, lang, speaks) ?? { phrase: withoutVerbAtEnd(according[1], lang), text: said(rest) };
  }
  return accordingWithoutComma(head, sentence, lang, speaks) ?? fromVerbs(sentence, lang, speaks);
}

/** How far before a verb its relative word is looked for: "who the police", "who Mr. Smith's lawyers". */
const RELATIVE_REACH = 40;

/**
 * "The man who the police said sowed terror across two states …": the verb is inside a relative
 * clause with a subject of its own (a determiner, a pronoun or a capitalised name after "who"),
 * whose missing subject is the one the words after the verb speak of. What follows the verb is
 * no statement. "People who know him said …" reports: a lower-case verb follows "who" there.
 */
function inRelativeWithOwnSubject(before: string, lang: string | null): boolean {
  const pack = packFor(lang);
  if (!pack || pack.subjectRelatives.length === 0) return false;
  const words = before.trimEnd().split(/\s+/u);
  // The relative word, then the clause's subject, with no comma: a comma closes the clause ("Sweeney, who heads the office, said").
  const at = words.findLastIndex((word) => pack.subjectRelatives.includes(word.toLowerCase()));
  if (at < 0 || at === words.length - 1 || words.slice(at).some((word) => /[,;:]$/u.test(word))) return false;
  // "a news conference at which he predicted that …": after a preposition the clause is whole, and its verb reports.
  if (at > 0 && pack.prepositions.includes((words[at - 1] ?? '').toLowerCase())) return false;
  const subject = words[at + 1] ?? '';
  const lower = subject.toLowerCase();
  return /^\p{Lu}/u.test(subject) || pack.describedSpeakerOpeners.includes(lower) || pack.speakerPronouns.includes(lower);
}

function fromVerbs(sentence: string, lang: string | null, speaks: Speaks): Statement | null {
  const head = sentence.slice(0, WINDOW + 100);
  // Cached per language: compiling the verb pattern per sentence cost more than reading it.
  const verbs = speechVerbPattern(lang, 'gu');
  verbs.lastIndex = 0;
  let tried = 0;
  for (let verb = verbs.exec(head); verb && tried < MAX_VERBS; verb = verbs.exec(head)) {
    tried++;
    // A capital inside the sentence makes the word part of a name ("bác sĩ Võ Viết Quang"), not the verb "viết".
    if (verb.index === 0 || verb.index > WINDOW || /^\p{Lu}/u.test(verb[0]) || prepositionAtEnd(lang).test(sentence.slice(Math.max(0, verb.index - 16), verb.index))) continue;
    if (inRelativeWithOwnSubject(sentence.slice(Math.max(0, verb.index - RELATIVE_REACH), verb.index), lang)) continue;
    const found = fromVerb(sentence, verb, lang);
    if (found && countWords(found.text, lang) >= MIN_REPORTED_WORDS && speaks(found.phrase, found.verbFirst ? 'first' : 'last')) return laterSpeaker(found, lang, speaks) ?? found;
  }
  return null;
}

/**
 * "He vowed to keep trying, but the BBC's editor Jon Sopel said the president …": a later clause
 * with a speaker and a verb of its own says who is speaking, not the subject of the first verb.
 */
function laterSpeaker(found: Statement, lang: string | null, speaks: Speaks): Statement | null {
  if (found.verbFirst) return null;
  const later = fromVerbs(found.text, lang, speaks);
  if (!later || later.verbFirst) return null;
  const links = packFor(lang)?.connectives ?? [];
  return links.some((link) => later.phrase.toLowerCase().startsWith(`${link} `)) ? later : null;
}

/** ", đồng thời khẳng định …", ", and added …": a second statement of the same speaker in one sentence. */
function splitStatements(text: string, lang: string | null): string[] {
  const pack = packFor(lang);
  const links = pack ? [...pack.connectives, ...pack.nameJoiners] : [];
  const verbs = speechVerbPattern(lang, 'gu');
  verbs.lastIndex = 0;
  for (let verb = verbs.exec(text); verb; verb = verbs.exec(text)) {
    const before = text.slice(0, verb.index).trimEnd();
    const link = links.find((l) => before.toLowerCase().endsWith(` ${l}`) || before.toLowerCase().endsWith(`,${l}`));
    // A bare comma before a verb is as often a list of nouns ("công tác lãnh đạo, chỉ đạo và …"): a link word must say it goes on.
    if (!link) continue;
    const head = before.slice(0, before.length - link.length).trimEnd();
    if (!head.endsWith(',') && !head.endsWith(';')) continue;
    const first = head.slice(0, -1).trim();
    const second = (textAfterVerb(text.slice(verb.index + verb[0].length), lang) ?? '').trim();
    if (countWords(first, lang) >= MIN_REPORTED_WORDS && countWords(second, lang) >= MIN_REPORTED_WORDS) return [first, second];
  }
  return [text.trim()];
}

/**
 * "…, nhà lãnh đạo Trung Quốc kêu gọi": the clause that introduces the quotation after a
 * reported statement is not part of it. Without such a clause of its own, the text before a
 * quotation is the quotation's cue and its circumstances ("told the Post in a statement,").
 */
function beforeQuoteCue(text: string, lang: string | null): string | null {
  const comma = lastTopComma(text);
  if (comma <= 0) return null;
  const verbs = speechVerbPattern(lang);
  return verbs.test(text.slice(comma + 1)) ? text.slice(0, comma) : null;
}

/**
 * Reported speech beside a direct quotation in one sentence: before it ("Ngay sau khi ông
 * Trump nói sẽ …, nhà lãnh đạo Trung Quốc kêu gọi “…”") or after its cue, introduced by
 * "rằng"/"that" or a second verb ("“…”, ông Nhu nói và cho hay, …"). The quotation's own cue
 * ("“…”, ông A nói khi trả lời …") says nothing more.
 */
function besideQuotation(sentence: string, lang: string | null, speaks: Speaks): Statement[] {
  const { spans } = findQuotedSpans(sentence);
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) return [];
  const found: Statement[] = [];
  const before = sentence.slice(0, first.open);
  const head = reportedStatement(before, lang, speaks);
  // What was said follows its cue here; a clause before the cue ("Phát biểu tại …, ông Abe nói:") is where, not what.
  if (head && before.indexOf(head.text) > before.lastIndexOf(head.phrase)) {
    const text = beforeQuoteCue(head.text, lang)?.trim() ?? '';
    if (countWords(text, lang) >= MIN_REPORTED_WORDS) found.push({ phrase: head.phrase, text });
  }
  const tail = sentence.slice(last.close + 1, last.close + 1 + WINDOW);
  // The quotation's cue, then a second verb for what is reported ("ông Nhu nói và cho hay", "she said, but also told … that").
  const verbs = speechVerbPattern(lang, 'gu');
  verbs.lastIndex = 0;
  const second = verbs.exec(tail) ? verbs.exec(tail) : null;
  if (second) {
    const after = reportedStatement(tail, lang, speaks);
    if (after && tail.indexOf(after.text) >= second.index + second[0].length) found.push(after);
  }
  return found;
}

const QUESTION_END = /[?？][\s”"」』)）]*$/u;
const askingCache = new Map<string, RegExp>();

/** The language's words of asking ("asked", "hỏi", "问"), on letter edges where words have them; every language's when it is unknown. */
function askingPattern(lang: string | null): RegExp {
  const key = lang ?? '*';
  let pattern = askingCache.get(key);
  if (!pattern) {
    const own = packFor(lang)?.askingWords ?? [];
    const words = (own.length > 0 ? own : allLanguages('askingWords')).map(escapeRegExp);
    pattern = words.length === 0 ? /(?!)/u : new RegExp(`(?<![\\p{L}\\p{M}])(?:${words.join('|')})|(?:${words.filter((w) => /\p{Script=Han}/u.test(w)).join('|') || '(?!)'})`, 'iu');
    askingCache.set(key, pattern);
  }
  return pattern;
}

/**
 * "他进一步指出，如果你与穆斯林……分配在同一间宿舍怎么办？": a question put after a verb of saying
 * ("pointed out") is the writer's rhetorical turn, not a statement reported. A question after
 * a word of asking ("A reporter asked: Did they …?", "hỏi", "问") was asked, and is reported.
 */
function isUnaskedQuestion(sentence: string, text: string, lang: string | null): boolean {
  // A question in quotation marks ("continued: ''The worst attack ever?''") is a quotation's, and quoted.
  if (!QUESTION_END.test(text) || /[“”"«»「」『』]|''/u.test(text)) return false;
  const at = sentence.indexOf(text);
  return !askingPattern(lang).test(at > 0 ? sentence.slice(0, at) : sentence);
}

/**
 * Reported speech is read in a language whose pack has speech verbs, or in text of unknown
 * language (every pack's verbs then). A known language without them (Thai, Hindi, Greek: packs of
 * script only) has no verb of its own to cue it, and compiling every pack's verbs, roles and names
 * into patterns for it cost the popup 300-400 ms in one task before its outline (hostile-layout
 * "thai-run", Firefox and Node).
 */
function readsReportedSpeech(lang: string | null): boolean {
  return !isWordlessLanguage(lang);
}

export function reportedQuotes(paragraph: Paragraph, covered: Set<number>, lang: string | null, speaks: Speaks, out: Found[]): void {
  if (!readsReportedSpeech(lang)) return;
  paragraph.sentences.forEach((sentence, i) => {
    if (sentence.text.length > MAX_REPORTED_SENTENCE_CHARS) return;
    const statements = covered.has(i) ? besideQuotation(sentence.text, lang, speaks) : [reportedStatement(sentence.text, lang, speaks)];
    for (const found of statements) {
      if (!found) continue;
      for (const text of splitStatements(found.text, lang)) if (!isUnaskedQuestion(sentence.text, text, lang)) out.push({ text, phrase: found.phrase, verbFirst: found.verbFirst, kind: 'reported', block: paragraph.block, at: sentence.start });
    }
  });
}
