import { termsOf } from '../../utils/text/tokens';
import { contentTerms, stopWordsFor } from '../../utils/text/stop-words';

/**
 * Plain TextRank (Mihalcea & Tarau, 2004) as a baseline: sentences are nodes, edges weigh
 * shared words normalised by the log of the sentence lengths, PageRank with d = 0.85;
 * the top `count` sentences in article order.
 */
export function textRank(sentences: string[], lang: string | null, count: number): string[] {
  const stop = stopWordsFor(lang);
  const bags = sentences.map((s) => new Set(contentTerms(termsOf(s, lang), stop)));
  const n = sentences.length;
  const weights = bags.map((a, i) =>
    bags.map((b, j) => {
      if (i === j || a.size < 2 || b.size < 2) return 0;
      let shared = 0;
      for (const term of a) if (b.has(term)) shared++;
      return shared / (Math.log(a.size) + Math.log(b.size));
    }),
  );
  const outSums = weights.map((row) => row.reduce((sum, w) => sum + w, 0));
  let rank = new Array<number>(n).fill(1);
  for (let iteration = 0; iteration < 30; iteration++) {
    rank = rank.map((_, i) => {
      let sum = 0;
      for (let j = 0; j < n; j++) {
        const w = weights[j]?.[i] ?? 0;
        const out = outSums[j] ?? 0;
        if (w > 0 && out > 0) sum += (w / out) * (rank[j] ?? 0);
      }
      return 0.15 + 0.85 * sum;
    });
  }
  const top = rank.map((score, i) => ({ score, i })).sort((a, b) => b.score - a.score).slice(0, count).map((x) => x.i).sort((a, b) => a - b);
  return top.map((i) => sentences[i] ?? '');
}
