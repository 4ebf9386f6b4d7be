/**
 * npx tsx scripts/time-outline.ts [WORDS]
 * The outline alone of a long generated article (scripts/lib/long-article.ts): median and p95 of 30 runs.
 */
import { extractArticle } from '../utils/article/extract-article';
import { buildOutline } from '../utils/outline/build-outline';
import { longArticleDocument } from './lib/long-article';
import { sentenceSpans } from '../utils/text/sentences';

const words = Number(process.argv[2] ?? 10_000);
const { doc, url } = longArticleDocument(words);
const extracted = extractArticle(doc, url);
if (!extracted.ok) throw new Error(extracted.reason);
const { article, blocks } = extracted;
const samples: number[] = [];
const sentenceSamples: number[] = [];
for (let i = 0; i < 31; i++) {
  let t = performance.now();
  buildOutline(article, blocks);
  samples.push(performance.now() - t);
  t = performance.now();
  for (const block of blocks) sentenceSpans(block.text, 'vi');
  sentenceSamples.push(performance.now() - t);
}
const at = (values: number[], q: number): number => [...values.slice(1)].sort((a, b) => a - b)[Math.floor((values.length - 2) * q)] ?? NaN;
console.log(`${article.wordCount} words: outline median ${at(samples, 0.5).toFixed(1)} ms p95 ${at(samples, 0.95).toFixed(1)} ms | sentences alone median ${at(sentenceSamples, 0.5).toFixed(1)} ms`);
