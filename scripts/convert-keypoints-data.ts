/**
 * npm run data:keypoints — rebuilds the key point training and development data from
 * public training/development splits, into bench-results/keypoints/ (ignored by git):
 *
 *   npm run data:keypoints -- --vietnews <clone of ThanhChinhBK/vietnews> \
 *     --url-lists <clone of abisee/cnn-dailymail> \
 *     --cnndm <clone of EileenFeng/Text-Summarization-NLP> \
 *     --cnndm <clone of rravneetkaurr/SuvidhaFoundation-Summarization_Benchmark>
 *
 * --vietnews: a git dir of github.com/ThanhChinhBK/vietnews. `data/train_tokenized/` gives
 *   the training sample (--vi-train, 3,000 articles spread over the split), `data/val_tokenized/`
 *   the development sample (--vi-dev, 300). The test split is never read.
 * --cnndm (repeatable): CNN/DailyMail TRAINING-split rows, from a CSV with `article` and
 *   `highlights` (or `reference_summary`) columns, or from the git dir of a repository that
 *   keeps such a sample (CNNDM_SAMPLES below: where each keeps it, and why it is the training
 *   split). Rows are pooled and de-duplicated (two samples may share articles); each article
 *   goes to the development set or to training by a hash of its text (--en-dev-share, 0.6),
 *   so an article keeps its side when sources are added.
 *     github.com/EileenFeng/Text-Summarization-NLP                         100 rows, Kaggle train.csv
 *     github.com/rravneetkaurr/SuvidhaFoundation-Summarization_Benchmark   500 rows, HF train[0:500]
 *     github.com/Emperor-Trillion/YORUBA-SUMMARY                           300 rows, HF train[0:300]
 *   The validation and test splits of CNN/DailyMail are never read (only their URL lists, below).
 * --url-lists: a git dir of github.com/abisee/cnn-dailymail, whose url_lists/ define the standard
 *   split; a row's id (HF `id`, Kaggle `id`, a story file's name) is the SHA1 hex of its URL. A row
 *   whose id is in all_val.txt or all_test.txt is dropped, and so is one missing from all_train.txt
 *   when that list is in the clone (GitHub snapshots without files over 4 MiB lack it: then every
 *   id that is not validation or test is training, as the three lists partition the corpus). Rows
 *   without an id (the HF train[0:N] samples) are kept on their script's word and counted apart.
 *
 * Writes {vi,en}-{train,dev}.jsonl: one {lang, title?, text, highlights[]} per line, paragraphs
 * separated by blank lines (these corpora keep none: each article is one paragraph).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Sample {
  lang: string;
  title?: string;
  text: string;
  highlights: string[];
}

const OUT_DIR = 'bench-results/keypoints';

function option(name: string): string | null {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? null) : null;
}

/** Every value of an option given several times (--cnndm A --cnndm B). */
function options(name: string): string[] {
  return process.argv.flatMap((arg, i) => (arg === `--${name}` && process.argv[i + 1] ? [process.argv[i + 1] ?? ''] : []));
}

function git(gitDir: string, args: string[]): Buffer {
  return execFileSync('git', [`--git-dir=${gitDir}`, ...args], { maxBuffer: 1 << 30 });
}

/** Every n-th file of a split, so the sample covers the whole crawl period and not its first weeks. */
function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]).filter((x): x is T => x !== undefined);
}

