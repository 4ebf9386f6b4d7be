import type { Paragraph } from './input';
import { isFurnitureTitle } from './section-furniture';
import { followsCounter, isBareName, isCutPiece, isOneWord } from './part-labels';
import { termsOf } from '../text/tokens';
import { countWords } from '../text/word-count';
import { isContractedStopWord } from '../text/stop-words';

/**
 * The key phrase of a stretch of paragraphs: a phrase of two to five words that the
 * stretch repeats and the rest of the article mostly does not ("đê sông Hồng", "ghi danh bài
 * chòi", "trade embargo"). It is the label of a topic part; a part without one gets no label,
 * and is not shown as a section (a cut paragraph opening tells the reader nothing).
 * The article is indexed once (where each repeated phrase and word is used), so labelling
 * any stretch costs a look at the repeated phrases only, not a new pass over its words.
 */
const MIN_COUNT = 2;
/** Share of the phrase's uses in the article that must fall in this part. */
const MIN_CONCENTRATION = 0.6;
const MAX_LABEL_CHARS = 48;
const MAX_PHRASE_TERMS = 5;
/** Short paragraphs are checked for furniture ("Continue reading the main story") before their words count. */
const MAX_FURNITURE_CHARS = 80;
/** Candidates tried, best first, before a part is left without a label. */
const MAX_TRIES = 12;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

export interface PhraseIndex {
  paragraphs: readonly Paragraph[];
  /** Repeated phrases → the paragraph index of each use, ascending. */
  phrases: Map<string, number[]>;
  /** Content words → the paragraph index of each use, ascending. */
  words: Map<string, number[]>;
  /** Lower-case paragraph texts, made when first needed. */
  lower: (string | undefined)[];
  /** The language's stop words: a Chinese phrase made of characters may still open or close on one ("如果人"). */
  stop: ReadonlySet<string>;
  lang: string | null;
}

function push(map: Map<string, number[]>, key: string, at: number): void {
  const list = map.get(key);
  if (list) list.push(at);
  else map.set(key, [at]);
}

/** Room for every term id in a key: a node id and a term id in one number, below 2^53. */
const ID_SPACE = 2 ** 21;

interface Sequence {
  at: number;
  ids: number[];
}

/** Term ids of every sentence, the content words' uses, and how often each bigram occurs. */
function readTerms(paragraphs: readonly Paragraph[], stop: ReadonlySet<string>) {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const content: boolean[] = [];
  const words = new Map<string, number[]>();
  const bigrams = new Map<number, number>();
  const sequences: Sequence[] = [];
  paragraphs.forEach((paragraph, at) => {
    if (paragraph.text.length <= MAX_FURNITURE_CHARS && isFurnitureTitle(paragraph.text, null)) return;
    for (const sentence of paragraph.sentences) {
      const seq = sentence.terms.map((term) => {
        let id = ids.get(term);
        if (id === undefined) {
          id = terms.length;
          ids.set(term, id);
          terms.push(term);
          content.push(false);
        }
        return id;
      });
      for (let i = 1; i < seq.length; i++) {
        const key = (seq[i - 1] ?? 0) * ID_SPACE + (seq[i] ?? 0);
        bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
      }
      for (const word of sentence.content) {
        // "He’d tell", "Didn’t build": no label opens or closes on a contracted stop word.
        if (!isContractedStopWord(word, stop)) content[ids.get(word) ?? 0] = true;
        push(words, word, at);
      }
      sequences.push({ at, ids: seq });
    }
  });
  return { terms, content, words, bigrams, sequences };
}

/**
 * Phrases of 2–5 terms that open and close on a content word, built only where every bigram
 * in them repeats, as nodes of a trie of term ids: no string is made per use, only one per
 * repeated phrase at the end. Most of an article's bigrams are used once.
 */
export function indexPhrases(paragraphs: readonly Paragraph[], stop: ReadonlySet<string> = new Set(), lang: string | null = null): PhraseIndex {
  const { terms, content, words, bigrams, sequences } = readTerms(paragraphs, stop);
  const base = terms.length;
  const child = new Map<number, number>();
  const parent: number[] = [];
  const lastTerm: number[] = [];
  const uses: number[][] = [];
  for (const { at, ids } of sequences) {
    for (let i = 0; i < ids.length; i++) {
      let node = ids[i] ?? 0;
      if (!content[node]) continue;
      for (let j = i + 1; j < Math.min(ids.length, i + MAX_PHRASE_TERMS); j++) {
        const term = ids[j] ?? 0;
        if ((bigrams.get((ids[j - 1] ?? 0) * ID_SPACE + term) ?? 0) < MIN_COUNT) break;
        const key = node * ID_SPACE + term;
        let next = child.get(key);
        if (next === undefined) {
          next = base + parent.length;
          child.set(key, next);
          parent.push(node);
          lastTerm.push(term);
          uses.push([]);
        }
        node = next;
        if (content[term]) uses[node - base]?.push(at);
      }
    }
  }
  const phrases = new Map<string, number[]>();
  uses.forEach((list, k) => {
    if (list.length >= MIN_COUNT) phrases.set(phraseText(k + base, base, parent, lastTerm, terms), list);
  });
  return { paragraphs, phrases, words, lower: [], stop, lang };
}

