import type { KeyPoint } from './types';
import type { Analyzer, SlicedAnalyzer } from './analyzer';
import { NEVER_OVER, runToEnd, type SliceOver } from '../steps';
import type { OutlineInput } from './input';
import type { Enumeration } from './enumerations';
import { sentenceFeatures, type SentenceInArticle } from './key-point-features';
import { keyPointProbabilities } from './key-point-scorer';
import { endsOnLinkArrow, isFurniture, withoutSourceTag } from './furniture';
import { endsLikeSentence, hasUnpairedQuoteMark, startsInsideQuote } from '../text/sentences';

export interface KeyPointOptions {
  /** How many key points; by default 3–7 from the article's length. */
  count?: number;
  /** Other weights than the shipped ones for the language, in FEATURE_NAMES order: `npm run train:keypoints -- --cross-validate` tries its folds' weights. */
  weights?: number[];
  /** Other selection penalties than the defaults below, for the same cross-validation. */
  selection?: SelectionTuning;
}

/** How the points are chosen among the scored sentences (see select()). */
export interface SelectionTuning {
  redundancy: number;
  brevity: number;
}

interface Candidate extends SentenceInArticle {
  block: number;
  score: number;
  /** Inside a quotation an earlier sentence of its paragraph opened. */
  inQuote?: boolean;
  enumeration?: Enumeration;
}

const MIN_WORDS = 6;
const MAX_WORDS = 90;
const MIN_CJK_CHARS = 12;
/** A sentence this long that opens a caption is that caption; a shorter one may just share its first words. */
const MIN_ECHOED_CAPTION_CHARS = 20;
/** An unpunctuated line this long is a standfirst ("Los pueblos indígenas reclaman…"), not a label or a hotline. */
const MIN_DEK_WORDS = 15;
/**
 * A paragraph of more sentences than this is never furniture as a whole: its sentences are judged
 * one by one. A notice ("Subscribe to continue reading. Already a subscriber? Log in.") is short; a
 * long paragraph with a © or two pitch words somewhere in it is prose (an article held in one
 * block, as text corpora and some sites give it, lost every point to its closing copyright line).
 */
