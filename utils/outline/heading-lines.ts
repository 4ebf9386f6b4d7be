import type { Block } from '../article/types';
import { endsLikeSentence, sentenceSpans } from '../text/sentences';
import { countWords } from '../text/word-count';
import { isCreditLine, sourceOf } from '../article/byline-credits';

/**
 * Lines that read as subheads though the page wrote them as paragraphs (often a bold-only
 * <p>): short, without a sentence's ending, between prose. A strong one is followed by a
 * paragraph more than twice its length that ends like a sentence. Once a page has two strong
 * ones, its other lines of the same make are taken too (a subhead that asks a question, or
 * one followed by a picture): a page writes all its subheads alike, so one found means its
 * siblings are there.
 */
const MAX_LINE_WORDS = 12;
const MAX_LINE_CHARS = 160;
const PROSE = new Set(['p', 'li', 'blockquote', 'dd']);
/** A full stop, comma, semicolon or colon ends prose or introduces what follows: never a subhead's end. */
const PROSE_ENDINGS = new Set(['.', ',', ';', ':', '…', '。', '，', '；', '：']);
const QUESTION_ENDINGS = new Set(['?', '!', '？', '！']);
const CLOSERS = new Set([')', ']', '}', '”', '’', '"', '»', '」', '』', '）']);
const OPENERS = new Set(['(', '[', '{', '“', '‘', '"', '«', '„', '「', '『', '（']);

/** The last mark of a line, inside its closing quotes and brackets: "“Gotcha.”" ends with ".". */
function finalMark(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSERS.has(text[end - 1] ?? '')) end--;
  return text[end - 1] ?? '';
}

function lineWords(block: Block, lang: string | null): number {
  return countWords(block.text, lang);
}

/**
 * "X X X", "o o o", "* * *": one mark repeated, which papers print between the parts of a long
 * story. It divides the text, but names no section.
 */
function isSeparatorLine(text: string): boolean {
  const marks = text.trim().split(/\s+/u);
  const first = marks[0] ?? '';
  return marks.length >= 2 && [...first].length <= 3 && marks.every((mark) => mark === first);
}

/**
 * The index of the story's first prose block (blocks.length when none). A subhead parts the
 * text: a line above all of it, under the lead picture, is the story's opening furniture (the
 * writer's name set alone, a kicker), not the name of a section.
 */
function firstProseIndex(blocks: Block[]): number {
  const index = blocks.findIndex((block) => !block.caption && PROSE.has(block.tag) && block.text !== '');
  return index === -1 ? blocks.length : index;
}

/** Short, alone, one sentence without a full stop ("Really dude? I mean…" is prose), not a quotation or an aside in brackets. */
function isShortLine(blocks: Block[], index: number, lang: string | null): boolean {
  const block = blocks[index];
  if (!block || block.caption || block.tag !== 'p') return false;
  const text = block.text;
  // "— NHKニュース (@nhk_news) January 28, 2019": a dash opens the credit under a quotation or an embedded post, or a line of dialogue.
  if (text.length > MAX_LINE_CHARS || /^[\p{N}\p{P}\s]+$/u.test(text) || isSeparatorLine(text) || OPENERS.has(text[0] ?? '') || /^[—―–]\s/u.test(text)) return false;
  if (PROSE_ENDINGS.has(finalMark(text)) || sentenceSpans(text, lang).length > 1) return false;
  // "Source: Times database", "Nguồn: Báo Nhân Dân": the credit under a fact box names where it came from, not a part.
  // "Associated Press", "AP" alone under a picture or a box: the agency credits it, it heads nothing.
  if (sourceOf(text, lang) !== null || isCreditLine(text)) return false;
  const words = lineWords(block, lang);
  return words >= 1 && words <= MAX_LINE_WORDS;
}

/** The first prose block after `index`, past pictures and their captions. */
function nextProse(blocks: Block[], index: number): Block | undefined {
  for (let i = index + 1; i < Math.min(blocks.length, index + 4); i++) {
    const block = blocks[i];
    if (!block || block.caption || block.tag === 'figure' || block.text === '') continue;
    return PROSE.has(block.tag) ? block : undefined;
  }
  return undefined;
}

function isStrong(blocks: Block[], index: number, lang: string | null): boolean {
  const block = blocks[index];
  const next = blocks[index + 1];
  if (!block || !next || QUESTION_ENDINGS.has(finalMark(block.text))) return false;
  return next.tag === 'p' && !next.caption && lineWords(next, lang) > lineWords(block, lang) * 2 && endsLikeSentence(next.text);
}

function isPeer(blocks: Block[], index: number, lang: string | null): boolean {
  const block = blocks[index];
  const next = nextProse(blocks, index);
  const previous = blocks[index - 1];
  if (!block || !next || !endsLikeSentence(next.text)) return false;
  // Two short lines in a row are an address, a list or verse, not a subhead and its text.
  if (previous && !previous.caption && previous.tag === 'p' && lineWords(previous, lang) <= MAX_LINE_WORDS && !endsLikeSentence(previous.text)) return false;
  return lineWords(next, lang) > lineWords(block, lang) * 2;
}

/** Block indices of the heading-like lines among `blocks[0..last)`. */
export function headingLikeLines(blocks: Block[], last: number, lang: string | null): number[] {
  const short: number[] = [];
  for (let i = firstProseIndex(blocks) + 1; i < last; i++) if (isShortLine(blocks, i, lang)) short.push(i);
  const strong = new Set(short.filter((i) => isStrong(blocks, i, lang)));
  if (strong.size < 2) return [...strong];
  return short.filter((i) => strong.has(i) || isPeer(blocks, i, lang));
}
