import { abbreviationsFor, isAbbreviation } from './abbreviations';
import { CLOSING_MARKS, isSpace } from './sentence-boundaries';
import { packFor } from '../lang';
import { stopWordsFor } from './stop-words';

/**
 * Why a candidate boundary is not the end of a sentence: the full stop belongs to an
 * abbreviation ("TP. HCM", "z. B."), an initial ("J. K. Rowling"), an ordinal before a
 * month ("am 4. Mai"), a list marker ("1."), a parenthesis still open, or a quotation
 * that the sentence goes on after (「…。」と述べた). Every rule reads a few words on each
 * side of the boundary, so the splitter stays linear.
 */

/** How far a rule looks for a word on either side of a boundary. */
const WORD_WINDOW = 40;
/** An open parenthesis holds the sentence together only if it closes this soon. */
const MAX_PAREN_REACH = 300;
/** After a closing quotation mark, a tail this short ("他说。") still belongs to the quotation's sentence. */
const MAX_SPEECH_TAIL = 10;

export interface JoinContext {
  text: string;
  abbreviations: ReturnType<typeof abbreviationsFor>;
  stopWords: ReadonlySet<string>;
  months: ReadonlySet<string>;
  lang: string | null;
}

export function joinContext(text: string, lang: string | null): JoinContext {
  const months = new Set((packFor(lang)?.monthNames ?? []).flat());
  const stopWords = stopWordsFor(lang);
  return { text, abbreviations: abbreviationsFor(lang), stopWords: stopWords.size > 0 ? stopWords : stopWordsFor('en'), months, lang };
}

/** The word ending at `end` (exclusive) and the one before it, leading brackets and quotes left out. */
function wordsBefore(text: string, end: number, floor: number): { token: string; before: string } {
  let i = end;
  const limit = Math.max(floor, end - WORD_WINDOW);
  while (i > limit && !isSpace(text[i - 1])) i--;
  const token = stripOpeners(text.slice(i, end));
  let j = i;
  while (j > limit && isSpace(text[j - 1])) j--;
  let k = j;
  while (k > limit && !isSpace(text[k - 1])) k--;
  return { token, before: stripOpeners(text.slice(k, j)) };
}

/** The word starting at `from`. */
function wordAfter(text: string, from: number): string {
  let i = from;
  const limit = Math.min(text.length, from + WORD_WINDOW);
  while (i < limit && !isSpace(text[i])) i++;
  return text.slice(from, i);
}

export const OPENING_MARKS = new Set(['「', '『', '“', '„', '«', '‹', '(', '[', '（', '【', '《', '〈', '‘', '"']);

function stripOpeners(token: string): string {
  let i = 0;
  while (i < token.length && OPENING_MARKS.has(token[i] ?? '')) i++;
  return token.slice(i);
}

const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '»', '”', '’', '"', "'"]);

/** A word without the punctuation after it, lower case: how it is looked up in a list. */
function bare(word: string): string {
  let end = word.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(word[end - 1] ?? '')) end--;
  return word.slice(0, end).toLowerCase();
}

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const INITIAL = /^\p{Lu}\.$/u;
const ACRONYM = /^(?:\p{Lu}\.){2,}$/u;
const NUMBER_DOT = /^\d{1,3}\.$/u;
/** A sentence made of a list marker only: "1.", "(2)", "3)", "a)". */
const LIST_MARKER = /^(?:\(?\d{1,3}[.)]|\(?\p{Ll}\))$/u;
/** One to three letters of a script written without case, with a dot: Thai "พ.ศ.", "ก.พ.", "ดร.". */
const UNCASED_ABBREVIATION = /(?:^|\.)[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]{1,3}\.$/u;
/** How Japanese goes on after a quotation: と述べた, って, など. */
const QUOTATIVE = /^(?:と|って|など|なんて)/u;

/** A capitalised word that is not a sentence opener ("President", not "He"): what follows a name or a title. */
function continuesName(ctx: JoinContext, next: string): boolean {
  return UPPER.test(next) && !ctx.stopWords.has(bare(next));
}

function endsAbbreviation(ctx: JoinContext, start: number, end: number, next: number): boolean {
  const { token, before } = wordsBefore(ctx.text, end, start);
  if (!token.endsWith('.')) return false;
  const after = wordAfter(ctx.text, next);
  if (isAbbreviation(ctx.abbreviations, token, before, after)) return true;
  if (UNCASED_ABBREVIATION.test(token)) return true;
  if ((INITIAL.test(token) || ACRONYM.test(token)) && continuesName(ctx, after)) return true;
  if (end - start <= 5 && LIST_MARKER.test(ctx.text.slice(start, end))) return true;
  return NUMBER_DOT.test(token) && (ctx.months.has(bare(after)) || LOWER.test(after));
}

