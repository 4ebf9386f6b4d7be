import type { Quote } from './types';
import type { Analyzer, SlicedAnalyzer } from './analyzer';
import type { OutlineInput, Paragraph } from './input';
import { PLURAL_PRONOUNS, PRONOUNS } from './attribution';
import { directQuotes } from './direct-quotes';
import { reportedQuotes } from './reported-speech';
import { continuedQuote } from './continued-quotes';
import { Mentions } from './mentions';
import { wordsWrittenLower } from './written-lower';
import { parseSpeaker, peopleIn, subjectOf, type Speaker } from './speakers';
import { packFor } from '../lang';
import { isCaseless, startsWithPronoun } from './caseless-speakers';
import type { Found } from './found';
import { stopWordsFor } from '../text/stop-words';
import { findQuotedSpans } from '../text/quote-marks';
import { NEVER_OVER, runToEnd } from '../steps';
import { trimEndWhile } from '../text/trim-end';
import { normalizeSpace } from '../text/segment';

const MAX_QUOTES = 100;
/**
 * Paragraphs longer than this are not read for quotes, only checked for marks never closed. News
 * paragraphs stay far below it, and the speaker tests are not linear in a paragraph's length: a
 * paragraph of 20,000 straight quote marks took 170-190 ms in one task (hostile-layout).
 */
const MAX_QUOTED_PARAGRAPH_CHARS = 5_000;

/**
 * A phrase whose subject is a pronoun: "he", or the part after a leading clause ("Talking about
 * how he was feeling after his recent successes, he" said "…").
 */
function isPronounPhrase(phrase: string, lang: string | null): boolean {
  return PRONOUNS.test(phrase) || (isCaseless(phrase) && startsWithPronoun(phrase, lang)) || PRONOUNS.test(subjectOf(phrase));
}

/** The speaker a phrase names, resolved against the people named before ("ông Quang", "he", "the minister"). */
function speakerOf(item: Found, mentions: Mentions, lang: string | null): Speaker | null {
  const stopWords = stopWordsFor(lang);
  const phrase = item.phrase?.trim() ?? '';
  if (phrase === '') return null;
  if (isPronounPhrase(phrase, lang)) {
    // "…," he said. in paragraph after paragraph: each pronoun mentions the person again, so the
    // next one still reaches them.
    if (isPluralPronounPhrase(phrase)) return mentions.group(item.block);
    const pointed = mentions.pronoun(item.block);
    if (pointed) mentions.add(pointed, item.block);
    return pointed;
  }
  const parsed = parseSpeaker(phrase, lang, item.verbFirst ? 'first' : 'last', mentions);
  if (!parsed) return null;
  if (parsed.kind === 'described') {
    if (item.personOnly) return null;
    const described = mentions.described(parsed.name, item.block, stopWords) ?? parsed;
    if (described.kind !== 'person') mentions.addGroup(described, item.block);
    return described;
  }
  if (item.personOnly && parsed.kind !== 'person') return null;
  const resolved = mentions.resolve(parsed);
  mentions.add(resolved, item.block);
  if (resolved.kind === 'organisation') mentions.addGroup(resolved, item.block);
  return resolved;
}

/** "They said …", "ont-ils affirmé": the subject is a plural pronoun. */
function isPluralPronounPhrase(phrase: string): boolean {
  return PLURAL_PRONOUNS.test(phrase) || PLURAL_PRONOUNS.test(subjectOf(phrase));
}

/**
 * Reported speech counts only with a speaker that is someone: a person (outside family-name-first
 * languages a lone surname before "said" is too often a company or a country, unless it was
 * named in full before), an organisation, or a described speaker with an office ("the minister").
 */
function keepsReported(speaker: Speaker | null, lang: string | null): speaker is Speaker {
  if (!speaker) return false;
  if (speaker.kind === 'described') return true;
  if (speaker.kind === 'person' && !speaker.name.includes(' ') && speaker.role === null && !isCaseless(speaker.name)) {
    return lang === 'vi';
  }
  return true;
}

function toQuote(item: Found, speaker: Speaker | null): Quote {
  return { text: item.text, speaker: speaker?.name ?? null, role: speaker?.role ?? null, kind: item.kind, anchor: { block: item.block } };
}

/** The speaker of the last direct quote, and its block: a quotation opening the next paragraph with no cue goes on from them. */
interface LastQuoted {
  speaker: Speaker | null;
  block: number;
}

function continuesFrom(item: Found, last: LastQuoted): Speaker | null {
  if (item.kind !== 'direct' || item.phrase !== null || !item.opensParagraph) return null;
  const near = item.block - last.block === 1 || item.block === last.block;
  return last.speaker?.kind === 'person' && near ? last.speaker : null;
}

