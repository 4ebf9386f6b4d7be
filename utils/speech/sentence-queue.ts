import { sentenceSpans } from '../text/sentences';

/** One sentence to read: which block it is in and where, so it can be highlighted there. */
export interface QueuedSentence {
  block: number;
  start: number;
  end: number;
  text: string;
}

/**
 * The sentences of the blocks to read, in order, with their offsets in each block's text
 * (utils/text/sentences.ts: the same cuts the outline makes, in the article's language).
 */
export function sentenceQueue(blockTexts: readonly string[], lang: string | null): QueuedSentence[] {
  const queue: QueuedSentence[] = [];
  blockTexts.forEach((text, block) => {
    for (const span of sentenceSpans(text, lang)) {
      queue.push({ block, start: span.start, end: span.start + span.text.length, text: span.text });
    }
  });
  return queue;
}

/** The first sentence of `block`, or of the first block after it that has one; 0 when none. */
export function firstSentenceOf(queue: readonly QueuedSentence[], block: number): number {
  const index = queue.findIndex((sentence) => sentence.block >= block);
  return index < 0 ? 0 : index;
}
