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

export function words(text: string, lang: string | null): string[] {
  const out: string[] = [];
  for (const part of segmenter(lang, 'word').segment(text)) {
    if (part.isWordLike) out.push(part.segment);
  }
  return out;
}

export function countWords(text: string, lang: string | null): number {
  let n = 0;
  for (const part of segmenter(lang, 'word').segment(text)) if (part.isWordLike) n++;
  return n;
}

export function sentences(text: string, lang: string | null): string[] {
  const out: string[] = [];
  for (const part of segmenter(lang, 'sentence').segment(text)) {
    const s = part.segment.trim();
    if (s) out.push(s);
  }
  return out;
}

/** Collapses runs of white space (including NBSP) into one space. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
