import { words } from './segment';

/**
 * Shingle overlap between an extracted text and a reference, the measure used to judge
 * article extraction (as in public extraction benchmarks): the texts become lower-cased
 * word tokens (Intl.Segmenter word-like segments, so every script is tokenised the same
 * way), then multisets of `n` consecutive tokens; precision is the share of our shingles
 * found in the reference, recall the share of the reference's shingles we found.
 */
export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
}

export const SHINGLE_SIZE = 4;

export function tokenize(text: string, lang: string | null = null): string[] {
  return words(text.normalize('NFC'), lang).map((word) => word.toLowerCase());
}

export function shingleCounts(tokens: readonly string[], n = SHINGLE_SIZE): Map<string, number> {
  const counts = new Map<string, number>();
  // A text shorter than one shingle still counts: it is one shingle of what it has.
  const last = tokens.length < n ? (tokens.length > 0 ? 1 : 0) : tokens.length - n + 1;
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [key, count] of a) n += Math.min(count, b.get(key) ?? 0);
  return n;
}

function total(counts: Map<string, number>): number {
  let n = 0;
  for (const count of counts.values()) n += count;
  return n;
}

/** Both texts empty is a perfect match; one empty is a total miss. */
export function shingleScore(extracted: string, reference: string, n = SHINGLE_SIZE): ShingleScore {
  const ours = shingleCounts(tokenize(extracted), n);
  const theirs = shingleCounts(tokenize(reference), n);
  const ourTotal = total(ours);
  const theirTotal = total(theirs);
  if (ourTotal === 0 && theirTotal === 0) return { precision: 1, recall: 1, f1: 1 };
  const common = overlap(ours, theirs);
  const precision = ourTotal === 0 ? 0 : common / ourTotal;
  const recall = theirTotal === 0 ? 0 : common / theirTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
