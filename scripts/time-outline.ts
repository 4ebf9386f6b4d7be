/**
 * npx tsx scripts/time-outline.ts [WORDS] [--no-headings]
 *
 * The outline alone of a long generated article (scripts/lib/long-article.ts, the seed
 * paragraphs repeated): median and p95 of 30 runs after a warm-up, and the sections and
 * sentence splitting on their own. `--no-headings` leaves the h2s out, so the sections come
 * from topic parts, the costlier path.
 */
import { extractArticle } from '../utils/article/extract-article';
import { buildOutline } from '../utils/outline/build-outline';
import { prepareInput } from '../utils/outline/input';
import { findSections } from '../utils/outline/sections';
import { sentenceSpans } from '../utils/text/sentences';
import { longArticleHtml } from './lib/long-article';
import { parseHtml } from './lib/parse-html';

const args = process.argv.slice(2);
const words = Number(args.find((a) => !a.startsWith('--')) ?? 10_000);
const url = 'http://127.0.0.1/long.html';
let { html } = longArticleHtml(words);
if (args.includes('--no-headings')) html = html.replace(/<h2>[^<]*<\/h2>/gu, '');
const extracted = extractArticle(parseHtml(html, url), url);
if (!extracted.ok) throw new Error(extracted.reason);
const { article, blocks } = extracted;
const input = prepareInput(article, blocks);

function time(run: () => unknown): number[] {
  const samples: number[] = [];
  for (let i = 0; i < 31; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return samples.slice(1).sort((a, b) => a - b);
}

function summary(samples: number[]): string {
  const at = (q: number): string => (samples[Math.min(samples.length - 1, Math.floor(samples.length * q))] ?? NaN).toFixed(1);
  return `median ${at(0.5)} ms p95 ${at(0.95)} ms`;
}

console.log(`${article.wordCount} words${args.includes('--no-headings') ? ', no headings' : ''}`);
console.log(`outline   ${summary(time(() => buildOutline(article, blocks)))}`);
console.log(`sections  ${summary(time(() => findSections(input)))}`);
console.log(`sentences ${summary(time(() => blocks.forEach((block) => sentenceSpans(block.text, 'vi'))))}`);
