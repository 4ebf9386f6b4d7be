/**
 * npm run data:polnear -- --from <PolNeAR git dir or checkout> [--out bench-results/quotes] [--direct-share 0.9]
 *
 * Converts the train and dev splits of PolNeAR (networkdynamics/PolNeAR, political news
 * attributions in brat standoff: Source, Cue, Content spans over data/<split>/text/*.txt)
 * into the quotes development format (scripts/lib/quote-set.ts), one JSONL per split:
 * en-polnear-train.jsonl and en-polnear-dev.jsonl. data/test/ is never read: it is kept
 * for evaluation (../shared/notes/data.md). The output is not committed (bench-results/).
 *
 * - Paragraphs are the text's blank-line blocks; the first block is the headline (the title).
 * - A statement is one attribution with a content span (a direct quote interrupted by its cue
 *   is one statement per part, see directRuns); it is direct when nearly all of its
 *   content (90 % of its letters, `--direct-share`) lies inside quotation marks, else reported
 *   (PolNeAR also annotates beliefs and paraphrase, so "reported" is broader than speech verbs).
 *   `--direct-share 0.01` makes every content with a quoted part direct (612 in dev instead of 397).
 * - Source kind: pronoun ("he", "who"), name when CoreNLP's NER (shipped with the corpus)
 *   tags a person or organisation in the source span, description otherwise, none without
 *   a source. The speaker of a named source is its person (see fullName), of a description
 *   the span as written; a pronoun's speaker is null (the corpus does not resolve it).
 * - Articles annotated by several annotators keep the first annotator's file. A few articles
 *   have no CoreNLP file: their named sources count as descriptions.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotedSpans } from '../../utils/text/quote-marks';
import type { QuoteArticle, SourceKind, Statement } from '../lib/quote-set';
import { checkQuoteArticle } from '../lib/quote-set';

const SPLITS = ['train', 'dev'] as const;
/** Share of a content's letters that must be inside quotation marks for a direct quote. */
const DIRECT_SHARE = 0.9;
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'who', 'which', 'that', 'his', 'her', 'their', 'its', 'him', 'them', 'us', 'me', 'one', 'whom', 'whose']);
const OPENERS = new Set(['“', '"', '‘', '«']);

interface Corpus {
  list(dir: string): string[];
  read(path: string): string;
}

