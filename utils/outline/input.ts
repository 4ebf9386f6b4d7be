import type { Article, Block } from '../article/types';
import type { OutlineNote } from './types';
import { findEnumerations, type Enumeration } from './enumerations';
import { sentenceSpans, type SentenceSpan } from '../text/sentences';
import { baseLanguage, termsInSlices } from '../text/tokens';
import { countWords } from '../text/word-count';
import { guessLanguage, guessSample } from '../lang/guess-language';
import { contentTerms, stopWordsFor } from '../text/stop-words';
import { NEVER_OVER, runToEnd, type SliceOver } from '../steps';

/**
 * Caps that keep the outline fast on any input: past them the outline describes the
 * beginning of the article and says so. 10,000 words of Vietnamese are ~60,000 characters.
 */
export const LIMITS = {
  /** Characters of body text whose sentences are analysed (quotes, key points, parts). */
  maxAnalysedChars: 150_000,
  /** Characters of one block that are read; a longer block is read up to here. */
  maxBlockChars: 20_000,
  /** Blocks looked at for headings and enumerations. */
  maxBlocks: 5_000,
} as const;

/** Tags whose text is running prose: what quotes, key points and parts are read from. */
const PROSE_TAGS = new Set(['p', 'li', 'blockquote', 'dd', 'dt']);

/** A sentence with its folded word tokens, tokenised once for every analyzer. */
export interface Sentence extends SentenceSpan {
  terms: string[];
  /** `terms` without stop words and numbers. */
  content: string[];
  /** Words by utils/text/word-count.ts: in Chinese and Japanese not `terms.length`, which counts characters. */
  words: number;
}

export interface Paragraph {
  /** Index of the block in `blocks`: the anchor of anything found in it. */
  block: number;
  tag: string;
  text: string;
  sentences: Sentence[];
  /** Word count (Vietnamese syllables; Chinese and Japanese characters at a fixed rate, utils/text/word-count.ts). */
  words: number;
}

/** What every analyzer reads: the article, its blocks, and the prose prepared once. */
export interface OutlineInput {
  article: Article;
  blocks: Block[];
  /** Base language ("vi", "en"…), from the page or guessed from the script; null when unknown. */
  lang: string | null;
  stopWords: ReadonlySet<string>;
  /** Prose blocks in order, captions left out. */
  paragraphs: Paragraph[];
  /** Enumerations ("Một là … Năm là", lists) in reading order: sections and key points both read them. */
  enumerations: Enumeration[];
  /** Set when the input was cut or is unusable, whatever the analyzers find. */
  note?: OutlineNote;
}

function isProse(block: Block): boolean {
  return !block.caption && PROSE_TAGS.has(block.tag) && block.text !== '';
}

/** A bug in finding enumerations costs the reader the enumerations, not the whole outline. */
function enumerationsOrNone(paragraphs: Paragraph[]): Enumeration[] {
  try {
    return findEnumerations({ paragraphs });
  } catch {
    return [];
  }
}

/** One paragraph's sentences with their terms, letting go of the thread inside it when `sliceOver` says so. */
function* sentencesOf(text: string, lang: string | null, stopWords: ReadonlySet<string>, sliceOver: SliceOver): Generator<void, Sentence[]> {
  const sentences: Sentence[] = [];
  for (const span of sentenceSpans(text, lang)) {
    if (sliceOver()) yield;
    const terms = yield* termsInSlices(span.text, lang, sliceOver);
    sentences.push({ ...span, terms, content: contentTerms(terms, stopWords), words: countWords(span.text, lang) });
  }
  return sentences;
}

/**
 * The first blocks' text, each cut to what the guesser reads (guessSample), which is all of the
 * joined text it reads: joining whole blocks copied a paragraph of a million characters in one
 * piece (45 ms in Firefox's extension process) to read 2,000 of them.
 */
function languageSample(blocks: Block[]): string {
  return blocks.slice(0, 20).map((b) => guessSample(b.text)).join(' ');
}

/**
 * prepareInput in slices: it yields where a pause may come (the popup pauses there once a slice
 * has run long enough, build-outline.ts). Tokenising Thai costs about 6 ms per 1,000 characters
 * in Firefox, so the 20,000 characters read of one long unspaced paragraph held the popup's
 * thread for 180-210 ms in one piece (tests/e2e/firefox-hostile-layout.test.ts, "thai-run").
 */
export function* prepareInputInSlices(article: Article, blocks: Block[], sliceOver: SliceOver): Generator<void, OutlineInput> {
  const lang = baseLanguage(article.lang) ?? guessLanguage(languageSample(blocks));
  const stopWords = stopWordsFor(lang);
  const paragraphs: Paragraph[] = [];
  let budget: number = LIMITS.maxAnalysedChars;
  let note: OutlineNote | undefined;
  const last = Math.min(blocks.length, LIMITS.maxBlocks);
  for (let index = 0; index < last && budget > 0; index++) {
    const block = blocks[index];
    if (!block || !isProse(block)) continue;
    const text = block.text.length > LIMITS.maxBlockChars ? block.text.slice(0, LIMITS.maxBlockChars) : block.text;
    const read = text.length > budget ? text.slice(0, budget) : text;
    budget -= read.length;
    if (sliceOver()) yield;
    const sentences = yield* sentencesOf(read, lang, stopWords, sliceOver);
    const words = sentences.reduce((sum, sentence) => sum + sentence.words, 0);
    paragraphs.push({ block: index, tag: block.tag, text: read, sentences, words });
  }
  if (budget <= 0 || blocks.length > LIMITS.maxBlocks || blocks.some((b) => b.text.length > LIMITS.maxBlockChars)) note = 'too-long';
  const words = paragraphs.reduce((sum, p) => sum + p.words, 0);
  const chars = paragraphs.reduce((sum, p) => sum + p.text.length, 0);
  // A script the tokenizer does not know yields characters but no words.
  if (chars > 0 && words === 0) note = 'unknown-script';
  if (sliceOver()) yield;
  return { article, blocks, lang, stopWords, paragraphs, enumerations: enumerationsOrNone(paragraphs), note };
}

export function prepareInput(article: Article, blocks: Block[]): OutlineInput {
  return runToEnd(prepareInputInSlices(article, blocks, NEVER_OVER));
}
