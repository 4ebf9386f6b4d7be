import type { Section } from './types';
import type { OutlineInput, Paragraph } from './input';
import { enumerationSection, type Enumeration } from './enumerations';
import { startsWithConnective } from './labels';
import { indexPhrases, keyPhrase } from './key-phrases';

const MIN_PARAGRAPHS = 5;
/** Shorter articles are read whole: parts the page did not make are only worth it in long ones. */
export const MIN_WORDS_FOR_PARTS = 1000;
/** Fewer labelled parts than this is no structure at all. */
const MIN_LABELLED_PARTS = 2;
const WORDS_PER_PART = 250;
const MIN_PARTS = 3;
const MAX_PARTS = 7;
/** Paragraphs on each side of a break whose words are compared (TextTiling's block size). */
const WINDOW = 2;

type Bag = Map<string, number>;

function bagOf(paragraph: Paragraph): Bag {
  const bag: Bag = new Map();
  for (const sentence of paragraph.sentences) {
    for (const term of sentence.content) bag.set(term, (bag.get(term) ?? 0) + 1);
  }
  return bag;
}

function mergeBags(bags: Bag[]): Bag {
  const out: Bag = new Map();
  for (const bag of bags) for (const [term, n] of bag) out.set(term, (out.get(term) ?? 0) + n);
  return out;
}

function cosine(a: Bag, b: Bag): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [term, n] of a) {
    na += n * n;
    dot += n * (b.get(term) ?? 0);
  }
  for (const n of b.values()) nb += n * n;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

const OPENING_MARKS = new Set(['“', '"', '«', '„', '「', '『']);
const CLOSING_MARKS = new Set(['”', '"', '»', '“', '」', '』']);
/** Characters a quotation may hold between its marks. */
const MAX_QUOTED = 2000;

/**
 * UTF-16 length of the quotations in `text`: from an opening mark to the next closing mark,
 * with 1 to 2,000 characters between, left to right; what
 * /[“"«„「『][^”"»“」』]{1,2000}[”"»“」』]/gu matched, in one pass. That regex read up to
 * 2,000 characters from every opening mark: 0.2 s on 20,000 marks without a closing one.
 */
function quotedLength(text: string): number {
  const chars = Array.from(text);
  const nextClosing: number[] = new Array<number>(chars.length + 1).fill(-1);
  for (let i = chars.length - 1; i >= 0; i -= 1) nextClosing[i] = CLOSING_MARKS.has(chars[i] ?? '') ? i : (nextClosing[i + 1] ?? -1);
  let inside = 0;
  for (let i = 0; i < chars.length; i += 1) {
    if (!OPENING_MARKS.has(chars[i] ?? '')) continue;
    const close = nextClosing[i + 1] ?? -1;
    const between = close - i - 1;
    if (close === -1 || between < 1 || between > MAX_QUOTED) continue;
    for (let j = i; j <= close; j += 1) inside += (chars[j] ?? '').length;
    i = close;
  }
  return inside;
}

/** Share of a paragraph's characters inside quotation marks: a jump marks the shift from report to quotes. */
function quoteShare(text: string): number {
  return text.length === 0 ? 0 : quotedLength(text) / text.length;
}

interface Forced {
  /** Paragraph index where a part must start. */
  starts: Set<number>;
  /** Paragraph indices where no part may start (inside an enumeration). */
  blocked: Set<number>;
  /** Part start → the enumeration that makes up the part. */
  enumerationAt: Map<number, Enumeration>;
  headingAt: Map<number, Section>;
}

function forcedBreaks(paragraphs: Paragraph[], enumerations: Enumeration[], headings: Section[]): Forced {
  const indexOfBlock = new Map(paragraphs.map((p, i) => [p.block, i]));
  const forced: Forced = { starts: new Set([0]), blocked: new Set(), enumerationAt: new Map(), headingAt: new Map() };
  for (const enumeration of enumerations) {
    const start = indexOfBlock.get(enumeration.block);
    const end = indexOfBlock.get(enumeration.items[enumeration.items.length - 1]?.block ?? -1);
    if (start === undefined || end === undefined) continue;
    forced.starts.add(start);
    forced.enumerationAt.set(start, enumeration);
    for (let i = start + 1; i <= end; i++) forced.blocked.add(i);
    if (end + 1 < paragraphs.length) forced.starts.add(end + 1);
  }
  for (const heading of headings) {
    const start = paragraphs.findIndex((p) => p.block > heading.anchor.block);
    if (start >= 0 && !forced.blocked.has(start)) {
      forced.starts.add(start);
      forced.headingAt.set(start, heading);
    }
  }
  return forced;
}

