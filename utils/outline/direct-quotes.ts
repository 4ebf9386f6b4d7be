import type { Paragraph } from './input';
import { findQuotedSpans, type QuotedSpan } from '../text/quote-marks';
import { wordTokens } from '../text/tokens';
import { ACCORDING_TO_PATTERN, COMPLEMENTIZERS, QUOTING_CUE, TITLE_CUES, WINDOW, packWordPattern, speechVerbPattern } from './attribution';
import { firstClause, lastClause } from './clauses';
import { isCaseless } from './caseless-speakers';
import { isApposition } from './speakers';
import type { Found } from './found';
import { packFor } from '../lang';
import { FoldedPattern } from '../text/case-fold';

/** A quotation shorter than this is a name, a title or a scare quote ("interim", "tendue"): at least a clause. */
const MIN_STATEMENT_WORDS = 4;
/** An unattributed quotation counts only when it is this long: a real statement, not a phrase. */
const MIN_UNATTRIBUTED_WORDS = 8;
/** A caseless lead before the verb longer than this is a clause, not a speaker. */
const MAX_CASELESS_LEAD = 30;
/** A lead before the verb longer than this is a clause ("người phát ngôn Điện Kremlin Dmitry Peskov" is seven syllables). */
const MAX_LEAD_WORDS = 9;
/** Words of an apposition closed by a comma before the verb ("John Smith, one of her lawyers, said"). */
const MAX_LEAD_APPOSITION_WORDS = 12;
/** Words after the verb in a sentence that only says who spoke (`Ông Nam nói thêm.`). */
const MAX_CUE_TAIL_WORDS = 4;

interface Phrase {
  phrase: string;
  verbFirst: boolean;
  /** Found without a speech verb: only a person named there is the speaker. */
  personOnly?: boolean;
}

/** The speaker phrase just before a quote: "X said:", "X nhấn mạnh:", "theo ông X,", "发言人王明表示：". */
const ACCORDING_AT_END = new RegExp(`${ACCORDING_TO_PATTERN.source}$`, 'iu');
const verbAtEndCache = new Map<string, FoldedPattern>();

/** "X said:", "X nhấn mạnh rằng", "发言人王明表示：" at the end of the text before a quote; built once per language. */
function verbAtEnd(lang: string | null): FoldedPattern {
  const key = lang ?? '*';
  let pattern = verbAtEndCache.get(key);
  if (!pattern) {
    pattern = new FoldedPattern(`(${speechVerbPattern(lang).source})\\s*(?:${COMPLEMENTIZERS})?\\s*[:,：，]?\\s*$`, 'u');
    verbAtEndCache.set(key, pattern);
  }
  return pattern;
}

function phraseBefore(before: string, lang: string | null): Phrase | null {
  const clause = lastClause(before);
  const according = ACCORDING_AT_END.exec(clause);
  if (according?.[1]) return { phrase: according[1], verbFirst: false };
  const verb = verbAtEnd(lang).exec(clause) ?? verbWithObject(clause, lang);
  if (!verb) return null;
  const phrase = clause.slice(0, verb.index).trim();
  return phrase === '' ? null : { phrase, verbFirst: false };
}

/** Words between a verb and the colon or comma that opens the quote: "Limbaugh told his radio audience of Monday, “…”". */
const MAX_OBJECT_WORDS = 8;

function verbWithObject(clause: string, lang: string | null): { index: number } | null {
  if (!/[,:：，]\s*$/u.test(clause)) return null;
  const verbs = speechVerbPattern(lang, 'gu');
  verbs.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let match = verbs.exec(clause); match; match = verbs.exec(clause)) last = match;
  if (!last || last.index === 0) return null;
  const object = clause.slice(last.index + last[0].length);
  return wordTokens(object, lang).length <= MAX_OBJECT_WORDS && !/[.!?;]/u.test(object) ? { index: last.index } : null;
}