const MAX_FURNITURE_PARAGRAPH_SENTENCES = 3;
/** A double quotation mark first: a quote that speaks before its speaker is named. */
const OPENS_ON_QUOTE = /^\s*["“„「『]/u;
/** Two sentences whose word sets overlap more than this (Jaccard) say the same thing: the second is never shown. */
const MAX_OVERLAP = 0.45;
/**
 * How much a candidate loses, against the best score, per unit of overlap with a point already
 * chosen (redundancy), and per 30 words up to 60 (brevity: of two sentences that say as much, the
 * shorter reads faster in a list). Cross-validated on the training splits
 * (`npm run train:keypoints -- --cross-validate`), Vietnamese R-1 rises with both (over Lead-3
 * +1.8 here, +2.6 at redundancy 1 and brevity 0.2; also with MAX_OVERLAP 0.3), English does not
 * (+0.83 here, lower elsewhere); but the gain comes from short low-scored lines, and the golden
 * pages then show filler ('Câu trả lời vẫn là sự im lặng.', 'Lần thứ nhất vào cuối tháng 10/2016.')
 * in place of the story's facts: the values stay where the points still read as the story.
 */
const DEFAULT_SELECTION: SelectionTuning = { redundancy: 0.5, brevity: 0.05 };
/** A news story (under 900 words) gets 3 key points, then one more per 500 words, up to 7 for a long feature. */
const WORDS_FOR_FOUR = 900;
const WORDS_PER_EXTRA_POINT = 500;

function isCjk(lang: string | null): boolean {
  return lang === 'zh' || lang === 'ja';
}

/** What rules a sentence out, whatever its score: the page's furniture, a byline, the title again, a label, an opener that needs its list. */
interface Exclusions {
  lang: string | null;
  bylines: string[];
  title: string;
  /** The article ends its sentences with punctuation (not Thai or Khmer prose): a short line without is a label or a subhead. */
  punctuated: boolean;
  /** The pictures' captions: a page often repeats one as the first sentence of the paragraph below the picture. */
  captions: string[];
}

/** A caption sentence echoed in the text, the caption perhaps followed by its credit ("… tại Hà Nội. - Ảnh: TTXVN"). */
function isCaptionOf(text: string, caption: string): boolean {
  return text === caption || (text.length >= MIN_ECHOED_CAPTION_CHARS && caption.startsWith(text));
}

function usable(text: string, words: number, rules: Exclusions): boolean {
  if (rules.bylines.some((b) => b !== '' && text === b) || text === rules.title || isFurniture(text)) return false;
  if (endsOnLinkArrow(text) || rules.captions.some((caption) => isCaptionOf(text, caption))) return false;
  // "President Obama also said:" means nothing without its list (an enumeration's opener is taken with its items instead);
  // a question ("Why not a cocktail in orbit?") asks what the article says, it does not say it. A full stop
  // after the colon ("Here is his speech in full:.") is text flattened from a page, and still an opener.
  if (/[:：?？]["'”’»」』)\]]{0,2}\.?\s*$/u.test(text) || (rules.punctuated && !endsComplete(text) && words < MIN_DEK_WORDS)) return false;
  if (isCjk(rules.lang)) return text.length >= MIN_CJK_CHARS;
  return words >= MIN_WORDS && words <= MAX_WORDS;
}

/** A sentence's end, also when it closes on a single quotation mark (British papers quote with ‘…’). */
function endsComplete(text: string): boolean {
  return endsLikeSentence(text) || /['’]\s*$/u.test(text);
}

function exclusions(input: OutlineInput): Exclusions {
  const sentences = input.paragraphs.flatMap((p) => p.sentences);
  const punctuated = sentences.filter((s) => endsComplete(s.text)).length >= sentences.length / 2;
  const captions = input.article.figures.map((f) => f.caption.trim()).filter((c) => c !== '');
  return { lang: input.lang, bylines: input.article.bylines, title: input.article.title.trim(), punctuated, captions };
}

/** A caption is a short line; the lead it is glued to is longer. */
const MAX_GLUED_CAPTION_WORDS = 12;

/**
 * "Duy đang đưa 2 nạn nhân vào bờ. 11h30 ngày 23/12, ông …": a short first sentence of the article
 * glued before a lead that opens on its time or date is the photo's caption (text corpora and some
 * pages lay the picture's caption into the first paragraph), never the lead itself.
 */
function isCaptionBeforeLead(sentences: readonly { text: string; words: number }[], rank: number, index: number): boolean {
  const next = sentences[index + 1];
  const sentence = sentences[index];
  return rank === 0 && index === 0 && sentence !== undefined && next !== undefined && sentence.words <= MAX_GLUED_CAPTION_WORDS && /^\p{Nd}/u.test(next.text);
}

/** The candidates, a paragraph at a time: a pause may come between two once the slice is over. */
function* collectCandidates(input: OutlineInput, sliceOver: SliceOver): Generator<void, Candidate[]> {
  const out: Candidate[] = [];
  const rules = exclusions(input);
  const captions = new Set(input.article.figures.map((f) => f.caption).filter((c) => c !== ''));
  for (const [rank, paragraph] of input.paragraphs.entries()) {
    if (sliceOver()) yield;
    // A short single-sentence paragraph after a picture is usually its caption, marked or not; a paragraph that is one link is a related story.
    if (input.blocks[paragraph.block]?.link === true || captions.has(paragraph.text)) continue;
    if (paragraph.sentences.length <= MAX_FURNITURE_PARAGRAPH_SENTENCES && isFurniture(paragraph.text)) continue;
    // The middle of a quote split over sentences ('"Em 2012 eu errei. Ele não era presidente, mas fui…') is someone's
    // words without their speaker: scored with the rest (the scorer learnt from every sentence), never shown.
    // Its tail ('…smeknout," přirovnává Heskey.') needs the sentences before it: not even a candidate.
    let insideQuote = false;
    paragraph.sentences.forEach((sentence, index) => {
      const tail = startsInsideQuote(sentence.text);
      const inQuote = insideQuote;
      insideQuote = (inQuote || tail) !== hasUnpairedQuoteMark(sentence.text);
      // The lead's source or dateline tag ("(Báo Quảng Ngãi)- ", "TPO - ", "LONDON — ") is the page's, not the point's.
      const text = index === 0 ? withoutSourceTag(sentence.text) : sentence.text;
      if (tail || !usable(text, sentence.words, rules) || isCaptionBeforeLead(paragraph.sentences, rank, index)) return;
      // Its head ('"In 2003, they were better than us.') is words whose speaker comes later; with the speaker
      // first ('Ông Tiến thông tin: “Dương Xuân Hoà…') it still says who speaks, and may be shown.
      const opensQuote = !inQuote && OPENS_ON_QUOTE.test(sentence.text) && hasUnpairedQuoteMark(sentence.text);
      out.push({ text, block: paragraph.block, paragraph: rank, index, terms: sentence.content, words: sentence.words, score: 0, inQuote: inQuote || opensQuote });
    });
  }
  return out;
}

/** The sentences that may become key points, with their features: what `npm run train:keypoints` learns from. */
export function keyPointCandidates(input: OutlineInput): { sentences: SentenceInArticle[]; features: number[][] } {
  const sentences = runToEnd(collectCandidates(input, NEVER_OVER));
  return { sentences, features: sentenceFeatures(sentences, input) };
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (a.size + b.size - shared);
}

/** 3 key points under 900 words, one more per 500 words past it, at most 7; every sentence of a tiny text. */
export function keyPointCount(sentences: number, words: number): number {
  if (sentences <= 3) return sentences;
  if (words < WORDS_FOR_FOUR) return 3;
  return Math.min(7, 4 + Math.floor((words - WORDS_FOR_FOUR) / WORDS_PER_EXTRA_POINT));
}

/**
 * A sentence announces the enumeration ("… đã rút ra được những bài học kinh nghiệm quý báu:"),
 * not a label ("Key Features:" over a spec sheet): a label says nothing for the reader to take away.
 */
function announcedBySentence(input: OutlineInput, intro: string): boolean {
  if (isCjk(input.lang)) return intro.length >= MIN_CJK_CHARS;
  const sentence = input.paragraphs.flatMap((p) => p.sentences).find((s) => s.text === intro);
  return (sentence?.words ?? 0) >= MIN_WORDS;
}

/** An enumeration of three items or more (the lessons, the findings) is one key point with its items. */
function enumerationCandidates(input: OutlineInput, candidates: Candidate[]): Candidate[] {
  return input.enumerations
    .filter((e) => e.items.length >= 3 && e.intro !== null && announcedBySentence(input, e.intro))
    .map((e) => {
      const intro = candidates.find((c) => c.text === e.intro);
      return { text: e.intro ?? e.title, block: e.block, paragraph: intro?.paragraph ?? 0, index: intro?.index ?? 0, terms: intro?.terms ?? [], words: intro?.words ?? 0, score: 1, enumeration: e };
    });
}

/**
 * Enumerations first (the lessons are the gist whatever their words), then the best score
 * after a penalty for what the points already chosen say (maximal marginal relevance).
 */
function select(candidates: Candidate[], count: number, tuning: SelectionTuning): Candidate[] {
  const chosen: Candidate[] = candidates.filter((c) => c.enumeration !== undefined).slice(0, count);
  const pool = candidates.filter((c) => c.enumeration === undefined && !chosen.some((e) => e.text === c.text));
  // Scores are probabilities whose scale differs between articles: the penalty is weighed against the best one.
  const top = Math.max(1e-9, ...pool.map((c) => c.score));
  const words = pool.map((c) => new Set(c.terms));
  // Each candidate's overlap with the closest point chosen so far, updated once per choice (linear, not quadratic, in the points).
  const similarity = pool.map((_, i) => Math.max(0, ...chosen.map((c) => overlap(new Set(c.terms), words[i] ?? new Set()))));
  const taken = new Set<number>();
  while (chosen.length < count) {
    let best = -1;
    let bestValue = -Infinity;
    pool.forEach((candidate, i) => {
      const repeated = similarity[i] ?? 0;
      if (taken.has(i) || repeated > MAX_OVERLAP) return;
      const value = candidate.score / top - tuning.redundancy * repeated - tuning.brevity * Math.min(2, candidate.words / 30);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    });
    const pick = pool[best];
    if (!pick) break;
    chosen.push(pick);
    taken.add(best);
    const pickWords = words[best] ?? new Set<string>();
    pool.forEach((_, i) => (similarity[i] = Math.max(similarity[i] ?? 0, overlap(pickWords, words[i] ?? new Set()))));
  }
  return chosen.sort((a, b) => a.block - b.block || a.index - b.index);
}

/** Key points with a chosen count, for the bench; the analyzer below uses the default count. */
export function selectKeyPoints(input: OutlineInput, options: KeyPointOptions = {}): KeyPoint[] {
  return runToEnd(selectKeyPointsInSlices(input, options, NEVER_OVER));
}

function* selectKeyPointsInSlices(input: OutlineInput, options: KeyPointOptions, sliceOver: SliceOver): Generator<void, KeyPoint[]> {
  const candidates = yield* collectCandidates(input, sliceOver);
  if (sliceOver()) yield;
  const scores = keyPointProbabilities(sentenceFeatures(candidates, input), input.lang, options.weights);
  candidates.forEach((c, i) => (c.score = scores[i] ?? 0));
  const groups = enumerationCandidates(input, candidates);
  const grouped = new Set(groups.flatMap((g) => g.enumeration?.items.map((item) => item.sentence) ?? []));
  const pool = [...candidates.filter((c) => !c.inQuote && !grouped.has(c.text) && !groups.some((g) => g.text === c.text)), ...groups];
  const words = input.paragraphs.reduce((sum, p) => sum + p.words, 0);
  const count = options.count ?? keyPointCount(candidates.length, words);
  return select(pool, count, options.selection ?? DEFAULT_SELECTION).map((c) => ({
    text: c.text,
    anchor: { block: c.block },
    ...(c.enumeration ? { items: c.enumeration.items.map((item) => ({ text: item.sentence, anchor: { block: item.block } })) } : {}),
  }));
}

/**
 * Key points: 3–7 complete sentences of the article, in its order, that together tell the
 * story: a learned scorer (position, centrality, title words, figures, names, speech,
 * length) picks them, each adding what the others do not say; enumerated lessons are one
 * point; captions, bylines and page furniture never are.
 */
export const findKeyPoints: Analyzer<KeyPoint[]> = (input) => runToEnd(findKeyPointsInSlices(input, NEVER_OVER));

/** findKeyPoints, its candidates collected a paragraph at a time. */
export const findKeyPointsInSlices: SlicedAnalyzer<KeyPoint[]> = function* (input, sliceOver) {
  const items = yield* selectKeyPointsInSlices(input, {}, sliceOver);
  const hasText = input.paragraphs.length > 0;
  const noSentences = hasText && input.paragraphs.every((p) => p.sentences.length <= 1) && items.length === 0;
  return { items, note: noSentences ? 'no-sentences' : undefined };
};
