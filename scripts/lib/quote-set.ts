/**
 * The quotes development set: one annotated article per JSON file under
 * tests/data/quotes/<lang>/<id>.json (our own annotations, committed), or one article per
 * line in a JSONL made by a converter (scripts/data/polnear.ts → bench-results/quotes/,
 * never committed). The format is documented in tests/data/quotes/README.md; this reader
 * accepts exactly that and says, for a malformed file, which file and which field.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export type StatementType = 'direct' | 'reported';
/** How the sentence names the speaker: by name, by a pronoun only, by a description ("a spokesman"), or not at all. */
export type SourceKind = 'name' | 'pronoun' | 'description' | 'none';

export interface Statement {
  type: StatementType;
  /** Index in `paragraphs` of the paragraph where the statement starts. */
  paragraph: number;
  /** Every paragraph a statement over several paragraphs covers, the first being `paragraph`. */
  paragraphs?: number[];
  /** What was said: an exact substring of paragraphs[paragraph]. */
  text: string;
  /** Full name or organisation as first written in the article. */
  speaker: string | null;
  role: string | null;
  source: SourceKind;
}

export interface QuoteArticle {
  /** The file name without .json, or the `id` of a JSONL line. */
  id: string;
  /** Where the text comes from: corpus, split, file id or URL, licence. */
  source: string;
  lang: string;
  /** `not-speech`: its quotation marks are titles, slogans, scare quotes or names; any quote found there is false. */
  kind: 'article' | 'not-speech';
  title: string;
  paragraphs: string[];
  statements: Statement[];
}

/** A named collection of articles: one language folder, or one JSONL file. */
export interface QuoteSet {
  name: string;
  articles: QuoteArticle[];
  /** Files or lines that were rejected, each with the reason naming the file. */
  errors: string[];
}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const ARTICLE_KEYS = new Set(['id', 'source', 'lang', 'kind', 'title', 'paragraphs', 'statements']);
const STATEMENT_KEYS = new Set(['type', 'paragraph', 'paragraphs', 'text', 'speaker', 'role', 'source']);
const SOURCE_KINDS: ReadonlySet<string> = new Set<SourceKind>(['name', 'pronoun', 'description', 'none']);
const LANG_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownKeys(value: Record<string, unknown>, allowed: ReadonlySet<string>): string[] {
  return Object.keys(value).filter((key) => !allowed.has(key));
}

function nullableString(value: unknown): value is string | null {
  return value === null || (typeof value === 'string' && value.trim() !== '');
}

function isIndex(value: unknown, length: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < length;
}

/** The problem with one statement, or null when it is well formed. */
function statementProblem(value: unknown, paragraphs: readonly string[]): string | null {
  if (!isRecord(value)) return 'is not an object';
  const extra = unknownKeys(value, STATEMENT_KEYS);
  if (extra.length > 0) return `has unknown field(s) ${extra.map((k) => `"${k}"`).join(', ')}`;
  for (const key of ['type', 'paragraph', 'text', 'speaker', 'role', 'source']) {
    if (!(key in value)) return `lacks "${key}" (write null when there is none)`;
  }
  if (value.type !== 'direct' && value.type !== 'reported') return `"type" must be "direct" or "reported", not ${JSON.stringify(value.type)}`;
  if (!isIndex(value.paragraph, paragraphs.length)) return `"paragraph" must be an index into paragraphs (0–${paragraphs.length - 1}), not ${JSON.stringify(value.paragraph)}`;
  const paragraph = paragraphs[value.paragraph] ?? '';
  if (typeof value.text !== 'string' || value.text.trim() === '') return '"text" must be a non-empty string';
  if (!paragraph.includes(value.text)) return `"text" is not an exact substring of paragraphs[${value.paragraph}]: ${JSON.stringify(value.text.slice(0, 60))}`;
  if (value.paragraphs !== undefined) {
    const list = value.paragraphs;
    if (!Array.isArray(list) || list.length === 0 || !list.every((p) => isIndex(p, paragraphs.length))) return '"paragraphs" must be a list of paragraph indices';
    if (list[0] !== value.paragraph) return `"paragraphs" must start with "paragraph" (${value.paragraph})`;
    if (list.some((p, i) => i > 0 && (p as number) <= (list[i - 1] as number))) return '"paragraphs" must be in ascending order';
  }
  if (!nullableString(value.speaker)) return '"speaker" must be a non-empty string or null';
  if (!nullableString(value.role)) return '"role" must be a non-empty string or null';
  if (typeof value.source !== 'string' || !SOURCE_KINDS.has(value.source)) return `"source" must be one of name, pronoun, description, none, not ${JSON.stringify(value.source)}`;
  // A description ("a spokesman") or a pronoun may stay unnamed, and a sentence without a source may still have a speaker from context.
  if (value.source === 'name' && value.speaker === null) return '"speaker" must be given when "source" is "name"';
  return null;
}