/** "John Smith was blunt when he spoke to reporters: “…”": the clause that opens the quote names its speaker, if it names a person. */
function colonIntro(before: string, lang: string | null): Phrase | null {
  const clause = lastClause(before).trim();
  if (!/[:：]$/u.test(clause) || clause.length > 160) return null;
  const phrase = clause.slice(0, -1).trim();
  const heard = packWordPattern(lang, 'hearingVerbs')?.exec(phrase);
  if (heard) return heardSpeaker(phrase.slice(heard.index + heard[0].length));
  return phrase.length >= 3 ? { phrase, verbFirst: true, personOnly: true } : null;
}

/**
 * "Anthony Rodriguez, who lives across the street, heard an officer yell: “Come down!”": the
 * one heard speaks, named between the verb of hearing and the verb of speaking that ends the lead.
 */
function heardSpeaker(rest: string): Phrase | null {
  const words = rest.trim().split(/\s+/u);
  return words.length < 2 ? null : { phrase: words.slice(0, -1).join(' '), verbFirst: true };
}

/**
 * A lead short enough to be who spoke. A name may bring its apposition, closed by a comma just
 * before the verb ("Hisyam Teh Poh Teik, một trong các luật sư của Hương, trả lời"): the name
 * and the apposition are counted apart, so a long office does not make the lead a clause. Only
 * a part the speaker parser reads as an apposition counts ("Sarah Warbelow, legal director for
 * the group Human Rights Campaign," is left: its last name would be taken for the speaker).
 */
function leadAllowed(lead: string, lang: string | null): boolean {
  if (isCaseless(lead)) return lead.length <= MAX_CASELESS_LEAD;
  if (wordTokens(lead, lang).length <= MAX_LEAD_WORDS) return true;
  const [, name = '', apposition = ''] = /^([^,，]+)[,，]([^,，]+)[,，]$/u.exec(lead) ?? [];
  return wordTokens(name, lang).length <= MAX_LEAD_WORDS && isApposition(apposition, lang) && wordTokens(apposition, lang).length <= MAX_LEAD_APPOSITION_WORDS;
}

/** "South China Morning Post dẫn lời ông X": the speaker is the one quoted, not the outlet. */
function afterQuotingCue(phrase: string): string {
  const cue = QUOTING_CUE.exec(phrase);
  return cue ? phrase.slice(cue.index + cue[0].length).trim() : phrase;
}

