import type { KeyPoint } from './types';
import type { Analyzer } from './analyzer';
import type { OutlineInput } from './input';
import type { Enumeration } from './enumerations';
import { termsOf } from '../text/tokens';
import { contentTerms } from '../text/stop-words';
import { allLanguages } from '../lang';

export interface KeyPointOptions {
  /** How many key points; by default 3–7 from the article's length (fewer when it is short). */
  count?: number;
}

interface Candidate {
  text: string;
  block: number;
  /** Rank of the paragraph among the body's paragraphs: the lead is 0. */
  paragraph: number;
  /** Position of the sentence in its paragraph. */
  index: number;
  terms: string[];
  score: number;
  enumeration?: Enumeration;
}

const MIN_WORDS = 6;
const MAX_WORDS = 90;
const MIN_CJK_CHARS = 12;
/** Two sentences whose word sets overlap more than this (Jaccard) say the same thing. */
const MAX_OVERLAP = 0.45;

/** Lines that are the page talking, not the article: bylines, credits, calls to action. */
const BOILERPLATE = /^(?:by\s|published:|updated:|last updated|photo:|ảnh:|nguồn:|source:|read more|xem thêm|click|subscribe|đăng ký|follow us|copyright|©|all rights reserved|advertisement|quảng cáo)|^(?:\p{Lu}{1,4}\s?\.?)$/iu;
/** Words that carry an outcome: results, changes, records (the packs' small lists; figures count separately). */
const OUTCOME = new RegExp(`(?<![\\p{L}])(?:${allLanguages('outcomeWords').join('|')})(?![\\p{L}])`, 'iu');

function isCjk(lang: string | null): boolean {
  return lang === 'zh' || lang === 'ja';
}

function usable(text: string, words: number, lang: string | null, bylines: string[]): boolean {
  if (BOILERPLATE.test(text) || bylines.some((b) => b !== '' && text === b)) return false;
  if (isCjk(lang)) return text.length >= MIN_CJK_CHARS;
  return words >= MIN_WORDS && words <= MAX_WORDS;
}

function collectCandidates(input: OutlineInput): Candidate[] {
  const out: Candidate[] = [];
  const captions = new Set(input.article.figures.map((f) => f.caption).filter((c) => c !== ''));
  input.paragraphs.forEach((paragraph, rank) => {
    // A short single-sentence paragraph after a picture is usually its caption, marked or not.
    if (captions.has(paragraph.text)) return;
    paragraph.sentences.forEach((sentence, index) => {
      const terms = sentence.terms;
      if (!usable(sentence.text, terms.length, input.lang, input.article.bylines)) return;
      out.push({ text: sentence.text, block: paragraph.block, paragraph: rank, index, terms: sentence.content, score: 0 });
    });
  });
  return out;
}

function documentFrequencies(candidates: Candidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of candidates) for (const term of new Set(c.terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * The news-structure score: the lead and early paragraphs, words the article repeats
 * (centrality), words of the title, and figures and outcomes. Weights were set on the
 * bench (`npm run bench:keypoints`) against human highlights in English and Vietnamese.
 */
function scoreCandidates(candidates: Candidate[], input: OutlineInput): void {
  const frequency = documentFrequencies(candidates);
  const titleTerms = new Set(contentTerms(termsOf(`${input.article.title} ${input.article.subtitle ?? ''}`, input.lang), input.stopWords));
  const centrality = candidates.map((c) => {
    const unique = new Set(c.terms);
    let sum = 0;
    for (const term of unique) sum += Math.log(frequency.get(term) ?? 1);
    return unique.size === 0 ? 0 : sum / Math.sqrt(unique.size);
  });
  const maxCentrality = Math.max(1e-9, ...centrality);
  candidates.forEach((c, i) => {
    const unique = new Set(c.terms);
    // Early paragraphs and early sentences both: long paragraphs (or none, in plain text) still have a lead.
    const title = titleTerms.size === 0 ? 0 : [...unique].filter((t) => titleTerms.has(t)).length / titleTerms.size;
    const position = Math.exp(-c.paragraph / 3) * Math.exp(-i / 4) * (c.index === 0 ? 1 : 0.7);
    const facts = (/\p{N}/u.test(c.text) ? 0.5 : 0) + (OUTCOME.test(c.text) ? 0.5 : 0);
    c.score = 0.45 * position + 0.3 * ((centrality[i] ?? 0) / maxCentrality) + 0.2 * Math.min(1, title) + 0.05 * facts;
  });
}

function overlap(a: string[], b: string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  if (setA.size === 0 || setB.size === 0) return 0;
  let shared = 0;
  for (const term of setA) if (setB.has(term)) shared++;
  return shared / (setA.size + setB.size - shared);
}

/** Fewer key points for a short article: one per ~4 sentences, 3–7 once it is long enough. */
export function keyPointCount(sentences: number): number {
  if (sentences <= 3) return sentences;
  return Math.max(3, Math.min(7, Math.round(sentences / 5)));
}

/** An enumeration of three items or more (the lessons, the findings) is one key point with its items. */
function enumerationCandidates(input: OutlineInput, candidates: Candidate[]): Candidate[] {
  return input.enumerations
    .filter((e) => e.items.length >= 3 && e.intro !== null)
    .map((e) => {
      const intro = candidates.find((c) => c.text === e.intro);
      return { text: e.intro ?? e.title, block: e.block, paragraph: intro?.paragraph ?? 0, index: intro?.index ?? 0, terms: intro?.terms ?? [], score: 0.6, enumeration: e };
    });
}

/** Enumerations first (the lessons are the gist whatever their words), then by score. */
function select(candidates: Candidate[], count: number): Candidate[] {
  const chosen: Candidate[] = [];
  const ordered = [...candidates].sort((a, b) => Number(b.enumeration !== undefined) - Number(a.enumeration !== undefined) || b.score - a.score);
  for (const candidate of ordered) {
    if (chosen.length >= count) break;
    if (chosen.some((c) => c.text === candidate.text || overlap(c.terms, candidate.terms) > MAX_OVERLAP)) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.block - b.block || a.index - b.index);
}

/** Key points with a chosen count, for the bench; the analyzer below uses the default count. */
export function selectKeyPoints(input: OutlineInput, options: KeyPointOptions = {}): KeyPoint[] {
  const candidates = collectCandidates(input);
  scoreCandidates(candidates, input);
  const groups = enumerationCandidates(input, candidates);
  const grouped = new Set(groups.flatMap((g) => g.enumeration?.items.map((item) => item.sentence) ?? []));
  const pool = [...candidates.filter((c) => !grouped.has(c.text) && !groups.some((g) => g.text === c.text)), ...groups];
  const count = options.count ?? keyPointCount(candidates.length);
  return select(pool, count).map((c) => ({
    text: c.text,
    anchor: { block: c.block },
    ...(c.enumeration ? { items: c.enumeration.items.map((item) => ({ text: item.sentence, anchor: { block: item.block } })) } : {}),
  }));
}

/**
 * Key points: 3–7 sentences of the article, in its order, chosen for what news structure
 * says matters (lead, repeated and title words, figures, outcomes, enumerated lessons),
 * skipping near-duplicates, captions, bylines and boilerplate.
 */
export const findKeyPoints: Analyzer<KeyPoint[]> = (input) => {
  const items = selectKeyPoints(input);
  const hasText = input.paragraphs.length > 0;
  const noSentences = hasText && input.paragraphs.every((p) => p.sentences.length <= 1) && items.length === 0;
  return { items, note: noSentences ? 'no-sentences' : undefined };
};