/** A mirror's bare git directory (read with git) or a checkout (read from disk). */
function openCorpus(from: string): Corpus {
  if (existsSync(join(from, 'data', 'train'))) {
    return {
      list: (dir) => execFileSync('find', [join(from, dir), '-type', 'f'], { encoding: 'utf8' }).split('\n').filter(Boolean).map((p) => p.slice(from.length + 1)),
      read: (path) => readFileSync(join(from, path), 'utf8'),
    };
  }
  const git = (...args: string[]) => execFileSync('git', ['--git-dir', from, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  return {
    list: (dir) => git('ls-tree', '-r', '--name-only', 'HEAD', `${dir}/`).split('\n').filter(Boolean),
    read: (path) => git('cat-file', 'blob', `HEAD:${path}`),
  };
}

interface Span {
  start: number;
  end: number;
}

interface Attribution {
  content: Span[];
  source: Span[];
}

/** brat standoff: "T3\tContent 115 200;210 290\ttext" and "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1". */
function parseAnn(ann: string): Attribution[] {
  const spans = new Map<string, Span[]>();
  const events: Map<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const [id = '', body = ''] = line.split('\t');
    if (id.startsWith('T')) {
      const ranges = body.slice(body.indexOf(' ') + 1).split(';');
      spans.set(id, ranges.map((r) => {
        const [start = 0, end = 0] = r.trim().split(/\s+/u).map(Number);
        return { start, end };
      }));
    } else if (id.startsWith('E')) {
      events.push(new Map(body.trim().split(/\s+/u).map((arg) => {
        const [role = '', ref = ''] = arg.split(':');
        return [role, ref];
      })));
    }
  }
  return events.map((event) => {
    const pick = (role: RegExp) => [...event].filter(([r]) => role.test(r)).flatMap(([, ref]) => spans.get(ref) ?? []);
    return { content: pick(/^Content\d*$/u), source: pick(/^Source\d*$/u) };
  }).filter((a) => a.content.length > 0);
}

interface NamedToken extends Span {
  ner: string;
  word: string;
}

/** CoreNLP's tokens with their NER tags (UTF-16 offsets, as in the text file). */
function parseNer(xml: string): NamedToken[] {
  const out: NamedToken[] = [];
  const token = /<word>([^<]*)<\/word>[\s\S]*?<CharacterOffsetBegin>(\d+)<\/CharacterOffsetBegin>\s*<CharacterOffsetEnd>(\d+)<\/CharacterOffsetEnd>[\s\S]*?<NER>([^<]*)<\/NER>/gu;
  for (const m of xml.matchAll(token)) out.push({ word: m[1] ?? '', start: Number(m[2]), end: Number(m[3]), ner: m[4] ?? 'O' });
  return out;
}

/** Consecutive PERSON tokens, as written, in text order. */
function personRuns(tokens: readonly NamedToken[], text: string): (Span & { words: string[] })[] {
  const runs: (Span & { words: string[] })[] = [];
  for (const t of tokens) {
    if (t.ner !== 'PERSON') continue;
    const last = runs[runs.length - 1];
    if (last && text.slice(last.end, t.start).trim() === '') {
      last.end = t.end;
      last.words.push(t.word);
    } else runs.push({ start: t.start, end: t.end, words: [t.word] });
  }
  return runs;
}

interface Block extends Span {
  text: string;
}

/** Blank-line blocks with their offsets; single newlines inside a block become spaces (same length). */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  const add = (raw: string, offset: number) => {
    const body = raw.trim();
    if (body === '') return;
    const start = offset + raw.length - raw.trimStart().length;
    blocks.push({ start, end: start + body.length, text: body.replace(/\s/gu, ' ') });
  };
  let at = 0;
  for (const gap of text.matchAll(/\n\s*\n/gu)) {
    add(text.slice(at, gap.index), at);
    at = gap.index + gap[0].length;
  }
  add(text.slice(at), at);
  return blocks;
}

/** Offsets (within the block) inside quotation marks; a block that opens a quote and never closes it (a quote over several paragraphs) is quoted to its end. */
function quotedMask(block: string): boolean[] {
  const mask = new Array<boolean>(block.length).fill(false);
  const { spans } = findQuotedSpans(block);
  for (const span of spans) for (let i = span.open; i <= span.close; i++) mask[i] = true;
  const first = block.trimStart()[0] ?? '';
  if (OPENERS.has(first) && !(spans[0] && spans[0].open === block.indexOf(first))) mask.fill(true);
  return mask;
}

function isDirect(pieces: readonly Piece[], directShare: number): boolean {
  let letters = 0;
  let quoted = 0;
  for (const piece of pieces) {
    const mask = quotedMask(piece.block.text);
    for (let i = piece.start; i < piece.end; i++) {
      if (!/[\p{L}\p{N}]/u.test(piece.block.text[i] ?? '')) continue;
      letters++;
      if (mask[i]) quoted++;
    }
  }
  return quoted > 0 && quoted / letters >= directShare;
}

function sourceKind(source: Span[], text: string, tokens: readonly NamedToken[]): SourceKind {
  if (source.length === 0) return 'none';
  const written = source.map((s) => text.slice(s.start, s.end)).join(' ').trim().toLowerCase();
  if (PRONOUNS.has(written)) return 'pronoun';
  const inside = tokens.filter((t) => source.some((s) => t.start >= s.start && t.end <= s.end));
  return inside.some((t) => t.ner === 'PERSON' || t.ner === 'ORGANIZATION') ? 'name' : 'description';
}