/** The speaker phrase just after a quote: `," the mayor said`, `", sagte Merkel`, `" - ông A nói`, `」と首相は語った`, `”姚建廷说`. */
function phraseAfter(after: string, lang: string | null): Phrase | null {
  // `“…” ― Pamela Padilla`: a credit after a dash.
  const credit = /^\s*[―—–]\s*([^“"«„「“.!?―—–]{2,60})/u.exec(after);
  if (credit?.[1] && wordTokens(credit[1], lang).length <= 5) return { phrase: credit[1].trim(), verbFirst: true, personOnly: true };
  const { clause: sentence, next } = firstClause(after);
  if (sentence.trim() === '' || /^\s*[.!?。！？]/u.test(after)) return cueSentence(after.slice(next), lang);
  const verb = speechVerbPattern(lang).exec(sentence);
  const quoted = quotedSource(sentence, verb, lang);
  if (quoted) return quoted;
  if (!verb || verb.index > 80) return null;
  const lead = afterQuotingCue(sentence.slice(0, verb.index).replace(/^[\s,，.–—-]+/u, '').trim());
  // Only right after the closing mark: `," the mayor said`, not a verb later in the sentence.
  if (lead !== '') return leadAllowed(lead, lang) ? { phrase: lead, verbFirst: false } : null;
  // Verb first: "said John Smith", "sagte Merkel", "a déclaré le maire".
  // The apposition after the name is its role ("said Maria Gonzalez, the city's budget director").
  const [name = '', apposition = ''] = sentence.slice(verb.index + verb[0].length).replace(/^[\s,]+/u, '').split(/[;]/u)[0]?.split(/,/u) ?? [];
  const words = wordTokens(apposition, lang).length;
  // "said resident Nathan Pensler, looking around the half-finished space": what they did, not who they
  // are. A name after an office stays ("a déclaré le ministre de la Défense, Sébastien Lecornu").
  const describes = isApposition(apposition, lang) || /^\p{Lu}/u.test(apposition.trim());
  const tail = (apposition !== '' && words <= 8 && describes ? `${name}, ${apposition.trim()}` : name).trim();
  return tail !== '' && wordTokens(name, lang).length <= 8 ? { phrase: tail, verbFirst: true } : null;
}

/** Words of the outlet before its quoting cue: "TASS", "hãng tin Reuters", "South China Morning Post". */
const MAX_OUTLET_WORDS = 6;
/** Words of the person after the cue, role included ("giám đốc điều hành Tập đoàn … Alexander Mikheyev"). */
const MAX_QUOTED_SOURCE_WORDS = 24;

/**
 * `“…”, TASS dẫn lời giám đốc … Alexander Mikheyev hôm nay cho biết`: an outlet quoting a
 * person. The cue comes before any speech verb, and the speaker is the one it quotes, up to the
 * verb: however long the role, the cue says whose words these are.
 */
function quotedSource(sentence: string, verb: RegExpExecArray | null, lang: string | null): Phrase | null {
  const cue = QUOTING_CUE.exec(sentence);
  if (!cue || (verb && verb.index < cue.index)) return null;
  const outlet = sentence.slice(0, cue.index).replace(/^[\s,，.–—-]+/u, '');
  if (wordTokens(outlet, lang).length > MAX_OUTLET_WORDS) return null;
  const rest = sentence.slice(cue.index + cue[0].length);
  const end = verb ? verb.index - (cue.index + cue[0].length) : rest.length;
  const phrase = rest.slice(0, Math.max(0, end)).trim();
  const words = wordTokens(phrase, lang).length;
  return words > 0 && words <= MAX_QUOTED_SOURCE_WORDS ? { phrase, verbFirst: false } : null;
}

/** `“…”. Ông Nam nói thêm.`: a short next sentence that only says who spoke. */
function cueSentence(text: string, lang: string | null): Phrase | null {
  const { clause } = firstClause(text);
  const verb = speechVerbPattern(lang).exec(clause);
  if (!verb || verb.index === 0) return null;
  const tail = clause.slice(verb.index + verb[0].length);
  if (wordTokens(tail, lang).length > MAX_CUE_TAIL_WORDS) return null;
  const lead = clause.slice(0, verb.index).trim();
  return leadAllowed(lead, lang) ? { phrase: lead, verbFirst: false } : null;
}

function isQuoteParticle(phrase: string, lang: string | null): boolean {
  return packFor(lang)?.quoteParticles.includes(phrase.trim()) ?? false;
}

/** The subject of a verb-final sentence before its quotation: what stands before the last は/が, after the last comma. */
function verbFinalSubject(before: string, lang: string | null): Phrase | null {
  const markers = packFor(lang)?.subjectMarkers ?? [];
  const clause = lastClause(before);
  const at = Math.max(-1, ...markers.map((marker) => clause.lastIndexOf(marker)));
  if (at <= 0) return null;
  const start = Math.max(clause.lastIndexOf('、', at), clause.lastIndexOf('，', at), clause.lastIndexOf('」', at)) + 1;
  const subject = clause.slice(start, at).trim();
  return subject.length >= 2 && subject.length <= MAX_CASELESS_LEAD ? { phrase: subject, verbFirst: false } : null;
}

const KATAKANA = /\p{Script=Katakana}/u;
const HIRAGANA = /\p{Script=Hiragana}/u;

/**
 * "A Long Walk Home", "Hands Off Our Parks": most words capitalised and no sentence end is a
 * title or a slogan. So is katakana without a single hiragana ("フリーWi-Fiプロテクション", an
 * app): words spoken in Japanese carry the hiragana of their particles and endings.
 */
function looksLikeTitle(inner: string): boolean {
  if (/[.!?…。！？,]$/u.test(inner)) return false;
  if (KATAKANA.test(inner) && !HIRAGANA.test(inner)) return true;
  const words = inner.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}

/**
 * "Gió xuân phảng phất cành tre / Bà con cô bác cùng lắng nghe bài chòi": lines of verse run in
 * with a slash between spaces are a poem or a song cited, not the speaker's own statement.
 */
function isVerse(inner: string, lang: string | null): boolean {
  // One white space each side: a pattern of runs (\s+) re-read a long run of spaces at every space.
  const lines = inner.split(/\s\/\s/u);
  // "tên lửa đạn đạo / hạt nhân", "Hài kịch / Nhạc kịch": a slash between words is "or"; each line of verse opens on a capital and says a few words.
  return lines.length >= 2 && lines.every((line) => /^\P{L}*\p{Lu}/u.test(line) && wordTokens(line, lang).length >= 3);
}

/** The sentences a quotation stands in: reported speech is not looked for there again. */
function coverSentences(paragraph: Paragraph, span: QuotedSpan, covered: Set<number>): void {
  paragraph.sentences.forEach((s, i) => {
    if (s.start <= span.close && s.start + s.text.length >= span.open) covered.add(i);
  });
}

function isStatement(span: QuotedSpan, paragraph: Paragraph, phrase: string | null, lang: string | null): boolean {
  const before = paragraph.text.slice(Math.max(0, span.open - 40), span.open);
  const words = wordTokens(span.inner, lang).length;
  if (words < MIN_STATEMENT_WORDS) return false;
  if (TITLE_CUES.test(before) && phrase === null) return false;
  if (looksLikeTitle(span.inner) || isVerse(span.inner, lang)) return false;
  if (phrase !== null) return true;
  // A question nobody is said to have asked is the writer's own, rhetorical.
  if (/[?？]$/u.test(span.inner)) return false;
  // "the FBI's “lackadaisical response to the very real Russian plot …”": with no one said to speak,
  // words opening in lower case are a piece of the writer's own sentence, not a statement.
  if (/^\p{Ll}/u.test(span.inner.trimStart())) return false;
  const wholeParagraph = span.open <= 1 && span.close >= paragraph.text.length - 2;
  return words >= MIN_UNATTRIBUTED_WORDS && (wholeParagraph || /[.!…。！]$/u.test(span.inner));
}

/**
 * A <blockquote> is a quotation only when someone is credited with it (a "— Name" line) or
 * the paragraph before introduces it ("He wrote:"); a summary box or a pull quote is not.
 */
function blockquote(paragraph: Paragraph, previous: Paragraph | undefined, lang: string | null, out: Found[]): void {
  const credit = /[—–―-]\s*([^—–―-]{2,80})$/u.exec(paragraph.text);
  const intro = previous ? phraseBefore(previous.text.slice(-WINDOW), lang) : null;
  const phrase = credit?.[1] ?? (previous && /[:：]\s*$/u.test(previous.text) ? intro?.phrase : null) ?? null;
  const text = credit ? paragraph.text.slice(0, credit.index).trim() : paragraph.text;
  // "— NHKニュース (@nhk_news) January 28, 2019" in a paragraph of its own (an embedded post's credit): no words to quote.
  if (phrase === null || text === '') return;
  out.push({ text, phrase, kind: 'direct', block: paragraph.block, at: 0 });
}

/** Characters of an attribution that interrupts a quotation mid-sentence: `,” the senior law enforcement official said, “`. */
const MAX_INTERRUPTION = 80;

/** A quotation with where its cue after it is read: the end of its first part when an attribution interrupts it. */
interface Quotation extends QuotedSpan {
  cueAt: number;
}

/**
 * `“If you're working off the premise that the guy made all these devices,” the official said,
 * “then the guy is a pretty good bombmaker.”`: a quotation broken off at a comma and resumed
 * after its attribution, itself closed by a comma, is one statement, read with that attribution.
 */
function joinInterrupted(text: string, spans: readonly QuotedSpan[], lang: string | null): Quotation[] {
  const out: Quotation[] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    const between = previous ? text.slice(previous.close + 1, span.open) : '';
    // The comma inside the marks (“…,” he said, “…”) or, in German and French, outside («…», heisst es, «…»).
    const outside = /^\s*[,，]/u.test(between);
    const resumes = previous !== undefined && (outside || /[,，]$/u.test(previous.inner.trimEnd())) && isInterruption(outside ? between.replace(/^\s*[,，]/u, '') : between, lang);
    if (previous && resumes) Object.assign(previous, { close: span.close, inner: `${previous.inner.trimEnd()}${outside ? ',' : ''} ${span.inner.trimStart()}` });
    else out.push({ ...span, cueAt: span.close });
  }
  return out;
}

/**
 * Words between two parts of a quotation that only say who spoke, closed by a comma: "the
 * official said,", "he told the host,", "said Maria Gonzalez, the city's budget director,". More
 * after the verb ("Sanders said, suggesting a few questions, including,") opens another quotation.
 */
function isInterruption(between: string, lang: string | null): boolean {
  if (between.length > MAX_INTERRUPTION || !/[,，]\s*$/u.test(between)) return false;
  // "Mr." and "Dr." are no sentence end; any other stop, or a quotation mark, is.
  if (/[.!?;:。！？；：“”"«»„「」]/u.test(between.replace(/\b\p{Lu}\p{Ll}{0,3}\./gu, ''))) return false;
  const verb = speechVerbPattern(lang).exec(between);
  if (!verb) return false;
  const commas = between.trimEnd().slice(0, -1).split(/[,，]/u).length - 1;
  return commas === 0 || (commas === 1 && between.slice(0, verb.index).trim() === '');
}

/** Direct quotations of one paragraph with the phrase naming their speaker; returns the sentences they cover. */
export function directQuotes(
  paragraph: Paragraph,
  previous: Paragraph | undefined,
  lang: string | null,
  speaks: (phrase: string, prefer: 'first' | 'last') => boolean,
  out: Found[],
): { covered: Set<number>; unbalanced: boolean } {
  const covered = new Set<number>();
  if (paragraph.tag === 'blockquote') {
    blockquote(paragraph, previous, lang, out);
    paragraph.sentences.forEach((_, i) => covered.add(i));
    return { covered, unbalanced: false };
  }
  const { spans, unbalanced } = findQuotedSpans(paragraph.text);
  let attributedBefore = false;
  for (const span of joinInterrupted(paragraph.text, spans, lang)) {
    const before = paragraph.text.slice(Math.max(0, span.open - WINDOW), span.open);
    const after = paragraph.text.slice(span.cueAt + 1, span.cueAt + 1 + WINDOW);
    const following = phraseAfter(after, lang);
    // 「…」と述べました with nothing between: the subject came before the quotation (原田環境大臣は、…「…」と述べました).
    const afterOrSubject = following && isQuoteParticle(following.phrase, lang) ? verbFinalSubject(before, lang) : following;
    const candidate = phraseBefore(before, lang) ?? afterOrSubject ?? colonIntro(before, lang);
    // "Câu hỏi ấy …" after a question: a verb whose subject is no one attributes nothing.
    const found = candidate && speaks(candidate.phrase, candidate.verbFirst ? 'first' : 'last') ? candidate : null;
    const statement = isStatement(span, paragraph, found?.phrase ?? null, lang);
    // `"It's heartbreaking," Ryan said. "And …"`: a quotation too short to list still names who goes on.
    const attributedEarlier = attributedBefore;
    if (found) attributedBefore = true;
    // With no cue, a quotation may go on from the speaker quoted just before: in the paragraph
    // before when it opens its paragraph, or earlier in the same one (`“…,” said X. “…”`).
    const followsSpeaker = span.open <= 1 || attributedEarlier;
    const verse = isVerse(span.inner, lang);
    const continues = !statement && !verse && found === null && followsSpeaker && wordTokens(span.inner, lang).length >= MIN_STATEMENT_WORDS && !looksLikeTitle(span.inner);
    // The sentence that cites verse ("bày tỏ niềm vui … bằng hai câu: “…”") is no reported statement either.
    if (verse) coverSentences(paragraph, span, covered);
    if (!statement && !continues) continue;
    out.push({ text: span.inner, phrase: found?.phrase ?? null, verbFirst: found?.verbFirst, personOnly: found?.personOnly, kind: 'direct', block: paragraph.block, at: span.open, opensParagraph: followsSpeaker, onlyIfContinued: continues });
    coverSentences(paragraph, span, covered);
  }
  return { covered, unbalanced };
}
