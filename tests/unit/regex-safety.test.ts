import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHtml } from '@/scripts/lib/parse-html';

import { SEED_FILE, SEED_URL } from '../fixtures/seed';

/**
 * Every regex in the extension's code may run on text a page chose. One that backtracks quadratically turns a
 * 20,000-character run of spaces or dots into seconds of frozen tab, so each is pumped with
 * such runs, at the longest input its call site can give it, and must answer in 50 ms, or, when a
 * busy machine stretches it past that, show that it grows linearly (a quarter of the input takes
 * about a quarter of the time; a quadratic regex takes a sixteenth) and stay under 500 ms.
 * Collected two ways, so a new regex is covered without touching this file: the literals in
 * the source (parsed with TypeScript), and the `new RegExp(…)` built from language packs,
 * caught while the modules load and while pages in several languages are read.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where page text is read and shown: utils/ does the reading; the views format what it found. */
const SOURCE_DIRS = ['utils', 'components', 'hooks', 'clients', 'services', 'i18n', 'entrypoints'];
const LIMIT_MS = 50;
/** Past LIMIT_MS, a pass must grow no faster than this from a quarter of the input to all of it: linear is 4, quadratic 16. */
const MAX_GROWTH = 8;
/** Linear or not, no pass may take this long: the tab would freeze for it. */
const CEILING_MS = 500;
const DEFAULT_CAP = 20_000;

/** Call sites that cut the text first: the regex never sees more than this. */
const CALL_SITE_CAPS: { file: string; startsWith: string; cap: number; why: string }[] = [
  // TIME_AFTER opens with the packs' year suffixes ("г.", "roku"), TIME_AFTER_CJK with Korean's closing dot.
  { file: 'utils/article/dates/parse-date-text.ts', startsWith: String.raw`^\s*(?:(?:`, cap: 40, why: 'clockAfter reads the 40 characters after a date' },
  { file: 'utils/article/dates/parse-date-text.ts', startsWith: String.raw`^\.?\s*(?:(`, cap: 40, why: 'clockAfter reads the 40 characters after a date' },
  { file: 'utils/article/dates/parse-date-text.ts', startsWith: String.raw`(\d{1,2})\s*(?:(?:[:hH]|`, cap: 40, why: 'clockBefore reads the 40 characters before a date' },
  { file: 'utils/lang/guess-language.ts', startsWith: '[', cap: 2_000, why: 'the guesser reads guessSample(text), the first 2,000 characters' },
];

interface FoundRegex {
  where: string;
  regex: RegExp;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/u.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function regexLiterals(path: string): FoundRegex[] {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, kind);
  const found: FoundRegex[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file);
      const slash = text.lastIndexOf('/');
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      found.push({ where: `${relative(ROOT, path)}:${line}`, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The utils/ line that called `new RegExp` (or `new FoldedPattern`, which builds one for its caller), or null when it was a library's own. */
function utilsCaller(stack: string): string | null {
  for (const line of stack.split('\n').slice(1)) {
    const match = /(\/[^\s()]*\/utils\/[^\s():]+\.ts):(\d+)/u.exec(line);
    if (match?.[1] && !match[1].includes('node_modules') && !match[1].endsWith('/utils/text/case-fold.ts')) return `${relative(ROOT, match[1])}:${match[2] ?? '?'}`;
  }
  return null;
}

/** Pages in several languages, so the regexes built per language pack are built. */
const PAGES = ['cs-aktualne', 'de-heise', 'en-bbc-1', 'es-la-nacion', 'fr-lemonde-1', 'ja-yahoo-4', 'pt-folha', 'vi-vnexpress-de-song-hong', 'zh-qq'];

async function regexesBuiltAtRunTime(): Promise<FoundRegex[]> {
  const found: FoundRegex[] = [];
  const NativeRegExp = RegExp;
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, args: [string | RegExp, string?]) {
      const regex = Reflect.construct(target, args) as RegExp;
      const where = utilsCaller(new Error().stack ?? '');
      if (where) found.push({ where, regex: new NativeRegExp(regex.source, regex.flags) });
      return regex;
    },
  });
  try {
    vi.resetModules();
    const { readPage } = await import('@/utils/read-page');
    const pages = [{ html: readFileSync(SEED_FILE, 'utf8'), url: SEED_URL }];
    for (const name of PAGES) {
      try {
        pages.push({ html: readFileSync(join(ROOT, 'tests/fixtures/pages', name, 'source.html'), 'utf8'), url: `https://example.com/${name}/` });
      } catch {
        // A golden page renamed or removed: the others still build their packs' regexes.
      }
    }
    for (const page of pages) readPage(parseHtml(page.html, page.url), page.url);
  } finally {
    globalThis.RegExp = NativeRegExp;
  }
  return found;
}

/** Runs of what near-misses are made of; each regex also gets runs of its own literal characters. */
const UNITS = [' ', '\u00a0', '\t', '\n', 'a', 'A', '1', '.', ',', ':', '-', '—', '"', "'", '“', '«', '|', 'a ', 'a.', 'A a', 'A. ', '1.', '1 ', '1:', '. ', ', ', 'aA', 'a-', 'ab ', ' - '];
const ENDINGS = ['', '!', '\u0000'];

