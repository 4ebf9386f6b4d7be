/**
 * npm run bench:keypoints — key points against human-written summaries, by ROUGE-1/2/L F1,
 * per language, beside the baselines; then a furniture check on the golden pages.
 *
 *   npm run data:keypoints -- --vietnews GITDIR --cnndm GITDIR   # once (see scripts/convert-keypoints-data.ts)
 *   npm run bench:keypoints                                      # every bench-results/keypoints/*-dev.jsonl
 *   npm run bench:keypoints -- --data FILE.jsonl                 # another {lang, title?, text, highlights[]} set
 *
 * Rows: Lede as the popup shows it (its own count, 3–7), the first three of those (the
 * baselines' budget), Lead-3 (the first three sentences), TextRank-3; then Lede's margin over
 * each baseline with its standard error (paired by article). Development data
 * only: the scorer was trained on the *-train files, and no test split is ever read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText } from './lib/text-article';
import { rouge, type RougeScores } from './lib/rouge';
import { textRank } from './lib/textrank';
import { prepareInput } from '../utils/outline/input';
import { selectKeyPoints } from '../utils/outline/key-points';
import { isFurniture } from '../utils/outline/furniture';
import type { KeyPoint, Section } from '../utils/outline/types';

interface Sample {
  lang: string;
  title?: string;
  text: string;
  highlights: string[];
}

type Method = 'Lede (as shown)' | 'Lede first 3' | 'Lead-3' | 'TextRank-3';
const METHODS: Method[] = ['Lede (as shown)', 'Lede first 3', 'Lead-3', 'TextRank-3'];
const DATA_DIR = 'bench-results/keypoints';

function option(name: string): string | null {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? null) : null;
}

function dataFiles(): string[] {
  const given = option('data');
  if (given) return existsSync(given) ? [given] : [];
  return existsSync(DATA_DIR) ? readdirSync(DATA_DIR).filter((f) => f.endsWith('-dev.jsonl')).sort().map((f) => join(DATA_DIR, f)) : [];
}

function isSample(value: unknown): value is Sample {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.lang === 'string' && typeof v.text === 'string' && Array.isArray(v.highlights);
}

function readSamples(files: string[]): Sample[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line): unknown => JSON.parse(line))
      .filter(isSample),
  );
}

function summaries(sample: Sample): { made: Record<Method, string>; shown: number } {
  const { article, blocks } = articleFromText(sample.text, sample.lang, sample.title ?? '');
  const input = prepareInput(article, blocks);
  const sentences = input.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
  const join = (points: KeyPoint[]) => points.map((p) => p.text).join(' ');
  const shown = selectKeyPoints(input);
  return {
    made: {
      'Lede (as shown)': join(shown),
      'Lede first 3': join(shown.slice(0, 3)),
      'Lead-3': sentences.slice(0, 3).join(' '),
      'TextRank-3': textRank(sentences, sample.lang, 3).join(' '),
    },
    shown: shown.length,
  };
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Mean and standard error of the per-article differences: how far a margin over a baseline is from noise. */
function pairedMargin(a: number[], b: number[]): { mean: number; error: number } {
  const diffs = a.map((x, i) => x - (b[i] ?? 0));
  const m = mean(diffs);
  const variance = diffs.length < 2 ? 0 : diffs.reduce((sum, d) => sum + (d - m) ** 2, 0) / (diffs.length - 1);
  return { mean: m, error: Math.sqrt(variance / Math.max(1, diffs.length)) };
}

function benchSummaries(files: string[]): void {
  const samples = readSamples(files);
  const langs = [...new Set(samples.map((s) => s.lang))].sort();
  console.log(`Key points vs human summaries, ROUGE F1 (×100), data: ${files.join(', ')}`);
  console.log(`${'lang'.padEnd(5)} ${'n'.padStart(4)}  ${'method'.padEnd(18)} ${'R-1'.padStart(6)} ${'R-2'.padStart(6)} ${'R-L'.padStart(6)}`);
  for (const lang of langs) {
    const subset = samples.filter((s) => s.lang === lang);
    const scores = new Map<Method, RougeScores[]>(METHODS.map((m) => [m, []]));
    const counts: number[] = [];
    for (const sample of subset) {
      const { made, shown } = summaries(sample);
      counts.push(shown);
      const reference = sample.highlights.join(' ');
      for (const method of METHODS) scores.get(method)?.push(rouge(made[method], reference, lang));
    }
    for (const method of METHODS) {
      const list = scores.get(method) ?? [];
      const cell = (pick: (s: RougeScores) => number) => (100 * mean(list.map(pick))).toFixed(2).padStart(6);
      console.log(`${lang.padEnd(5)} ${String(subset.length).padStart(4)}  ${method.padEnd(18)} ${cell((s) => s.rouge1)} ${cell((s) => s.rouge2)} ${cell((s) => s.rougeL)}`);
    }
    console.log(`${lang.padEnd(5)} key points shown per article: ${mean(counts).toFixed(2)}`);
    const rouge1 = (method: Method) => (scores.get(method) ?? []).map((s) => 100 * s.rouge1);
    for (const baseline of ['Lead-3', 'TextRank-3'] as const) {
      const margin = pairedMargin(rouge1('Lede (as shown)'), rouge1(baseline));
      console.log(`${lang.padEnd(5)} R-1 as shown − ${baseline}: ${margin.mean >= 0 ? '+' : ''}${margin.mean.toFixed(2)} ± ${margin.error.toFixed(2)} (standard error, paired by article)`);
    }
  }
}

/** The share of key points and sections on the golden pages that are page furniture (goal: 0). */
async function benchFurniture(): Promise<void> {
  // Loaded here: the golden pages run the whole pipeline, which the ROUGE part does not need.
  const { listGoldenPages, readGoldenPage } = await import('./lib/golden-pages');
  let points = 0;
  let sections = 0;
  const found: string[] = [];
  for (const page of listGoldenPages()) {
    const { outline } = readGoldenPage(page);
    const keyPoints = (outline.keyPoints ?? []) as KeyPoint[];
    const sectionList = (outline.sections ?? []) as Section[];
    points += keyPoints.length;
    sections += sectionList.length;
    for (const k of keyPoints) if (isFurniture(k.text)) found.push(`${page.name} key point: ${k.text}`);
    for (const s of sectionList) if (isFurniture(s.title)) found.push(`${page.name} section: ${s.title}`);
  }
  const furniturePoints = found.filter((f) => f.includes(' key point: ')).length;
  const furnitureSections = found.length - furniturePoints;
  console.log(`\nFurniture on the golden pages: key points ${furniturePoints}/${points}, sections ${furnitureSections}/${sections}`);
  for (const line of found) console.log(`  ${line}`);
}

async function main(): Promise<void> {
  const files = dataFiles();
  if (files.length === 0) {
    console.log('No key point data: run npm run data:keypoints (see scripts/convert-keypoints-data.ts), or pass --data FILE.jsonl.');
  } else benchSummaries(files);
  if (!process.argv.includes('--no-furniture')) await benchFurniture();
}

await main();