/** Many blobs in one `git cat-file --batch`: one process instead of thousands. */
function readBlobs(gitDir: string, paths: string[]): string[] {
  const out = execFileSync('git', [`--git-dir=${gitDir}`, 'cat-file', '--batch'], { input: paths.map((p) => `HEAD:${p}`).join('\n') + '\n', maxBuffer: 1 << 30 });
  const texts: string[] = [];
  let at = 0;
  while (at < out.length) {
    const headerEnd = out.indexOf(0x0a, at);
    const header = out.subarray(at, headerEnd).toString('utf8').split(' ');
    const size = Number(header[2]);
    if (header[1] !== 'blob' || !Number.isFinite(size)) {
      at = headerEnd + 1;
      continue;
    }
    texts.push(out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
    at = headerEnd + 1 + size + 1;
  }
  return texts;
}

/** VietNews is word-segmented ("Đà_Nẵng") with spaces around punctuation: undo both. */
function detokenise(text: string): string {
  return text
    .replace(/_/gu, ' ')
    .replace(/\s+([,.;:!?%)\]”…])/gu, '$1')
    .replace(/([(\[“])\s+/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** One VietNews file: title, blank line, abstract, blank line, body (one sentence a line), then captions after a blank line. */
function vietNewsSample(raw: string): Sample | null {
  const [title, abstract, body] = raw.split(/\n\s*\n/u);
  if (!title || !abstract || !body) return null;
  const text = body.split('\n').map(detokenise).filter((s) => s !== '').join(' ');
  return { lang: 'vi', title: detokenise(title), text, highlights: [detokenise(abstract.replace(/\n/gu, ' '))] };
}

function vietNews(gitDir: string, split: 'train_tokenized' | 'val_tokenized', count: number): Sample[] {
  const names = git(gitDir, ['ls-tree', '--name-only', 'HEAD', `data/${split}/`]).toString('utf8').split('\n').filter((n) => n.endsWith('.txt.seg')).sort();
  return readBlobs(gitDir, spread(names, count)).map(vietNewsSample).filter((s): s is Sample => s !== null);
}

/**
 * Daily Mail texts open with "By . Author . PUBLISHED: . 14:11 EST, 25 October 2013 . | .
 * UPDATED: . …" and break lines inside sentences with " . ": a reader's page has neither.
 */
function cleanCnnArticle(text: string): string {
  return text
    .replace(/\u00a0/gu, ' ')
    .replace(/^By \. [^.]{1,80}? \. (?:and [^.]{1,60}? \. )?/u, '')
    .replace(/^(?:(?:PUBLISHED|UPDATED): \. [^.]{0,60}?\d{4} \. (?:\| \. )?|Last updated at [^.]{0,60}?\d{4} \. )+/u, '')
    .replace(/([\p{L},]) \. (?=\p{Ll})/gu, '$1 ')
    .replace(/ +\./gu, '.')
    .replace(/\s+/gu, ' ')
    .trim();
}

function cnnSample(article: string, highlights: string): Sample {
  return { lang: 'en', text: cleanCnnArticle(article), highlights: highlights.split('\n').map((h) => h.replace(/\s+\./gu, '.').trim()).filter((h) => h !== '') };
}

/** The standard split as story ids: SHA1 hex of each URL of abisee/cnn-dailymail's url_lists. */
interface SplitIds {
  heldOut: Set<string>;
  /** Null when the clone lacks all_train.txt (over GitHub snapshots' 4 MiB). */
  train: Set<string> | null;
}

function urlListIds(gitDir: string, name: string): Set<string> | null {
  const path = `url_lists/${name}`;
  if (!hasPath(gitDir, path)) return null;
  let text: string;
  try {
    text = git(gitDir, ['show', `HEAD:${path}`]).toString('utf8');
  } catch {
    return null; // listed in the tree, its blob left out of the snapshot
  }
  const urls = text.split('\n').map((u) => u.trim()).filter((u) => u !== '');
  return new Set(urls.map((u) => createHash('sha1').update(u).digest('hex')));
}

function splitIds(gitDir: string): SplitIds {
  const val = urlListIds(gitDir, 'all_val.txt');
  const test = urlListIds(gitDir, 'all_test.txt');
  if (!val || !test) throw new Error(`${gitDir}: no url_lists/all_val.txt and all_test.txt`);
  return { heldOut: new Set([...val, ...test]), train: urlListIds(gitDir, 'all_train.txt') };
}

/** Why a row with this id is not training data, or null when it is. */
function notTraining(id: string, split: SplitIds): string | null {
  if (split.heldOut.has(id)) return 'validation or test';
  if (split.train && !split.train.has(id)) return 'not in all_train';
  return /^[0-9a-f]{40}$/u.test(id) ? null : 'not a story id';
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

/**
 * Public samples of the CNN/DailyMail TRAINING split kept in GitHub repositories (checked
 * 2026-11-30), by the path each keeps it at; the first that a given git dir holds is read.
 * - EileenFeng/Text-Summarization-NLP: 100 rows of Kaggle's train.csv (ids from 0001d1af…), zipped.
 * - rravneetkaurr/SuvidhaFoundation-Summarization_Benchmark: `dataset['train'].select(range(500))`
 *   of Hugging Face cnn_dailymail 3.0.0 (code/download_cnn_dm.py); row 0 is train[0], the
 *   Radcliffe story (id 42c027e4…).
 * - Emperor-Trillion/YORUBA-SUMMARY: the first 300 rows of the same split (Codes/save_data_to_local_file.py).
 * Searched again 2026-12-01 for more, none worth adding: samples of HF train[0:N] with N ≤ 500
 * repeat the rows above (magic282/cnndm_acl18 sample_data/train.txt.src.100 is train[0:100],
 * tokenised; Emperor-Trillion's directory/*.csv split its same 300); larger ones are over the
 * snapshots' 4 MiB and absent (rogerhe13/LLM_2 data_cnn/cnn_train_1k.jsonl, 1,000 shuffled rows);
 * allennlp-models test_fixtures/generation/bart/data/cnn_stories (20 stories) and huggingface/datasets'
 * dummy data (4) are too few; nlpyang/BertSum's json_data sample is lowercased; most other CSV
 * samples found are the validation or test split. And more rows would not help the present scorer:
 * see --learning-curve in scripts/train-keypoints.ts.
 */
const CNNDM_SAMPLES: { path: string; zipped?: string }[] = [
  { path: 'data/train_sample.zip', zipped: 'train_sample.csv' },
  { path: 'data/cnn_dm/cnn_dm_subset.csv' },
  { path: 'cnn_dailymail_subset.csv' },
];

function hasPath(gitDir: string, path: string): boolean {
  try {
    execFileSync('git', [`--git-dir=${gitDir}`, 'cat-file', '-e', `HEAD:${path}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The CSV of CNN/DailyMail training rows: a file, or a git dir keeping one of CNNDM_SAMPLES. */
function cnnCsv(source: string): string {
  if (statSync(source).isFile()) return readFileSync(source, 'utf8');
  const sample = CNNDM_SAMPLES.find((s) => hasPath(source, s.path));
  if (!sample) throw new Error(`${source}: none of ${CNNDM_SAMPLES.map((s) => s.path).join(', ')}`);
  if (!sample.zipped) return git(source, ['show', `HEAD:${sample.path}`]).toString('utf8');
  const dir = mkdtempSync(join(tmpdir(), 'cnndm-'));
  try {
    const zip = join(dir, 'sample.zip');
    writeFileSync(zip, git(source, ['show', `HEAD:${sample.path}`]));
    return execFileSync('unzip', ['-p', zip, sample.zipped], { maxBuffer: 1 << 28 }).toString('utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function cnnDailyMail(source: string, split: SplitIds | null): Sample[] {
  const [header, ...rows] = parseCsv(cnnCsv(source));
  const article = header?.indexOf('article') ?? -1;
  const highlights = Math.max(header?.indexOf('highlights') ?? -1, header?.indexOf('reference_summary') ?? -1);
  const id = header?.indexOf('id') ?? -1;
  if (article < 0 || highlights < 0) throw new Error(`${source}: no article and highlights columns`);
  const complete = rows.filter((r) => r[article] && r[highlights]);
  const dropped = new Map<string, number>();
  const kept = complete.filter((r) => {
    const why = split && id >= 0 ? notTraining(r[id] ?? '', split) : null;
    if (why) dropped.set(why, (dropped.get(why) ?? 0) + 1);
    return why === null;
  });
  const checked = split && id >= 0 ? `${kept.length} ids checked against the split` : 'no id column: kept on the source script\'s word';
  console.log(`${source}: ${complete.length} rows, ${checked}${[...dropped].map(([why, n]) => `, ${n} dropped (${why})`).join('')}`);
  return kept.map((r) => cnnSample(r[article] ?? '', r[highlights] ?? ''));
}

/** FNV-1a of the article's opening: which side (development or training) an article falls on, the same in every run. */
function sideHash(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text.slice(0, 400)) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 0x100000000;
}

function write(name: string, samples: Sample[]): void {
  const path = join(OUT_DIR, name);
  writeFileSync(path, samples.map((s) => JSON.stringify(s)).join('\n') + '\n');
  console.log(`wrote ${samples.length} samples to ${path}`);
}

function main(): void {
  const vietnews = option('vietnews');
  const cnndm = options('cnndm');
  if (!vietnews && cnndm.length === 0) {
    console.error('usage: npm run data:keypoints -- [--vietnews GITDIR] [--url-lists GITDIR] [--cnndm GITDIR|CSV ...] [--vi-train 3000] [--vi-dev 300] [--en-dev-share 0.6]');
    process.exit(2);
  }
  mkdirSync(OUT_DIR, { recursive: true });
  if (vietnews) {
    write('vi-train.jsonl', vietNews(vietnews, 'train_tokenized', Number(option('vi-train') ?? '3000')));
    write('vi-dev.jsonl', vietNews(vietnews, 'val_tokenized', Number(option('vi-dev') ?? '300')));
  }
  if (cnndm.length > 0) {
    const seen = new Set<string>();
    const lists = option('url-lists');
    const split = lists ? splitIds(lists) : null;
    if (split) console.log(`split: ${split.heldOut.size} validation and test ids${split.train ? `, ${split.train.size} training ids` : ', no all_train.txt in the clone'}`);
    const samples = cnndm.flatMap((source) => cnnDailyMail(source, split)).filter((s) => {
      const key = s.text.slice(0, 300);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const devShare = Number(option('en-dev-share') ?? '0.6');
    write('en-train.jsonl', samples.filter((s) => sideHash(s.text) >= devShare));
    write('en-dev.jsonl', samples.filter((s) => sideHash(s.text) < devShare));
  }
}

main();
