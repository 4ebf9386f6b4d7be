/**
 * npm run data:fields -- --from GIT_DIR
 *
 * Rebuilds the field development set from its public source, the Postlight (Mercury) parser's
 * repository (github.com/postlight/parser, a git directory: `fetch` it, or clone it), into
 * bench-results/dev/fields/ (never committed: the pages belong to their publishers). Its custom
 * extractors' tests each load a saved page of one site (`fixtures/<site>.html`) at its address
 * and state, by hand, the story's title, author and publication time: about 140 real sites, most
 * of them English news and magazines, with Japanese, German, French and Chinese ones. Each page
 * is `<name>.html` (decoded to UTF-8) and `<name>.json` ({ url, title, author, published }; a
 * field the test does not state, or states as null, is null). Mercury's own answers are not
 * read: only the values its tests assert, which a person wrote down from the page.
 *
 * The pages were saved after Mercury's own first step, which renames every `<meta>` tag's
 * `content` attribute to `value` (and `property` to `name`): no browser page reads that way, so
 * `value` is given back its name (restoredMetaContent); `name="og:title"` is left, as pages write both.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeBytes } from '../lib/decode-bytes';
import { FIELD_PAGES_DIR, type FieldGold } from '../lib/quality-field-pages';

/** A JavaScript string literal in single, double or back quotes, escapes included. */
const STRING = String.raw`'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\x60(?:[^\x60\\]|\\.)*\x60`;

/** The literal's value: its quotes off, its escapes read (\n, \uXXXX, an escaped quote). */
function stringValue(literal: string): string {
  const body = literal.slice(1, -1);
  return body.replace(/\\(u\{[0-9a-f]+\}|u[0-9a-f]{4}|x[0-9a-f]{2}|.)/giu, (_, code: string) => {
    if (/^u\{/iu.test(code)) return String.fromCodePoint(parseInt(code.slice(2, -1), 16));
    if (/^[ux][0-9a-f]/iu.test(code)) return String.fromCodePoint(parseInt(code.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '' } as Record<string, string>)[code] ?? code;
  });
}

/** `assert.equal(field, 'value')`, or null where the test says null or nothing. */
function asserted(source: string, field: string): string | null {
  const match = new RegExp(String.raw`assert\.equal\(\s*${field}\s*,\s*(${STRING}|null)`, 'u').exec(source);
  return match?.[1] === undefined || match[1] === 'null' ? null : stringValue(match[1]).replace(/\s+/gu, ' ').trim() || null;
}

interface TestCase {
  fixture: string;
  gold: FieldGold;
}

/** Each `beforeAll` of a test file loads one fixture at one address; the assertions after it are about that page. */
export function testCases(source: string): TestCase[] {
  return source
    .split(/beforeAll\(/u)
    .slice(1)
    .flatMap((part) => {
      const url = new RegExp(String.raw`url\s*=\s*(${STRING})`, 'u').exec(part)?.[1];
      const fixture = /readFileSync\(\s*['"]\.\/(fixtures\/[^'"]+\.html)['"]/u.exec(part)?.[1];
      if (url === undefined || fixture === undefined) return [];
      return [{ fixture, gold: { url: stringValue(url), title: asserted(part, 'title'), author: asserted(part, 'author'), published: asserted(part, 'date_published') } }];
    });
}

/** `<meta value="…" name="og:title">` → `<meta content="…" name="og:title">`, where the tag has no content of its own. */
export function restoredMetaContent(html: string): string {
  return html.replace(/<meta\b[^>]*>/giu, (tag) => (/\scontent\s*=/iu.test(tag) ? tag : tag.replace(/(\s)value(\s*=)/iu, '$1content$2')));
}

function git(gitDir: string, args: string[]): Buffer {
  return execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 64 * 1024 * 1024 });
}

function main(): void {
  const fromAt = process.argv.indexOf('--from');
  const from = fromAt >= 0 ? process.argv[fromAt + 1] : undefined;
  if (from === undefined) {
    console.error('usage: npm run data:fields -- --from GIT_DIR (the git directory of github.com/postlight/parser)');
    process.exit(2);
  }
  const tests = git(from, ['ls-tree', '-r', '--name-only', 'HEAD', 'src/extractors/custom/'])
    .toString('utf8')
    .split('\n')
    .filter((path) => path.endsWith('.test.js'));
  mkdirSync(FIELD_PAGES_DIR, { recursive: true });
  let pages = 0;
  for (const test of tests) {
    for (const { fixture, gold } of testCases(git(from, ['show', `HEAD:${test}`]).toString('utf8'))) {
      if (gold.title === null && gold.author === null && gold.published === null) continue;
      const name = basename(fixture, '.html');
      writeFileSync(join(FIELD_PAGES_DIR, `${name}.html`), restoredMetaContent(decodeBytes(git(from, ['show', `HEAD:${fixture}`]))));
      writeFileSync(join(FIELD_PAGES_DIR, `${name}.json`), `${JSON.stringify(gold, null, 2)}\n`);
      pages++;
    }
  }
  console.log(`fields: ${pages} pages → ${FIELD_PAGES_DIR}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
