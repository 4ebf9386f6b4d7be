/**
 * npx tsx scripts/time-outline.ts [WORDS] [--no-headings] [--runs N] [--warmup N] [--json]
 *
 * The outline alone of a long generated article (scripts/lib/long-article.ts, the seed
 * paragraphs repeated), in a process that does nothing else, as the popup or the full tab
 * finishing a read: `--warmup` runs (default 5) let the JIT compile the outline's code, then
 * `--runs` runs (default 60, enough for a p95 that is not the single worst run) are timed.
 *
 * Two clocks per run: the wall clock (what a reader waits) and the process's CPU time (what
 * the outline costs). On an idle machine they agree; on a busy one (this machine is shared:
 * the load average is printed) the wall clock also counts the time other processes held the
 * CPU, so the CPU time is then the better guess of what a reader's idle machine shows.
 * `npm run bench` runs this script in a child process with --json (scripts/lib/outline-timing.ts).
 * `--no-headings` leaves the h2s out, so the sections come from topic parts, the costlier path.
 */
import { cpus, loadavg } from 'node:os';
import { extractArticle } from '../utils/article/extract-article';
import { buildOutline } from '../utils/outline/build-outline';
import { prepareInput } from '../utils/outline/input';
import { findSections } from '../utils/outline/sections';
import { sentenceSpans } from '../utils/text/sentences';
import { longArticleHtml } from './lib/long-article';
import { parseHtml } from './lib/parse-html';
import { percentile } from './lib/stats';

const args = process.argv.slice(2);

function option(name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const optionValues = new Set(['--runs', '--warmup'].flatMap((name) => (args.includes(name) ? [args[args.indexOf(name) + 1]] : [])));
const words = Number(args.find((a) => !a.startsWith('--') && !optionValues.has(a)) ?? 10_000);
const runs = option('runs', 60);
const warmup = option('warmup', 5);
const url = 'http://127.0.0.1/long.html';
let { html } = longArticleHtml(words);
if (args.includes('--no-headings')) html = html.replace(/<h2>[^<]*<\/h2>/gu, '');
const extracted = extractArticle(parseHtml(html, url), url);
if (!extracted.ok) throw new Error(extracted.reason);
const { article, blocks } = extracted;

interface Timing {
  /** Wall-clock milliseconds of each timed run. */
  wall: number[];
  /** CPU milliseconds (user + system) of the process during each run. */
  cpu: number[];
}

function time(run: () => unknown): Timing {
  const out: Timing = { wall: [], cpu: [] };
  for (let i = 0; i < warmup + runs; i++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    run();
    const wall = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    if (i < warmup) continue;
    out.wall.push(wall);
    out.cpu.push((cpu.user + cpu.system) / 1000);
  }
  return out;
}

export interface OutlineTimingReport {
  words: number;
  blocks: number;
  warmup: number;
  runs: number;
  /** The one-minute load average and the number of cores when the runs ended. */
  load: number;
  cores: number;
  wall: { median: number; p95: number; max: number };
  cpu: { median: number; p95: number; max: number };
}

function stats(values: number[]): { median: number; p95: number; max: number } {
  return { median: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) };
}

const outline = time(() => buildOutline(article, blocks));
const report: OutlineTimingReport = {
  words: article.wordCount,
  blocks: blocks.length,
  warmup,
  runs,
  load: loadavg()[0] ?? 0,
  cores: cpus().length,
  wall: stats(outline.wall),
  cpu: stats(outline.cpu),
};

if (args.includes('--json')) {
  console.log(JSON.stringify(report));
} else {
  const line = (label: string, t: Timing): string => {
    const w = stats(t.wall);
    const c = stats(t.cpu);
    return `${label.padEnd(9)} wall median ${w.median.toFixed(1)} ms p95 ${w.p95.toFixed(1)} ms   cpu median ${c.median.toFixed(1)} ms p95 ${c.p95.toFixed(1)} ms`;
  };
  const input = prepareInput(article, blocks);
  console.log(`${article.wordCount} words${args.includes('--no-headings') ? ', no headings' : ''}, ${warmup} warm-up runs, ${runs} timed; load average ${report.load.toFixed(1)} on ${report.cores} cores`);
  console.log(line('outline', outline));
  console.log(line('sections', time(() => findSections(input))));
  console.log(line('sentences', time(() => blocks.forEach((block) => sentenceSpans(block.text, 'vi')))));
}