/** The statements of one paragraph, with the people it names, in reading order. */
function statementsOf(paragraph: Paragraph, previous: Paragraph | undefined, lang: string | null, mentions: Mentions, last: LastQuoted, out: Quote[]): boolean {
  const found: Found[] = [];
  const speaks = (phrase: string, prefer: 'first' | 'last' = 'last') =>
    isPronounPhrase(phrase.trim(), lang) || parseSpeaker(phrase, lang, prefer, mentions) !== null;
  const direct = directQuotes(paragraph, previous, lang, speaks, found);
  reportedQuotes(paragraph, direct.covered, lang, speaks, found);
  found.sort((a, b) => a.at - b.at);
  const people = peopleIn(paragraph.text, lang, mentions);
  let next = 0;
  for (const item of found) {
    for (; next < people.length && (people[next]?.at ?? 0) < item.at; next++) {
      const person = people[next];
      if (person) mentions.add(mentions.resolve(person.speaker), paragraph.block);
    }
    const speaker = speakerOf(item, mentions, lang) ?? continuesFrom(item, last);
    if (item.kind === 'reported' && !keepsReported(speaker, lang)) continue;
    if (item.onlyIfContinued && !speaker) continue;
    // The last one quoted, directly or not ("Ông A cho biết … “…”"), is who an uncued quotation goes on from.
    if (item.kind === 'direct' || speaker) Object.assign(last, { speaker, block: paragraph.block });
    out.push(toQuote(item, speaker));
  }
  for (const person of people.slice(next)) mentions.add(mentions.resolve(person.speaker), paragraph.block);
  return direct.unbalanced;
}

/**
 * Quotes: direct quotations in any common style with their speaker, and reported speech
 * with a speaker (most statements in Vietnamese news are indirect). Quoted names, titles,
 * slogans and scare quotes are left out; a quotation over several paragraphs is one quote;
 * captions are never read (they are not among the paragraphs).
 */
export const findQuotes: Analyzer<Quote[]> = (input: OutlineInput) => runToEnd(findQuotesInSlices(input, NEVER_OVER));

/** findQuotes, a paragraph at a time. */
export const findQuotesInSlices: SlicedAnalyzer<Quote[]> = function* (input, sliceOver) {
  const out: Quote[] = [];
  const familyNames = new Set((packFor(input.lang)?.surnames ?? []).map((name) => name.toLowerCase()));
  const mentions = new Mentions(familyNames, wordsWrittenLower(input.paragraphs.map((paragraph) => paragraph.text)));
  const last: LastQuoted = { speaker: null, block: -1 };
  let unbalanced = false;
  const { paragraphs } = input;
  for (let i = 0; i < paragraphs.length && out.length < MAX_QUOTES; i++) {
    if (sliceOver()) yield;
    const continued = continuedQuote(paragraphs, i);
    const paragraph = continued?.paragraph ?? paragraphs[i];
    if (!paragraph) continue;
    if (paragraph.text.length > MAX_QUOTED_PARAGRAPH_CHARS) {
      unbalanced = findQuotedSpans(paragraph.text).unbalanced || unbalanced;
      continue;
    }
    unbalanced = statementsOf(paragraph, paragraphs[i - 1], input.lang, mentions, last, out) || unbalanced;
    if (!continued) continue;
    i += continued.extra;
    if (continued.rest) unbalanced = statementsOf(continued.rest, paragraphs[i - 1], input.lang, mentions, last, out) || unbalanced;
  }
  return { items: withoutRepeats(out).slice(0, MAX_QUOTES), note: unbalanced ? 'unbalanced-quotes' : undefined };
};

/**
 * A statement printed twice (a pull quote set again in the text, a paragraph the page repeats) is
 * one statement, where it first stands. A pull quote repeating part of a longer quotation ("We
 * won't run out of work till we run out of problems.") is that quotation too.
 */
function withoutRepeats(quotes: readonly Quote[]): Quote[] {
  const seen = new Set<string>();
  // Without the closing stop: the pull quote ends on "." where the quotation goes on after ",".
  const texts = quotes.map((quote) => trimEndWhile(normalizeSpace(quote.text).toLocaleLowerCase(), /[\s.,;:!?…。，！？]/u));
  return quotes.filter((quote, i) => {
    const text = texts[i] ?? '';
    const key = `${quote.speaker ?? ''}\u0000${text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return !texts.some((other, j) => other.length > text.length && other.includes(text) && partOf(quote, i, quotes[j], j));
  });
}

/**
 * The part is the whole's when it names no one (a pull quote, wherever it stands), or the same one
 * after the whole (a lead that sums up a later quotation keeps its place).
 */
function partOf(part: Quote, at: number, whole: Quote | undefined, wholeAt: number): boolean {
  return whole !== undefined && (part.speaker === null || (part.speaker === whole.speaker && wholeAt < at));
}