/** 「…。」と述べた and “我们会来。”他说。: the quotation is part of the sentence that follows it. */
function quotationGoesOn(ctx: JoinContext, end: number, next: number, following: number): boolean {
  const last = ctx.text[end - 1] ?? '';
  if (!CLOSING_MARKS.has(last) || last === ')' || last === ']') return false;
  const rest = ctx.text.slice(next, Math.min(following, next + MAX_SPEECH_TAIL + 1)).trim();
  if (QUOTATIVE.test(rest)) return true;
  const cjk = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(rest);
  return cjk && following - next <= MAX_SPEECH_TAIL && !/[「『“]/u.test(rest);
}

/**
 * Marks that may close a quotation, in any of the languages we read: English ” and ",
 * German “ and « (after „ and »), French » with its space, Spanish and Italian »; and
 * brackets ("(thanks Monstro!) and that").
 */
const QUOTE_CLOSERS = new Set(['"', '”', '“', '’', '»', '«', '›', '‹', '」', '』', ')', ']']);
const EXCLAMATION_OR_QUESTION = new Set(['!', '?', '‼', '⁉']);
/** A word in lower case throughout: "for", "und", not "iPhone", which may open a sentence. */
const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}\p{M}'’-]*(?:[\s.,;:!?]|$)/u;

/**
 * hosted "Jeopardy!" for 23 years, rief „Hilfe!“ und rannte, ¡Viva México! y todos, "Stop!"
 * he said: a ! or ? (in, or just before, a closing quotation mark) followed by a word in
 * lower case does not end the sentence. The boundary may fall before or after the mark.
 */
function exclamationGoesOn(ctx: JoinContext, start: number, end: number, next: number): boolean {
  let i = end;
  while (i > start && (QUOTE_CLOSERS.has(ctx.text[i - 1] ?? '') || isSpace(ctx.text[i - 1]))) i--;
  if (!EXCLAMATION_OR_QUESTION.has(ctx.text[i - 1] ?? '')) return false;
  let j = next;
  const limit = Math.min(ctx.text.length, next + 4);
  while (j < limit && (QUOTE_CLOSERS.has(ctx.text[j] ?? '') || isSpace(ctx.text[j]))) j++;
  return LOWER_CASE_WORD.test(ctx.text.slice(j, j + WORD_WINDOW));
}

/** Running count of open brackets in the current sentence, and where the next closing bracket is. */
export class BracketTracker {
  private depth = 0;
  private scanned = 0;
  /** The first closing bracket at or after `searchedFrom`, or -1 when none up to `searchedTo`. */
  private close = -1;
  private searchedTo = 0;

  constructor(private readonly text: string) {}

  reset(at: number): void {
    this.depth = 0;
    this.scanned = at;
  }

  /** True when a bracket opened before `end` is still open and closes within reach after `next`. */
  openAt(end: number, next: number): boolean {
    for (; this.scanned < end; this.scanned++) {
      const ch = this.text[this.scanned];
      if (ch === '(' || ch === '（') this.depth++;
      else if ((ch === ')' || ch === '）') && this.depth > 0) this.depth--;
    }
    if (this.depth === 0) return false;
    const close = this.closeAfter(next);
    return close >= 0 && close - next <= MAX_PAREN_REACH;
  }

  /** Boundaries come in order, so every character is searched at most once. */
  private closeAfter(next: number): number {
    if (this.close >= next) return this.close;
    const limit = Math.min(this.text.length, next + MAX_PAREN_REACH + 1);
    for (let i = Math.max(next, this.searchedTo); i < limit; i++) {
      const ch = this.text[i];
      if (ch === ')' || ch === '）') {
        this.close = i;
        this.searchedTo = i + 1;
        return i;
      }
    }
    this.searchedTo = Math.max(this.searchedTo, limit);
    return -1;
  }
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A "sentence" of marks and spaces only (a lone 「 at the end) is not one. */
function hasWordCharacter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (WORD_CHARACTER.test(text[i] ?? '')) return true;
  return false;
}

/**
 * True when the candidate boundary at `next` (the previous sentence's text ending at `end`,
 * the sentence starting at `start`) does not end a sentence.
 */
export function joinsNext(ctx: JoinContext, brackets: BracketTracker, start: number, end: number, next: number, following: number): boolean {
  if (!hasWordCharacter(ctx.text, next, following)) return true;
  if (brackets.openAt(end, next)) return true;
  if (ctx.text[end - 1] === '.' && endsAbbreviation(ctx, start, end, next)) return true;
  if (exclamationGoesOn(ctx, start, end, next)) return true;
  return quotationGoesOn(ctx, end, next, following);
}
