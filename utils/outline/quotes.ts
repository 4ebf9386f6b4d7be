import type { Quote } from './types';
import type { Analyzer } from './analyzer';
import type { OutlineInput, Paragraph } from './input';
import { findQuotedSpans, type QuotedSpan } from '../text/quote-marks';
import { ACCORDING_TO_PATTERN, PRONOUNS, TITLE_CUES, WINDOW, speechVerbPattern } from './attribution';
import { parseSpeaker, resolveMention, type Speaker } from './speakers';
import { wordTokens } from '../text/tokens';
import { allLanguages } from '../lang';

/** "that" after a speech verb, in every pack's language ("rằng", "que", "dass"). */
const COMPLEMENTIZERS = allLanguages('complementizers').join('|');
const REPORTED_OPENER = new RegExp(`^\\s*(?:${COMPLEMENTIZERS})?\\s*[,:：，]?\\s*`, 'iu');

const MAX_QUOTES = 100;
/** A quoted phrase shorter than this is a statement only when the text attributes it. */
const MIN_UNATTRIBUTED_WORDS = 8;
const MIN_REPORTED_WORDS = 5;
/** Blocks back that a pronoun ("he said", "ông cho biết") may point to. */
const PRONOUN_REACH = 3;

interface Found {
  text: string;
  phrase: string | null;
  /** The phrase followed the verb ("said John Smith"), so its first name is the speaker. */
  verbFirst?: boolean;
  kind: Quote['kind'];
  block: number;
}

/** The speaker phrase in the text just before a quote: "X said:", "X nhấn mạnh:", "theo ông X,". */
function phraseBefore(before: string, lang: string | null): string | null {
  const clause = before.split(/[.!?。！？]\s/u).pop() ?? before;
  const according = new RegExp(`${ACCORDING_TO_PATTERN.source}$`, 'iu').exec(clause);
  if (according?.[1]) return according[1];
  const verb = new RegExp(`(${speechVerbPattern(lang).source})\\s*(?:${COMPLEMENTIZERS})?\\s*[:,：，]?\\s*$`, 'iu').exec(clause);
  if (!verb) return null;
  const phrase = clause.slice(0, verb.index).split(/[.;]\s/u).pop()?.trim() ?? '';
  return phrase === '' ? null : phrase;
}

/** The speaker phrase just after a quote: `," the mayor said`, `", sagte Merkel`, `" - ông A nói`. */
function phraseAfter(after: string, lang: string | null): { phrase: string; verbFirst: boolean } | null {
  const sentence = after.split(/[.!?。！？](?:\s|$)/u)[0] ?? after;
  const verb = speechVerbPattern(lang).exec(sentence);
  if (!verb || verb.index > 80) return null;
  const lead = sentence.slice(0, verb.index).replace(/^[\s,，.–—-]+/u, '').trim();
  // Only right after the closing mark: `," the mayor said`, not a verb later in the sentence.
  if (lead !== '') return wordTokens(lead, lang).length <= 6 ? { phrase: lead, verbFirst: false } : null;
  // Verb first: "said John Smith", "sagte Merkel", "a déclaré le maire".
  const tail = sentence.slice(verb.index + verb[0].length).replace(/^[\s,]+/u, '').split(/[,;]/u)[0]?.trim() ?? '';
  return tail !== '' && wordTokens(tail, lang).length <= 8 ? { phrase: tail, verbFirst: true } : null;
}

/** "the mayor", "a spokesman", "vị lãnh đạo…": a speaker described, not named. */
const DESCRIBED_SPEAKER = new RegExp(`^(?:${allLanguages('describedSpeakerOpeners').join('|')})\\s`, 'iu');
/** Scripts without capitals, where a name cannot be told by its case: the phrase before the verb is kept as written. */
const CASELESS = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}]/u;
/** Phrases shorter than this many words are names, titles or scare quotes unless a named speaker says them. */
const MIN_STATEMENT_WORDS = 4;

function isStatement(span: QuotedSpan, paragraph: Paragraph, phrase: string | null, lang: string | null): boolean {
  const before = paragraph.text.slice(Math.max(0, span.open - 40), span.open);
  const words = wordTokens(span.inner, lang).length;
  if (words === 0) return false;
  if (TITLE_CUES.test(before) && phrase === null) return false;
  if (phrase !== null) return words >= MIN_STATEMENT_WORDS || PRONOUNS.test(phrase) || parseSpeaker(phrase, lang) !== null;
  const wholeParagraph = span.open <= 1 && span.close >= paragraph.text.length - 2;
  return words >= MIN_UNATTRIBUTED_WORDS && (wholeParagraph || /[.!?…。！？]$/u.test(span.inner));
}

