/**
 * Word and sentence segmentation for any language, through Intl.Segmenter:
 * Chinese and Japanese get dictionary words, Vietnamese gets syllables (its words),
 * and no language is cut by an English-only regex.
 */
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string | null, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${lang ?? ''}|${granularity}`;
  let seg = segmenters.get(key);
  if (!seg) {
    seg = new Intl.Segmenter(lang ?? undefined, { granularity });
    segmenters.set(key, seg);
  }
  return seg;
}

/**
 * Intl.Segmenter is quadratic in the length of one string in V8/ICU: 178,000 characters
 * (Wikipedia's "New Zealand") took 300 s in one call and 0.1 s line by line. So text is
 * segmented in pieces cut at white space, which no word or sentence crosses (a cut can
 * only end a sentence early inside a run of more than CHUNK characters without a line break).
 */
const CHUNK = 2_000;

function* pieces(text: string, breakAt: RegExp): Generator<string> {
  let start = 0;
  while (text.length - start > CHUNK) {
    const window = text.slice(start, start + CHUNK);
    let cut = -1;
    for (const match of window.matchAll(breakAt)) cut = (match.index ?? 0) + match[0].length;
    // A piece with no break in it (long CJK text without spaces) is cut at the limit.
    if (cut <= 0) cut = CHUNK;
    yield text.slice(start, start + cut);
    start += cut;
  }
  if (start < text.length) yield text.slice(start);
}

const WORD_BREAK = /\s+/gu;
const SENTENCE_BREAK = /\n\s*|(?<=[.!?。！？])\s+/gu;

export function words(text: string, lang: string | null): string[] {
  const out: string[] = [];
  const seg = segmenter(lang, 'word');
  for (const piece of pieces(text, WORD_BREAK)) {
    for (const part of seg.segment(piece)) if (part.isWordLike) out.push(part.segment);
  }
  return out;
}

export function countWords(text: string, lang: string | null): number {
  let n = 0;
  const seg = segmenter(lang, 'word');
  for (const piece of pieces(text, WORD_BREAK)) for (const part of seg.segment(piece)) if (part.isWordLike) n++;
  return n;
}

export function sentences(text: string, lang: string | null): string[] {
  const out: string[] = [];
  const seg = segmenter(lang, 'sentence');
  for (const piece of pieces(text, SENTENCE_BREAK)) {
    for (const part of seg.segment(piece)) {
      const s = part.segment.trim();
      if (s) out.push(s);
    }
  }
  return out;
}

/** Collapses runs of white space (including NBSP) into one space. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
