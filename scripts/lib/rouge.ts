import { termsOf } from '../../utils/text/tokens';

/** ROUGE F1 scores, as in Lin (2004): unigram and bigram overlap, and longest common subsequence. */
export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

function f1(overlap: number, candidate: number, reference: number): number {
  if (overlap === 0 || candidate === 0 || reference === 0) return 0;
  const p = overlap / candidate;
  const r = overlap / reference;
  return (2 * p * r) / (p + r);
}

function ngramF1(candidate: string[], reference: string[], n: number): number {
  const c = ngrams(candidate, n);
  const r = ngrams(reference, n);
  let overlap = 0;
  for (const [key, count] of c) overlap += Math.min(count, r.get(key) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

function lcs(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) current[j] = x === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Tokens are lower-cased words (Vietnamese syllables, CJK segmenter words), no stemming, stop words kept. */
export function rouge(candidate: string, reference: string, lang: string | null): RougeScores {
  const c = termsOf(candidate, lang);
  const r = termsOf(reference, lang);
  return { rouge1: ngramF1(c, r, 1), rouge2: ngramF1(c, r, 2), rougeL: f1(lcs(c, r), c.length, r.length) };
}
