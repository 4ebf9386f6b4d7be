import { segmenterFor } from './segmenter';

/**
 * Sentences with their offsets, through Intl.Segmenter. Texts are cut into chunks of at
 * most MAX_CHUNK characters first: V8 copies the whole input into every segment object,
 * so one 200,000-word paragraph with many sentences would take minutes and gigabytes.
 */
const MAX_CHUNK = 4000;

export interface SentenceSpan {
  text: string;
  /** Offset of the sentence's first character in the input. */
  start: number;
}

/** Chunk ends at a space near MAX_CHUNK, so words are not cut (unless there is no space). */
function chunkEnd(text: string, from: number): number {
  if (text.length - from <= MAX_CHUNK) return text.length;
  const space = text.lastIndexOf(' ', from + MAX_CHUNK);
  return space > from + MAX_CHUNK / 2 ? space + 1 : from + MAX_CHUNK;
}

export function sentenceSpans(text: string, lang: string | null): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (let from = 0; from < text.length; ) {
    const end = chunkEnd(text, from);
    for (const part of segmenterFor(lang, 'sentence').segment(text.slice(from, end))) {
      const trimmed = part.segment.trim();
      if (trimmed === '') continue;
      out.push({ text: trimmed, start: from + part.index + part.segment.indexOf(trimmed) });
    }
    from = end;
  }
  return out;
}

/** True when the text ends like a sentence (in any of the scripts we read). */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;。！？」』"”»)]\s*$/u.test(text);
}