function pumpsFor(regex: RegExp): string[] {
  const escaped = [...regex.source.matchAll(/\\([^\p{L}\p{N}])/gu)].map((m) => m[1] ?? '');
  const plain = regex.source.replace(/\\[pPu]\{[^}]*\}|\\./gu, '').split('').filter((c) => !'^$()[]{}|?*+'.includes(c));
  const own = [...new Set([...escaped, ...plain])];
  return [...UNITS, ...own, ...own.map((c) => `a${c}`), ...own.map((c) => `${c} `)];
}

function pumped(unit: string, length: number, ending: string): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length - ending.length) + ending;
}

/** The fastest of `tries` passes of `regex` over `input`, as its call sites use it. */
function fastestPass(regex: RegExp, input: string, tries: number, enough: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < tries && best > enough; pass++) {
    const started = performance.now();
    regex.lastIndex = 0;
    if (regex.global || regex.sticky) input.replace(regex, '');
    else regex.exec(input);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * The slowest pass of `regex` over the pumped inputs, and how it grows from a quarter of the
 * input to all of it. A busy machine (a garbage collection, another process) can stretch a pass;
 * a quadratic regex is slow every time, so the fastest of three passes decides, and its growth
 * tells a slow machine (linear, about 4) from backtracking (about 16). npm run test:unit runs this
 * file alone, after the others (test:regex), so the other test files never share its cores.
 */
function slowestPump(regex: RegExp, cap: number): { ms: number; growth: number; input: string } {
  let slowest = { ms: 0, growth: 1, input: '' };
  for (const unit of pumpsFor(regex)) {
    for (const ending of ENDINGS) {
      const input = pumped(unit, cap, ending);
      let ms = fastestPass(regex, input, 3, LIMIT_MS);
      if (ms <= slowest.ms) continue;
      let growth = 1;
      if (ms > LIMIT_MS) {
        // The quarter and the whole again, back to back, so both passes meet the same machine.
        const quarter = fastestPass(regex, pumped(unit, Math.ceil(cap / 4), ending), 3, 0);
        ms = Math.min(ms, fastestPass(regex, input, 3, 0));
        growth = ms / Math.max(quarter, 0.1);
      }
      slowest = { ms, growth, input: `${JSON.stringify(unit)} × ${cap}${ending ? ` + ${JSON.stringify(ending)}` : ''}` };
    }
  }
  return slowest;
}

function capOf(found: FoundRegex): number {
  const file = found.where.replace(/:\d+$/u, '');
  return CALL_SITE_CAPS.find((entry) => entry.file === file && found.regex.source.startsWith(entry.startsWith))?.cap ?? DEFAULT_CAP;
}

describe('no regex that reads page text backtracks its way into a frozen tab', () => {
  let all: FoundRegex[] = [];

  beforeAll(async () => {
    const literals = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap(regexLiterals);
    const built = await regexesBuiltAtRunTime();
    const seen = new Set<string>();
    all = [...literals, ...built].filter(({ regex }) => {
      const key = `${regex.source}/${regex.flags}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }, 120_000);

  afterAll(() => {
    vi.resetModules();
  });

  it('finds the literals and the regexes built from language packs', () => {
    expect(all.length).toBeGreaterThan(200);
    // Built at run time from the packs: HONORIFICS and NAME_SEPARATOR.
    expect(all.some(({ where, regex }) => where.startsWith('utils/outline/speakers.ts') && regex.source.includes('ông'))).toBe(true);
    expect(all.some(({ where, regex }) => where.startsWith('utils/article/byline-names.ts') && regex.source.includes('und'))).toBe(true);
  });

  it('applies every call site\'s cap to a regex it finds: a cap whose regex changed would test nothing', () => {
    for (const entry of CALL_SITE_CAPS) {
      expect(all.some((found) => found.where.replace(/:\d+$/u, '') === entry.file && found.regex.source.startsWith(entry.startsWith)), entry.startsWith).toBe(true);
    }
  });

  it(`answers every pumped input in under ${LIMIT_MS} ms at its call site's longest input, or linearly under ${CEILING_MS} ms`, () => {
    const measured = all.map((found) => ({ where: found.where, regex: String(found.regex).slice(0, 120), ...slowestPump(found.regex, capOf(found)) }));
    for (const { where, ms, growth, input } of measured.filter(({ ms }) => ms >= LIMIT_MS)) console.log(`[regex] ${where}: ${Math.round(ms)} ms on ${input}, ×${growth.toFixed(1)} from a quarter of it`);
    const slow = measured
      .filter(({ ms, growth }) => ms >= LIMIT_MS && (growth > MAX_GROWTH || ms >= CEILING_MS))
      .map(({ ms, growth, ...rest }) => ({ ...rest, ms: Math.round(ms), growth: Math.round(growth * 10) / 10 }));
    expect(slow).toEqual([]);
  }, 300_000);
});
