/**
 * npm run bench:keypoints — key points against human-written highlights, by ROUGE-1/2/L F1,
 * per language: Lead-3, a plain TextRank (3 sentences), Lede's key points with 3 sentences
 * (the same budget as the baselines) and with their own count (3–7).
 *
 *   npm run bench:keypoints -- --data bench-results/keypoints.jsonl
 *
 * The data is a JSONL of {lang, title?, text, highlights[]} (paragraphs separated by blank
 * lines); make one from public samples with scripts/convert-keypoints-data.ts. Default:
 * every ../shared/keypoints/*.jsonl. The data is never committed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from './lib/corpus';
import { articleFromText } from './lib/text-article';
import { rouge, type RougeScores } from './lib/rouge';
import { textRank } from './lib/textrank';
import { prepareInput } from '../utils/outline/input';
import { selectKeyPoints } from '../utils/outline/key-points';

interface Sample {
  lang: string;
  title?: string;
  text: string;
  highlights: string[];
}

type Method = 'Lead-3' | 'Lead-3 (clean)' | 'TextRank-3' | 'Lede (3)' | 'Lede (own count)';
const METHODS: Method[] = ['Lead-3', 'Lead-3 (clean)', 'TextRank-3', 'Lede (3)', 'Lede (own count)'];

/**
 * A fairer Lead-3: Daily Mail texts open with "By . Author . PUBLISHED: . …" fragments that
 * plain Lead-3 takes for sentences. This one skips fragments under six words and datelines.
 */
function cleanLead(sentences: string[], lang: string): string[] {
  return sentences.filter((s) => !/^(?:by|published|updated|last updated)\b/iu.test(s) && (lang === 'zh' || lang === 'ja' || s.split(/\s+/u).length >= 6)).slice(0, 3);
}

function option(name: string): string | null {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? null) : null;
}

function dataFiles(): string[] {
  const given = option('data');
  if (given) return existsSync(given) ? [given] : [];
  const dir = join(SHARED_DIR, 'keypoints');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => join(dir, f)) : [];
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

function summaries(sample: Sample): Record<Method, string> {
  const { article, blocks } = articleFromText(sample.text, sample.lang, sample.title ?? '');
  const input = prepareInput(article, blocks);
  const sentences = input.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
  const join = (parts: { text: string }[] | string[]) => parts.map((p) => (typeof p === 'string' ? p : p.text)).join(' ');
  return {
    'Lead-3': sentences.slice(0, 3).join(' '),
    'Lead-3 (clean)': cleanLead(sentences, sample.lang).join(' '),
    'TextRank-3': textRank(sentences, sample.lang, 3).join(' '),
    'Lede (3)': join(selectKeyPoints(input, { count: 3 })),
    'Lede (own count)': join(selectKeyPoints(input)),
  };
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function main(): void {
  const files = dataFiles();
  if (files.length === 0) {
    console.log('No key point data: pass --data PATH to a JSONL of {lang, title?, text, highlights[]},');
    console.log('or put *.jsonl files in ../shared/keypoints/. See scripts/convert-keypoints-data.ts for how to make one.');
    return;
  }
  const samples = readSamples(files);
  const langs = [...new Set(samples.map((s) => s.lang))].sort();
  console.log(`Key points vs human highlights, ROUGE F1 (×100), data: ${files.join(', ')}`);
  console.log(`${'lang'.padEnd(5)} ${'n'.padStart(4)}  ${'method'.padEnd(18)} ${'R-1'.padStart(6)} ${'R-2'.padStart(6)} ${'R-L'.padStart(6)}`);
  for (const lang of langs) {
    const subset = samples.filter((s) => s.lang === lang);
    const scores = new Map<Method, RougeScores[]>(METHODS.map((m) => [m, []]));
    for (const sample of subset) {
      const made = summaries(sample);
      const reference = sample.highlights.join(' ');
      for (const method of METHODS) scores.get(method)?.push(rouge(made[method], reference, lang));
    }
    for (const method of METHODS) {
      const list = scores.get(method) ?? [];
      const cell = (pick: (s: RougeScores) => number) => (100 * mean(list.map(pick))).toFixed(2).padStart(6);
      console.log(`${lang.padEnd(5)} ${String(subset.length).padStart(4)}  ${method.padEnd(18)} ${cell((s) => s.rouge1)} ${cell((s) => s.rouge2)} ${cell((s) => s.rougeL)}`);
    }
  }
}

main();