function phraseText(node: number, base: number, parent: readonly number[], lastTerm: readonly number[], terms: readonly string[]): string {
  const parts: string[] = [];
  let at = node;
  while (at >= base) {
    parts.push(terms[lastTerm[at - base] ?? 0] ?? '');
    at = parent[at - base] ?? 0;
  }
  parts.push(terms[at] ?? '');
  parts.reverse();
  return parts.join(CJK.test(parts[0] ?? '') ? '' : ' ');
}

/** First position in the sorted `uses` at or after `value`. */
function lowerBound(uses: readonly number[], value: number): number {
  let lo = 0;
  let hi = uses.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((uses[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function countIn(uses: readonly number[], from: number, to: number): number {
  return lowerBound(uses, to) - lowerBound(uses, from);
}

/**
 * How much a phrase belongs to this part: the share of its rarest-here word's uses that fall
 * in the part. "harbour bridge" scores high; "officials discussed the harbour" does not,
 * since "officials" and "discussed" are all over the article.
 */
function specificity(index: PhraseIndex, phrase: string, from: number, to: number): number {
  let least = 1;
  // The phrase's own terms: a Chinese phrase is written without spaces, and its terms are characters.
  for (const word of termsOf(phrase, null)) {
    const uses = index.words.get(word);
    if (uses) least = Math.min(least, countIn(uses, from, to) / uses.length);
  }
  return least;
}

/**
 * The phrase as the article writes it (its case), or null when the text never writes it as
 * one run: terms joined across a comma or a full stop ("great, great") are no phrase.
 */
function lowerOf(index: PhraseIndex, i: number): string {
  return (index.lower[i] ??= (index.paragraphs[i]?.text ?? '').toLowerCase());
}

function asWritten(index: PhraseIndex, phrase: string, from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const text = index.paragraphs[i]?.text ?? '';
    const lower = lowerOf(index, i);
    const at = lower.indexOf(phrase);
    if (at >= 0 && lower.length === text.length) return text.slice(at, at + phrase.length);
  }
  return null;
}

interface Candidate {
  phrase: string;
  count: number;
  specificity: number;
  score: number;
}

/**
 * "thể thao và du", always followed by "lịch": a piece of a longer candidate that the part
 * always writes whole, and whose added words are as much the part's own (not "officials
 * discussed the harbour bridge" for "harbour bridge").
 */
function isFragment(candidate: Candidate, candidates: readonly Candidate[]): boolean {
  return candidates.some(
    (other) =>
      other.count === candidate.count &&
      other.specificity >= candidate.specificity &&
      other.phrase.length > candidate.phrase.length &&
      other.phrase.includes(candidate.phrase),
  );
}

/**
 * Terms of scripts without spaces are characters, so the stop words of more than one character
 * ("如果", "问题") are not terms: a phrase that is one, or opens or closes on one, is no label.
 */
function edgesOnStopWord(phrase: string, stop: ReadonlySet<string>): boolean {
  if (!CJK.test(phrase)) return false;
  for (const word of stop) {
    if (word.length > 1 && (phrase.startsWith(word) || phrase.endsWith(word))) return true;
  }
  return false;
}

/** The key phrase of paragraphs [from, to) of the indexed article, or null when it has none. */
export function keyPhrase(index: PhraseIndex, from: number, to: number): string | null {
  const candidates: Candidate[] = [];
  for (const [phrase, uses] of index.phrases) {
    const count = countIn(uses, from, to);
    if (count < MIN_COUNT || count / uses.length < MIN_CONCENTRATION || phrase.length > MAX_LABEL_CHARS || edgesOnStopWord(phrase, index.stop)) continue;
    // A longer phrase names the topic more precisely ("ghi danh bài chòi", not "danh bài");
    // Han and kana are counted in words at word-count.ts's rate, not in characters.
    const terms = CJK.test(phrase) ? Math.max(1, countWords(phrase, null)) : phrase.split(' ').length;
    const own = specificity(index, phrase, from, to);
    candidates.push({ phrase, count, specificity: own, score: count * (count / uses.length) * own * terms });
  }
  candidates.sort((a, b) => b.score - a.score);
  let texts: string[] | null = null;
  let lower: string[] | null = null;
  for (const candidate of candidates.slice(0, MAX_TRIES)) {
    if (isFragment(candidate, candidates) || isOneWord(candidate.phrase, index.lang)) continue;
    const written = asWritten(index, candidate.phrase, from, to);
    if (!written) continue;
    texts ??= index.paragraphs.map((p) => p.text);
    lower ??= index.paragraphs.map((_, i) => lowerOf(index, i));
    if (isCutPiece(lower, candidate.phrase, index.stop) || followsCounter(lower, candidate.phrase, index.lang) || isBareName(texts, lower, candidate.phrase, index.lang)) continue;
    return written.charAt(0).toLocaleUpperCase() + written.slice(1);
  }
  return null;
}