/**
 * The person a named source is, as the format wants it: the PERSON run that heads the span
 * (the span ends after it, or an apposition follows: "Rep. G.K. Butterfield (D-N.C.), head
 * of …"), expanded to the nearest earlier longer mention with the same last word ("Mr. Trump"
 * → "Donald Trump"), else the first later one. A span whose person is not its head ("the Clinton campaign") stays as written.
 */
function fullName(source: Span[], text: string, tokens: readonly NamedToken[]): string {
  const written = source.map((s) => text.slice(s.start, s.end)).join(' ').replace(/\s+/gu, ' ').trim();
  const runs = personRuns(tokens, text);
  const head = runs.find((r) => source.some((s) => r.start >= s.start && r.end <= s.end && /^\s*(?:[,(—–]|$)/u.test(text.slice(r.end, s.end))));
  if (!head) return written;
  const surname = head.words[head.words.length - 1];
  const longer = runs.filter((r) => r.words.length > head.words.length && r.words[r.words.length - 1] === surname);
  // The nearest earlier full mention; else the first later one (a name given in full only after a first quote).
  const full = longer.filter((r) => r.start < head.start).pop() ?? longer[0] ?? head;
  return text.slice(full.start, full.end).replace(/\s+/gu, ' ');
}

interface Piece {
  block: Block;
  index: number;
  start: number;
  end: number;
}

/**
 * A direct quote interrupted by its cue ("“A,” he said. “B.”") is one content in PolNeAR and
 * two statements in our format (as in our own annotations): a new statement starts where
 * words that are not content come between two pieces of one paragraph. Pieces in later
 * paragraphs continue the statement (a quote over several paragraphs).
 */
function directRuns(pieces: readonly Piece[]): Piece[][] {
  const runs: Piece[][] = [];
  for (const piece of pieces) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    const interrupted = previous !== undefined && previous.index === piece.index && /[\p{L}\p{N}]/u.test(piece.block.text.slice(previous.end, piece.start));
    if (run && !interrupted) run.push(piece);
    else runs.push([piece]);
  }
  return runs.filter((run) => run.some((p) => /[\p{L}\p{N}]/u.test(p.block.text.slice(p.start, p.end))));
}

/** The statement of some pieces: its text runs from the first piece to the last one of the first paragraph. */
function statementOf(pieces: readonly Piece[], type: Statement['type'], who: Pick<Statement, 'speaker' | 'role' | 'source'>): Statement | null {
  const first = pieces[0];
  if (!first) return null;
  const inFirst = pieces.filter((p) => p.index === first.index);
  const last = inFirst[inFirst.length - 1] ?? first;
  const indices = [...new Set(pieces.map((p) => p.index))];
  return {
    type,
    paragraph: first.index,
    ...(indices.length > 1 ? { paragraphs: indices } : {}),
    text: first.block.text.slice(first.start, last.end).trim(),
    ...who,
  };
}

function speakerOf(attribution: Attribution, text: string, tokens: readonly NamedToken[]): Pick<Statement, 'speaker' | 'role' | 'source'> {
  const source = sourceKind(attribution.source, text, tokens);
  // A pronoun is not a name, and the corpus does not say whom it refers to.
  const speaker = source === 'none' || source === 'pronoun' ? null
    : source === 'name' ? fullName(attribution.source, text, tokens)
      : attribution.source.map((s) => text.slice(s.start, s.end)).join(' ').replace(/\s+/gu, ' ').trim();
  if (speaker === '') return { speaker: null, role: null, source: source === 'name' ? 'description' : source };
  return { speaker, role: null, source };
}