function directQuotes(paragraph: Paragraph, lang: string | null, out: Found[]): { covered: Set<number>; unbalanced: boolean } {
  const covered = new Set<number>();
  if (paragraph.tag === 'blockquote') {
    const credit = /[—–―-]\s*([^—–―-]{2,80})$/u.exec(paragraph.text);
    out.push({ text: credit ? paragraph.text.slice(0, credit.index).trim() : paragraph.text, phrase: credit?.[1] ?? null, kind: 'direct', block: paragraph.block });
    paragraph.sentences.forEach((_, i) => covered.add(i));
    return { covered, unbalanced: false };
  }
  const { spans, unbalanced } = findQuotedSpans(paragraph.text);
  for (const span of spans) {
    const before = paragraph.text.slice(Math.max(0, span.open - WINDOW), span.open);
    const after = paragraph.text.slice(span.close + 1, span.close + 1 + WINDOW);
    const beforePhrase = phraseBefore(before, lang);
    const found = beforePhrase !== null ? { phrase: beforePhrase, verbFirst: false } : phraseAfter(after, lang);
    if (!isStatement(span, paragraph, found?.phrase ?? null, lang)) continue;
    out.push({ text: span.inner, phrase: found?.phrase ?? null, verbFirst: found?.verbFirst, kind: 'direct', block: paragraph.block });
    paragraph.sentences.forEach((s, i) => {
      if (s.start <= span.close && s.start + s.text.length >= span.open) covered.add(i);
    });
  }
  return { covered, unbalanced };
}

/** Reported speech: "Theo Phó bí thư X, …", "ông X – role cho biết, …", "X said that …". */
function reportedStatement(sentence: string, lang: string | null): { phrase: string; text: string } | null {
  const head = sentence.slice(0, WINDOW + 100);
  const according = ACCORDING_TO_PATTERN.exec(head);
  if (according?.[1] && according.index <= 40) {
    return { phrase: according[1], text: sentence.slice(according.index + according[0].length) };
  }
  const verb = speechVerbPattern(lang).exec(head);
  if (!verb || verb.index === 0 || verb.index > WINDOW) return null;
  const text = sentence.slice(verb.index + verb[0].length).replace(REPORTED_OPENER, '');
  return { phrase: sentence.slice(0, verb.index).trim(), text };
}

function reportedQuotes(paragraph: Paragraph, covered: Set<number>, lang: string | null, out: Found[]): void {
  paragraph.sentences.forEach((sentence, i) => {
    if (covered.has(i)) return;
    const found = reportedStatement(sentence.text, lang);
    if (!found || wordTokens(found.text, lang).length < MIN_REPORTED_WORDS) return;
    out.push({ text: found.text.trim(), phrase: found.phrase, kind: 'reported', block: paragraph.block });
  });
}

/** Turns the phrase that introduced each statement into a speaker, resolving "ông Quang" and "he" to the person named before. */
function attribute(found: Found[], lang: string | null): Quote[] {
  const known: Speaker[] = [];
  let last: { speaker: Speaker; block: number } | null = null;
  const out: Quote[] = [];
  for (const item of found) {
    let speaker: Speaker | null = null;
    const phrase = item.phrase?.trim() ?? null;
    if (phrase && PRONOUNS.test(phrase)) {
      speaker = last && item.block - last.block <= PRONOUN_REACH ? last.speaker : null;
    } else if (phrase) {
      const parsed = parseSpeaker(phrase, lang, item.verbFirst ? 'first' : 'last');
      const earlier = parsed ? resolveMention(parsed.name, known) : null;
      if (parsed && earlier) speaker = { name: earlier.name, role: parsed.role ?? earlier.role };
      else if (parsed) {
        speaker = parsed;
        known.push(parsed);
      } else if (item.kind === 'direct' && (DESCRIBED_SPEAKER.test(phrase) || CASELESS.test(phrase)) && wordTokens(phrase, lang).length <= 5) {
        // "the mayor", "a spokesman": a speaker without a name, kept as written.
        speaker = { name: phrase, role: null };
      }
    }
    // Reported speech counts only with a named speaker: otherwise it is just the article talking.
    // Outside Vietnamese, a one-word "name" before "said" is too often a company or a country.
    if (item.kind === 'reported' && (!speaker || (lang !== 'vi' && !speaker.name.includes(' ') && speaker.role === null))) continue;
    if (speaker) last = { speaker, block: item.block };
    out.push({ text: item.text, speaker: speaker?.name ?? null, role: speaker?.role ?? null, kind: item.kind, anchor: { block: item.block } });
  }
  return out;
}

/**
 * Quotes: direct quotations in any common style with their speaker, and reported speech
 * with a named speaker (most statements in Vietnamese news are indirect). Quoted names,
 * titles and slogans are left out unless the text attributes them as speech; captions
 * are never read (they are not among the paragraphs).
 */
export const findQuotes: Analyzer<Quote[]> = (input: OutlineInput) => {
  const found: Found[] = [];
  let unbalanced = false;
  for (const paragraph of input.paragraphs) {
    const direct = directQuotes(paragraph, input.lang, found);
    unbalanced ||= direct.unbalanced;
    reportedQuotes(paragraph, direct.covered, input.lang, found);
    if (found.length >= MAX_QUOTES) break;
  }
  const items = attribute(found, input.lang).slice(0, MAX_QUOTES);
  return { items, note: unbalanced ? 'unbalanced-quotes' : undefined };
};
