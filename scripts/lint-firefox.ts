/**
 * npm run lint:firefox — `web-ext lint` on the Firefox build. Fails on any error, and on any
 * warning not explained in docs/firefox-lint-warnings.md (code, file, a piece of the library's
 * source near the flagged column, how many, why).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The release build; another directory (relative to the repo) may be given as the first argument. */
const SOURCE_DIR = process.argv[2] ?? '.output/firefox-mv2';
const EXPLANATIONS = 'docs/firefox-lint-warnings.md';
/** How far from the flagged column a row's source marker may sit (minified lines are long). */
const MARKER_REACH = 400;

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

interface Allowance {
  code: string;
  file: RegExp;
  filePattern: string;
  /** Source text that must appear near the flagged column; null for manifest warnings. */
  marker: string | null;
  atMost: number;
  seen: number;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function runWebExtLint(): LintReport {
  const bin = join(ROOT, 'node_modules/.bin/web-ext');
  const run = spawnSync(bin, ['lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--no-config-discovery'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) fail(`could not run web-ext: ${run.error.message}`);
  try {
    return JSON.parse(run.stdout) as LintReport;
  } catch {
    fail(`web-ext lint printed no JSON report (exit ${String(run.status)}):\n${run.stdout}\n${run.stderr}`);
  }
}

function unquote(cell: string): string {
  return cell.trim().replace(/^`(.*)`$/u, '$1');
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob
    .replace(/[.+?^${}()|[\]\\]/gu, '\\$&')
    .replaceAll('**/', '\u0000')
    .replaceAll('*', '[^/]*')
    .replaceAll('\u0000', '(?:.*/)?');
  return new RegExp(`^${escaped}$`, 'u');
}

/** The rows of the table in docs/firefox-lint-warnings.md; a row without a reason is refused. */
function readAllowances(): Allowance[] {
  const rows = readFileSync(join(ROOT, EXPLANATIONS), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| `'));
  return rows.map((row) => {
    const [code = '', file = '', marker = '', atMost = '', reason = ''] = row.split('|').slice(1, -1);
    const count = Number(atMost.trim());
    if (!Number.isInteger(count) || count < 1 || reason.trim().length < 20) {
      fail(`${EXPLANATIONS}: this row needs a count and a reason:\n${row}`);
    }
    return {
      code: unquote(code),
      file: globToRegExp(unquote(file)),
      filePattern: unquote(file),
      marker: marker.trim() === '—' ? null : unquote(marker),
      atMost: count,
      seen: 0,
    };
  });
}

const sources = new Map<string, string[]>();

/** The built source around the flagged column, where a library's own code can be recognised. */
function sourceNear(message: LintMessage): string {
  if (!message.file || message.line === undefined) return '';
  let lines = sources.get(message.file);
  if (!lines) {
    lines = readFileSync(join(ROOT, SOURCE_DIR, message.file), 'utf8').split('\n');
    sources.set(message.file, lines);
  }
  const line = lines[message.line - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - MARKER_REACH), column + MARKER_REACH);
}

function explains(allowance: Allowance, warning: LintMessage): boolean {
  if (allowance.code !== warning.code || !allowance.file.test(warning.file ?? '')) return false;
  if (allowance.seen >= allowance.atMost) return false;
  return allowance.marker === null || sourceNear(warning).includes(allowance.marker);
}

function where(message: LintMessage): string {
  return [message.file ?? '(no file)', message.line, message.column].filter((part) => part !== undefined).join(':');
}

function describe(message: LintMessage, detailed: boolean): string {
  const detail = detailed && message.description ? `\n      ${message.description}` : '';
  return `${message.code} at ${where(message)}: ${message.message}${detail}`;
}

function main(): void {
  if (!existsSync(join(ROOT, SOURCE_DIR, 'manifest.json'))) fail(`${SOURCE_DIR} is missing: run \`npm run build\` first.`);
  const report = runWebExtLint();
  const allowances = readAllowances();

  for (const error of report.errors) console.error(`ERROR    ${describe(error, true)}`);
  const unexplained: LintMessage[] = [];
  for (const warning of report.warnings) {
    const allowance = allowances.find((a) => explains(a, warning));
    if (allowance) allowance.seen += 1;
    else unexplained.push(warning);
    console.log(`${allowance ? 'warning  (explained)' : 'WARNING  (not explained)'} ${describe(warning, !allowance)}`);
  }
  for (const notice of report.notices) console.log(`notice   ${describe(notice, false)}`);
  for (const stale of allowances.filter((a) => a.seen === 0)) {
    const marker = stale.marker ? ` near "${stale.marker}"` : '';
    console.log(`note: ${EXPLANATIONS} allows ${stale.code} in ${stale.filePattern}${marker}, which no longer appears; remove the row.`);
  }

  console.log(
    `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} not explained), ${report.notices.length} notices`,
  );
  if (report.errors.length > 0) fail('Firefox lint failed: errors above.');
  if (unexplained.length > 0) fail(`Firefox lint failed: explain or fix the warnings marked "not explained" (see ${EXPLANATIONS}).`);
}

main();