/** One attribution as statements over the body blocks (the headline, block 0, is left out). */
function toStatements(attribution: Attribution, text: string, body: readonly Block[], tokens: readonly NamedToken[], directShare: number): Statement[] {
  const pieces: Piece[] = attribution.content
    .flatMap((span) => body.map((block, index) => ({ block, index, start: Math.max(span.start, block.start) - block.start, end: Math.min(span.end, block.end) - block.start })))
    .filter((p) => p.end > p.start && p.block.text.slice(p.start, p.end).trim() !== '')
    .sort((a, b) => a.index - b.index || a.start - b.start);
  const who = speakerOf(attribution, text, tokens);
  const direct = isDirect(pieces, directShare);
  const groups = direct ? directRuns(pieces) : [pieces];
  return groups.map((group) => statementOf(group, direct ? 'direct' : 'reported', who)).filter((st): st is Statement => st !== null);
}

function convertArticle(corpus: Corpus, split: string, name: string, annPath: string, directShare: number): QuoteArticle {
  const text = corpus.read(`data/${split}/text/${name}.txt`);
  const xmlPath = `data/${split}/corenlp/${name}.txt.xml`;
  const tokens = parseNer(safeRead(corpus, xmlPath));
  const [headline, ...body] = blocksOf(text);
  const statements = parseAnn(corpus.read(annPath))
    .flatMap((a) => toStatements(a, text, body, tokens, directShare))
    .sort((a, b) => a.paragraph - b.paragraph);
  const annotator = /_([0-9a-f]+)\.ann$/u.exec(annPath)?.[1] ?? '?';
  return {
    id: name,
    source: `PolNeAR v1.0.0 (github.com/networkdynamics/PolNeAR), ${split} split, ${name}, annotator ${annotator}; converted by scripts/data/polnear.ts`,
    lang: 'en',
    kind: 'article',
    title: (headline?.text ?? '').replace(/\.$/u, ''),
    paragraphs: body.map((b) => b.text),
    statements,
  };
}

function safeRead(corpus: Corpus, path: string): string {
  try {
    return corpus.read(path);
  } catch {
    return '';
  }
}

function convertSplit(corpus: Corpus, split: string, directShare: number): { lines: string[]; rejected: string[] } {
  const anns = corpus.list(`data/${split}/attributions`).filter((p) => p.endsWith('.ann')).sort();
  const byArticle = new Map<string, string>();
  for (const path of anns) {
    const name = (path.split('/').pop() ?? '').replace(/_[0-9a-f]+\.ann$/u, '');
    if (!byArticle.has(name)) byArticle.set(name, path);
  }
  const lines: string[] = [];
  const rejected: string[] = [];
  for (const [name, annPath] of byArticle) {
    const article = convertArticle(corpus, split, name, annPath, directShare);
    const checked = checkQuoteArticle(article, `${split}/${name}`, name);
    if (checked.ok) lines.push(JSON.stringify(article));
    else rejected.push(checked.reason);
  }
  return { lines, rejected };
}

function option(name: string): string | null {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? null) : null;
}

function main(): void {
  const from = option('from');
  if (!from || !existsSync(from)) {
    console.error('Usage: npm run data:polnear -- --from <PolNeAR git dir or checkout> [--out bench-results/quotes]');
    process.exitCode = 1;
    return;
  }
  const out = option('out') ?? join('bench-results', 'quotes');
  mkdirSync(out, { recursive: true });
  const corpus = openCorpus(from);
  const directShare = Number(option('direct-share') ?? DIRECT_SHARE);
  for (const split of SPLITS) {
    const { lines, rejected } = convertSplit(corpus, split, directShare);
    const file = join(out, `en-polnear-${split}.jsonl`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const statements = lines.map((l) => JSON.parse(l) as QuoteArticle).flatMap((a) => a.statements);
    const direct = statements.filter((s) => s.type === 'direct').length;
    console.log(`${file}: ${lines.length} articles, ${direct} direct and ${statements.length - direct} reported statements`);
    for (const reason of rejected) console.log(`  rejected ${reason}`);
  }
}

main();
