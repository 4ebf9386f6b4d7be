/**
 * Converts public summarization samples into the JSONL that `npm run bench:keypoints`
 * reads: one {lang, title?, text, highlights[]} per line. The data is never committed;
 * write it under /tmp or bench-results/ (ignored by git).
 *
 *   npx tsx scripts/convert-keypoints-data.ts --out bench-results/keypoints.jsonl \
 *     --cnn-csv train_sample.csv --cnn-jsonl cnn_test_15.jsonl --vietnews-dir test_tokenized --limit 120
 *
 * --cnn-csv: CSV with `article` and `highlights` columns (CNN/DailyMail 3.0.0 samples);
 * --cnn-jsonl: JSONL with the same fields; --vietnews-dir: VietNews `*.txt.seg` files
 * (title, blank line, abstract, blank line, body with one sentence per line, then captions).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Sample {
  lang: string;
  title?: string;
  text: string;
  highlights: string[];
}

function option(name: string): string | null {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? null) : null;
}

/** A CSV reader for RFC 4180 files: quoted fields, doubled quotes, newlines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function cnnSample(article: string, highlights: string): Sample {
  // Highlights are one per line, with the tokenizer's space before the final period.
  return { lang: 'en', text: article, highlights: highlights.split('\n').map((h) => h.replace(/\s+\./gu, '.').trim()).filter((h) => h !== '') };
}

function fromCsv(path: string): Sample[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const article = header?.indexOf('article') ?? -1;
  const highlights = header?.indexOf('highlights') ?? -1;
  return rows.filter((r) => r[article] && r[highlights]).map((r) => cnnSample(r[article] ?? '', r[highlights] ?? ''));
}

function fromJsonl(path: string): Sample[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { article: string; highlights: string })
    .map((r) => cnnSample(r.article, r.highlights));
}

/** VietNews is word-segmented ("Đà_Nẵng") with spaces around punctuation: undo both. */
function detokenise(text: string): string {
  return text
    .replace(/_/gu, ' ')
    .replace(/\s+([,.;:!?%)”])/gu, '$1')
    .replace(/([(“])\s+/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

function fromVietNews(dir: string, limit: number): Sample[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt.seg')).sort().slice(0, limit);
  return files.flatMap((file) => {
    const parts = readFileSync(join(dir, file), 'utf8').split(/\n\s*\n/u);
    const [title, abstract, body] = parts;
    if (!title || !abstract || !body) return [];
    // Body sentences are one per line; they are one paragraph of the original article.
    const text = body.split('\n').map(detokenise).filter((s) => s !== '').join(' ');
    return [{ lang: 'vi', title: detokenise(title), text, highlights: [detokenise(abstract.replace(/\n/gu, ' '))] }];
  });
}

function main(): void {
  const out = option('out');
  if (!out) {
    console.error('usage: --out PATH [--cnn-csv PATH] [--cnn-jsonl PATH] [--vietnews-dir DIR] [--limit N]');
    process.exit(2);
  }
  const limit = Number(option('limit') ?? '120');
  const samples: Sample[] = [];
  const csv = option('cnn-csv');
  const jsonl = option('cnn-jsonl');
  const vietnews = option('vietnews-dir');
  if (csv) samples.push(...fromCsv(csv).slice(0, limit));
  if (jsonl) samples.push(...fromJsonl(jsonl).slice(0, limit));
  if (vietnews) samples.push(...fromVietNews(vietnews, limit));
  writeFileSync(out, samples.map((s) => JSON.stringify(s)).join('\n') + '\n');
  console.log(`wrote ${samples.length} samples to ${out}`);
}

main();