function breakScores(paragraphs: Paragraph[]): number[] {
  const bags = paragraphs.map(bagOf);
  const shares = paragraphs.map((p) => quoteShare(p.text));
  return paragraphs.map((paragraph, i) => {
    if (i === 0) return -Infinity;
    const before = mergeBags(bags.slice(Math.max(0, i - WINDOW), i));
    const after = mergeBags(bags.slice(i, i + WINDOW));
    const shift = Math.abs((shares[i] ?? 0) - (shares[i - 1] ?? 0)) > 0.4 ? 0.25 : 0;
    const connective = startsWithConnective(paragraph.text) ? 0.25 : 0;
    return 1 - cosine(before, after) + shift + connective;
  });
}

/** Adds the best-scoring breaks until there are `parts` parts, never leaving a part of one paragraph. */
function chooseStarts(count: number, parts: number, forced: Forced, scores: number[]): number[] {
  const starts = new Set(forced.starts);
  const order = scores.map((score, i) => ({ score, i })).sort((a, b) => b.score - a.score);
  for (const { i } of order) {
    if (starts.size >= parts) break;
    if (i === 0 || starts.has(i) || forced.blocked.has(i)) continue;
    const sorted = [...starts].sort((a, b) => a - b);
    const prev = Math.max(...sorted.filter((s) => s < i));
    const next = Math.min(count, ...sorted.filter((s) => s > i));
    if (i - prev >= 2 && next - i >= 2) starts.add(i);
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * An article without headings, split into 3–7 parts at its natural breaks: where the
 * vocabulary of the paragraphs changes (a TextTiling-style comparison of neighbouring
 * paragraphs), where a connective opens a new turn ("Bên cạnh đó", "However"), where the
 * text turns from report to quotes, and around each enumeration, which is one part.
 * Only for articles of MIN_WORDS_FOR_PARTS words or more, and each part is labelled by its
 * key phrase (key-phrases.ts); a part without one joins the part before it.
 */
export function findTopicParts(input: OutlineInput, enumerations: Enumeration[], headings: Section[]): Section[] {
  const paragraphs = input.paragraphs;
  if (paragraphs.length < MIN_PARAGRAPHS) return [];
  const words = paragraphs.reduce((sum, p) => sum + p.words, 0);
  if (words < MIN_WORDS_FOR_PARTS) return [];
  const parts = Math.min(MAX_PARTS, Math.max(MIN_PARTS, Math.round(words / WORDS_PER_PART)), Math.ceil(paragraphs.length / 2));
  const forced = forcedBreaks(paragraphs, enumerations, headings);
  const starts = chooseStarts(paragraphs.length, parts, forced, breakScores(paragraphs));
  return labelParts(paragraphs, starts, forced, input.stopWords, input.lang);
}

/**
 * Sections from the part starts: enumerations and headings as they are, other parts by
 * their key phrase. A part without one runs on into the next (a topic spread over two
 * parts has its phrase in neither alone); a stretch left without one at the end joins the
 * part before it.
 */
function labelParts(paragraphs: Paragraph[], starts: number[], forced: Forced, stop: ReadonlySet<string>, lang: string | null): Section[] {
  const index = indexPhrases(paragraphs, stop, lang);
  const out: Section[] = [];
  /** Start of the stretch still without a label, or -1. */
  let open = -1;
  /** The last labelled part, which a stretch left without a label joins. */
  let last: { section: Section; start: number } | null = null;
  const closeOpen = (end: number): void => {
    if (open < 0) return;
    const joined = last ? keyPhrase(index, last.start, end) : null;
    if (last && joined) last.section.title = joined;
    open = -1;
  };
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? paragraphs.length;
    const enumeration = forced.enumerationAt.get(start);
    const heading = forced.headingAt.get(start);
    if (enumeration || heading) {
      closeOpen(start);
      if (enumeration) out.push(enumerationSection(enumeration, 2));
      else if (heading) out.push({ ...heading, level: 2 });
      last = null;
      return;
    }
    const from = open >= 0 ? open : start;
    const label = keyPhrase(index, from, end);
    if (!label) {
      open = from;
      return;
    }
    const section: Section = { title: label, level: 2, anchor: { block: paragraphs[from]?.block ?? 0 }, items: [], kind: 'part' };
    out.push(section);
    last = { section, start: from };
    open = -1;
  });
  closeOpen(paragraphs.length);
  return out.filter((s) => s.kind === 'part').length >= MIN_LABELLED_PARTS ? out : [];
}