/** The problem with an article's fields other than its statements, or null. */
function articleProblem(value: Record<string, unknown>): string | null {
  const extra = unknownKeys(value, ARTICLE_KEYS);
  if (extra.length > 0) return `unknown field(s) ${extra.map((k) => `"${k}"`).join(', ')}`;
  if (typeof value.source !== 'string' || value.source.trim() === '') return '"source" must say where the text comes from';
  if (typeof value.lang !== 'string' || !LANG_TAG.test(value.lang)) return `"lang" must be a language code such as "vi", not ${JSON.stringify(value.lang)}`;
  if (value.kind !== 'article' && value.kind !== 'not-speech') return `"kind" must be "article" or "not-speech", not ${JSON.stringify(value.kind)}`;
  if (typeof value.title !== 'string') return '"title" must be a string';
  const paragraphs = value.paragraphs;
  if (!Array.isArray(paragraphs) || paragraphs.length === 0) return '"paragraphs" must be a non-empty list of strings';
  const bad = paragraphs.findIndex((p) => typeof p !== 'string' || p.trim() === '' || /\n\s*\n/u.test(p));
  if (bad >= 0) return `paragraphs[${bad}] must be a non-empty string without blank lines`;
  if (!Array.isArray(value.statements)) return '"statements" must be a list (empty for not-speech)';
  if (value.kind === 'not-speech' && value.statements.length > 0) return 'a "not-speech" article has no statements';
  return null;
}

/** Checks one parsed JSON value against the format; `where` names the file (and line) in the message. */
export function checkQuoteArticle(value: unknown, where: string, fallbackId: string): Checked<QuoteArticle> {
  const fail = (reason: string): Checked<QuoteArticle> => ({ ok: false, reason: `${where}: ${reason}` });
  if (!isRecord(value)) return fail('not a JSON object');
  const problem = articleProblem(value);
  if (problem) return fail(problem);
  const paragraphs = value.paragraphs as string[];
  const statements = value.statements as unknown[];
  for (const [i, statement] of statements.entries()) {
    const issue = statementProblem(statement, paragraphs);
    if (issue) return fail(`statements[${i}] ${issue}`);
  }
  const id = typeof value.id === 'string' && value.id !== '' ? value.id : fallbackId;
  return {
    ok: true,
    value: {
      id,
      source: value.source as string,
      lang: value.lang as string,
      kind: value.kind as QuoteArticle['kind'],
      title: value.title as string,
      paragraphs,
      statements: statements as Statement[],
    },
  };
}

function parseJson(text: string, where: string): Checked<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: `${where}: not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** One language folder: every <id>.json in it, whose "lang" must be the folder's. */
export function readQuoteFolder(dir: string): QuoteSet {
  const lang = basename(dir);
  const set: QuoteSet = { name: lang, articles: [], errors: [] };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const path = join(dir, file);
    const parsed = parseJson(readFileSync(path, 'utf8'), path);
    const checked = parsed.ok ? checkQuoteArticle(parsed.value, path, file.replace(/\.json$/u, '')) : parsed;
    if (!checked.ok) set.errors.push(checked.reason);
    else if (checked.value.lang.split('-')[0] !== lang) set.errors.push(`${path}: "lang" is "${checked.value.lang}" but the file is in the "${lang}" folder`);
    else set.articles.push(checked.value);
  }
  return set;
}

/** One JSONL file: an article per line, in the same format with an "id". */
export function readQuoteJsonl(path: string): QuoteSet {
  const set: QuoteSet = { name: basename(path).replace(/\.jsonl$/u, ''), articles: [], errors: [] };
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${path}:${i + 1}`;
    const parsed = parseJson(line, where);
    const checked = parsed.ok ? checkQuoteArticle(parsed.value, where, `line-${i + 1}`) : parsed;
    if (checked.ok) set.articles.push(checked.value);
    else set.errors.push(checked.reason);
  });
  return set;
}

/** Every language folder under `root` (tests/data/quotes), in name order. */
export function readQuoteFolders(root: string): QuoteSet[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort()
    .map((name) => readQuoteFolder(join(root, name)));
}

/** A folder of JSON files, one JSON file, or a JSONL, as given on the command line. */
export function readQuoteSetAt(path: string): QuoteSet {
  if (statSync(path).isDirectory()) return readQuoteFolder(path);
  if (path.endsWith('.jsonl')) return readQuoteJsonl(path);
  const parsed = parseJson(readFileSync(path, 'utf8'), path);
  const checked = parsed.ok ? checkQuoteArticle(parsed.value, path, basename(path).replace(/\.json$/u, '')) : parsed;
  return checked.ok ? { name: basename(path), articles: [checked.value], errors: [] } : { name: basename(path), articles: [], errors: [checked.reason] };
}
