/**
 * npm run data:body -- --from GIT_DIR [--per-set N]
 *
 * Rebuilds the body-extraction development sets from their public source, the merged mirror
 * github.com/j-szulc/html-cleaning-dataset-merged (a git directory: `fetch` it, or clone it),
 * into bench-results/dev/body/<set>/ (never committed: the pages belong to their publishers).
 * Each page is `<id>.html` (the page, decoded to UTF-8) and `<id>.gold.txt` (the text a person
 * marked as the main content). Sets, all with human-made gold:
 *   dragnet   — news and blog pages of the Dragnet training data (seomoz/dragnet_data), content
 *               only (its gold also holds the comments after a marker line, cut here);
 *   l3s-gn1   — Google News pages annotated by L3S (geodrome/page-signal): headline and full text;
 *   cleaneval-dev — the CleanEval development set (general web pages, not news);
 *   cleanportal — news portals of 2012–2013 annotated in CleanEval's format (ppke-nlpg/CleanPortalEval:
 *               BBC News, msnbc, two Washington Post blogs, a WSJ blog), later markup than the others.
 * Never read: `cleaneval-final` (CleanEval's test set). The sample per set is the first N
 * ids in sorted order, so every machine builds the same set.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeBytes } from '../lib/decode-bytes';

interface SetSource {
  name: string;
  folder: string;
  /** The gold file's text as a reader sees the main content. */
  gold: (raw: string) => string;
}

/** L3S-GN1 marks content by class: sel1 headline, sel2 full text (sel3–5 supplement, related, comments). */
function l3sGold(raw: string): string {
  const doc = new JSDOM(raw, { virtualConsole: new VirtualConsole() }).window.document;
  // Marked blocks nest (a marked div around marked paragraphs): only the outermost is read, or
  // its text would count once per level (a third of the pages held their body two or three times).
  const outermost = [...doc.querySelectorAll('.x-nc-sel2')].filter((el) => !el.parentElement?.closest('.x-nc-sel2'));
  return outermost.map((el) => el.textContent ?? '').join('\n').replace(/[ \t]+/gu, ' ').trim();
}

/**
 * CleanEval gold: text with `<p>`, `<h>`, `<l>` line markers and an optional URL line at its head
 * (after blank lines in some files). CleanPortalEval's golds keep the page's character references
 * ("&#8217;", "&rsquo;"), which a reader never sees: they are decoded, as a textarea reads its text.
 */
function cleanEvalGold(raw: string): string {
  const text = raw.trimStart().replace(/^URL:[^\n]*\n/u, '').replace(/<\/?(?:p|h|l)>/gu, '');
  // A textarea's content is text with references (no markup), which is what these golds are.
  const doc = new JSDOM(`<textarea>${text}</textarea>`, { virtualConsole: new VirtualConsole() }).window.document;
  return (doc.querySelector('textarea')?.value ?? '').trim();
}

/** Dragnet's gold holds the content, then a marker line ("!@#$%^&*() COMMENTS") and the comments. */
function dragnetGold(raw: string): string {
  const marker = /^[!@#$%^&*() ]{6,}COMMENTS\s*$/mu.exec(raw);
  return (marker ? raw.slice(0, marker.index) : raw).trim();
}

const SETS: SetSource[] = [
  { name: 'dragnet', folder: 'dragnet_data', gold: dragnetGold },
  { name: 'l3s-gn1', folder: 'page-signal-master', gold: l3sGold },
  { name: 'cleaneval-dev', folder: 'cleaneval-dev', gold: cleanEvalGold },
  { name: 'cleanportal', folder: 'CleanPortalEval-master', gold: cleanEvalGold },
];

function option(name: string): string | null {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? null) : null;
}

function gitBytes(gitDir: string, path: string): Buffer {
  return execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:${path}`], { maxBuffer: 64 * 1024 * 1024 });
}

function listIds(gitDir: string, folder: string): string[] {
  return listFolder(gitDir, `${folder}/input/`)
    .filter((name) => /\.html?$/u.test(name))
    .map((name) => name.replace(/\.html?$/u, ''))
    .sort();
}

function listFolder(gitDir: string, path: string): string[] {
  return execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '--name-only', `HEAD:${path}`], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

function buildSet(gitDir: string, source: SetSource, perSet: number, outRoot: string): number {
  const outDir = join(outRoot, source.name);
  mkdirSync(outDir, { recursive: true });
  const inputs = listFolder(gitDir, `${source.folder}/input/`);
  const golds = listFolder(gitDir, `${source.folder}/GoldStandard/`);
  let written = 0;
  for (const id of listIds(gitDir, source.folder)) {
    if (written >= perSet) break;
    const goldName = golds.find((n) => n.replace(/\.[^.]+$/u, '') === id);
    const gold = goldName ? `${source.folder}/GoldStandard/${goldName}` : null;
    const input = inputs.find((n) => n.replace(/\.html?$/u, '') === id);
    if (!gold || !input) continue;
    const goldText = source.gold(decodeBytes(gitBytes(gitDir, gold)));
    // A page whose gold is a line or two is a stub or an annotation slip, not a body to score.
    if (goldText.split(/\s+/u).length < 50) continue;
    writeFileSync(join(outDir, `${id}.html`), decodeBytes(gitBytes(gitDir, `${source.folder}/input/${input}`)));
    writeFileSync(join(outDir, `${id}.gold.txt`), `${goldText}\n`);
    written += 1;
  }
  return written;
}

function main(): number {
  const from = option('from');
  if (!from) {
    console.error('Usage: npm run data:body -- --from GIT_DIR_OF_html-cleaning-dataset-merged [--per-set N]');
    return 2;
  }
  const perSet = Number(option('per-set') ?? '200');
  const outRoot = resolve(import.meta.dirname, '../../bench-results/dev/body');
  for (const source of SETS) {
    const count = buildSet(from, source, perSet, outRoot);
    console.log(`${source.name.padEnd(14)} ${count} pages → ${join(outRoot, source.name)}`);
  }
  return 0;
}

process.exitCode = main();
