/**
 * Turns one VietNews file (github.com/ThanhChinhBK/vietnews, `data/train_tokenized/<id>.txt.seg`)
 * into readable text: a title and paragraphs. Used to lay out the Vietnamese quote set
 * (tests/data/quotes/vi/) and reusable for any set drawn from the training split — never its test split.
 *
 *   npx tsx scripts/data/vietnews-text.ts --git-dir <clone of ThanhChinhBK/vietnews> 012345
 *   npx tsx scripts/data/vietnews-text.ts path/to/012345.txt.seg [--max 15]
 *
 * A file is: title, blank line, abstract (the sapo), blank line, body with one sentence per line,
 * blank line, captions. The text is word-segmented ("Đà_Nẵng") with spaces around punctuation;
 * both are undone here, as tests/fixtures/pages/README.md describes for the golden pages.
 * The original paragraph breaks are lost, so paragraphs are rebuilt by one fixed rule (see
 * `groupParagraphs`); captions are dropped.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface VietNewsText {
  title: string;
  /** The sapo (abstract) first, then the body. */
  paragraphs: string[];
}

const OPENING = new Set(['“', '‘', '«', '(', '[']);
const CLOSING = new Set(['”', '’', '»', ')', ']', ',', '.', ';', ':', '!', '?', '%', '…']);

const STRAIGHT_QUOTES = new Set(['"', "'"]);

/**
 * Undoes the tokenisation of the body lines: `_` joins syllables, every punctuation mark stands
 * apart. Straight quotes carry no direction: one before a closing mark or at the end of a line
 * closes, one at the start of a line or after an opening mark opens, any other flips the state,
 * which is carried across lines because a quotation often runs over several sentences.
 */
export function detokeniseLines(lines: string[]): string[] {
  const open = new Map<string, boolean>();
  return lines.map((line) => {
    const tokens = line.replace(/_/gu, ' ').trim().split(/\s+/u).filter((t) => t !== '');
    let out = '';
    let glueNext = true;
    tokens.forEach((token, i) => {
      let glueBefore = glueNext || CLOSING.has(token);
      glueNext = OPENING.has(token);
      // Papers mix styles ("… ”): a curly closing mark ends an open straight quote too.
      if (token === '”') open.set('"', false);
      if (STRAIGHT_QUOTES.has(token)) {
        const next = tokens[i + 1];
        const previous = tokens[i - 1];
        const closes =
          next === undefined || CLOSING.has(next) ? true : previous === undefined || OPENING.has(previous) || previous === ':' ? false : open.get(token) === true;
        if (closes) glueBefore = true;
        else glueNext = true;
        open.set(token, !closes);
      }
      out += glueBefore ? token : ` ${token}`;
    });
    return out;
  });
}

export function detokenise(line: string): string {
  return detokeniseLines([line])[0] ?? '';
}

/**
 * The sentence splitter behind VietNews breaks after abbreviations ("Công an TP." / "Hà Nội, …",
 * "Tống Xuân B." / "(SN 1989 …"): a line that ends on such a dot is joined to the next.
 */
function endsOnAbbreviation(sentence: string): boolean {
  return /(?:^|[\s(])(?:TP|Tp|TT|Q|P|H|St|Mr|Mrs|Dr|[A-ZĐ]\p{Lu}?)\.$/u.test(sentence);
}

export function joinBrokenSentences(lines: string[]): string[] {
  const sentences: string[] = [];
  for (const line of lines) {
    const previous = sentences.at(-1);
    // A line that starts with its closing quote and the cue ("”, ông Putin nói.") belongs to the one before.
    const continues = previous !== undefined && (endsOnAbbreviation(previous) || /^(?:[\p{Ll}(,]|["'”’][,.])/u.test(line));
    const glued = /^["'”’][,.]/u.test(line);
    if (continues) sentences[sentences.length - 1] = glued ? `${previous.trimEnd()}${line}` : `${previous} ${line}`;
    else sentences.push(line);
  }
  return sentences;
}

/** Opening minus closing quotation marks; a straight quote opens when glued to the word after it. */
function quoteBalance(sentence: string): number {
  const opening = sentence.match(/“|(?:^|[\s(])["'](?=[^\s,.;:!?])/gu)?.length ?? 0;
  const closing = sentence.match(/”|[^\s(]["'](?=$|[\s,.;:!?)])/gu)?.length ?? 0;
  return opening - closing;
}

/**
 * Two sentences to a paragraph, as the golden pages do, except that a sentence opening with a
 * quotation mark starts a paragraph, and a quotation goes on in the same paragraph for up to
 * three sentences before it breaks (a long quote then runs over paragraphs, opening in the first
 * and closing in the last, as Vietnamese papers print it).
 */
export function groupParagraphs(sentences: string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let insideQuote = false;
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const sentence of sentences) {
    const full = current.length >= (insideQuote ? 3 : 2);
    if (full || (!insideQuote && /^[“"]/u.test(sentence))) flush();
    current.push(sentence);
    const balance = quoteBalance(sentence);
    if (balance > 0) insideQuote = true;
    else if (balance < 0) insideQuote = false;
    if (!insideQuote && current.length >= 2) flush();
  }
  flush();
  return paragraphs;
}

export function parseVietNews(raw: string, maxParagraphs = Infinity): VietNewsText {
  const [title = '', abstract = '', body = ''] = raw.replace(/\r/gu, '').split(/\n\s*\n/u);
  const lines = detokeniseLines(body.split('\n')).filter((line) => line !== '');
  const paragraphs = [detokenise(abstract.replace(/\n/gu, ' ')), ...groupParagraphs(joinBrokenSentences(lines))];
  return { title: detokenise(title), paragraphs: paragraphs.filter((p) => p !== '').slice(0, maxParagraphs) };
}

export function readVietNewsFile(gitDir: string, id: string): string {
  return execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:data/train_tokenized/${id}.txt.seg`], { encoding: 'utf8' });
}

function option(name: string): string | null {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? null) : null;
}

function main(): void {
  const gitDir = option('git-dir');
  const max = Number(option('max') ?? 'Infinity');
  const target = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--')).at(0);
  if (!target) {
    console.error('usage: vietnews-text.ts [--git-dir DIR] [--max N] <id | file.txt.seg>');
    process.exit(2);
  }
  const raw = gitDir ? readVietNewsFile(gitDir, target) : readFileSync(target, 'utf8');
  console.log(JSON.stringify(parseVietNews(raw, max), null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
