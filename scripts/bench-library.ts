/**
 * The library with 10,000 saved outlines, in fake-indexeddb under Node: time to open
 * (first page of 50, newest first, plus the filter lists), to search (median and p95
 * over 20 queries, "dang uy" among them) and to save. Run alone with
 * `npx tsx scripts/bench-library.ts [--count N]`, or call benchLibrary() from bench-speed.ts.
 *
 * fake-indexeddb keeps everything in memory: no disk, but also no native code. Treat the
 * numbers as the cost of our queries, not as a promise for every browser.
 */
import 'fake-indexeddb/auto';
import { pathToFileURL } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { openLibrary, type LibraryDatabase } from '../utils/library/db';
import { putRecords } from '../utils/library/put-records';
import { saveOutline } from '../utils/library/save';
import { findOutlines, libraryFacets } from '../utils/library/search';
import { generatedArticle, generatedRecords } from './lib/generate-library';
import { median, percentile } from './lib/stats';

export const LIBRARY_BUDGETS = { openMs: 500, searchMs: 100, saveMs: 50 } as const;

/**
 * Twenty queries: "dang uy" and its spelling with diacritics, a note, first keystrokes
 * (short prefixes match the most tokens), a miss, and words a reader remembers from
 * titles of generated articles in each language (two words, or four CJK characters).
 */
export function benchQueries(count: number): string[] {
  const fromTitles = [3, 8, 14, 21, 26, 33, 40, 45, 52, 57, 64, 70, 75, 81].map((n) => {
    const { title, lang } = generatedArticle((n * 131) % count).article;
    if (lang === 'zh' || lang === 'ja') return [...title].slice(4, 8).join('');
    return title.split(' ').slice(2, 4).join(' ');
  });
  // Last, two phrases (issue 16): the candidates' outlines are read until a page holds the phrase.
  return ['dang uy', 'Đảng ủy', 'doc lai', 'tr', 'ng', 'zzz-not-there', ...fromTitles, '"dang uy"', `"${fromTitles[0] ?? ''}"`];
}

export interface TimingSummary {
  median: number;
  p95: number;
  max: number;
}

export interface LibraryBenchResult {
  count: number;
  fillMs: number;
  openMs: number;
  firstPageMs: number;
  facetsMs: number;
  search: TimingSummary & { perQuery: { query: string; ms: number; cpuMs: number; total: number }[] };
  /** Median CPU milliseconds of the process per search and per save: a check on a busy machine. */
  cpu: { openMs: number; searchMedian: number; saveMedian: number };
  save: TimingSummary;
  update: TimingSummary;
  withinBudget: boolean;
}

function summary(values: number[]): TimingSummary {
  return { median: median(values), p95: percentile(values, 95), max: Math.max(...values) };
}

/** Fills the library in large transactions: generating data is not what is measured. */
async function fill(db: LibraryDatabase, count: number): Promise<void> {
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    const result = await putRecords(db, generatedRecords(start, Math.min(count, start + batch)));
    if (!result.ok) throw new Error(`filling the library failed: ${result.message}`);
  }
}

/** CPU time of this process, next to wall time: on a shared machine the gap is time spent waiting for a core. */
let cpuLog: number[] = [];

async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  cpuLog.push((used.user + used.system) / 1000);
  return [wall, value];
}

function lastCpu(): number {
  return cpuLog.at(-1) ?? Number.NaN;
}

export async function benchLibrary({ count = 10_000, log = (line: string) => console.log(line) } = {}): Promise<LibraryBenchResult> {
  const name = `lede-bench-${Date.now()}`;
  const [fillMs] = await time(async () => {
    const db = await openLibrary(name);
    await fill(db, count);
    db.close();
  });
  log(`filled ${count} outlines in ${(fillMs / 1000).toFixed(1)} s (cpu ${(lastCpu() / 1000).toFixed(1)} s)`);

  // What the reader waits for before the list shows: connect and read the first page.
  // The filter lists are filled in after it (timed below as facetsMs).
  let db: LibraryDatabase | undefined;
  cpuLog = [];
  const [openMs] = await time(async () => {
    db = await openLibrary(name);
    await findOutlines(db, {}, { limit: 50 });
  });
  if (!db) throw new Error('the library did not open');
  const openCpu = lastCpu();
  const library = db;
  const [firstPageMs] = await time(() => findOutlines(library, {}, { limit: 50 }));
  const [facetsMs] = await time(() => libraryFacets(library));

  const perQuery: { query: string; ms: number; cpuMs: number; total: number }[] = [];
  const queries = benchQueries(count);
  for (const query of queries) await findOutlines(library, { text: query }); // warm-up, as a reader's first keystrokes are
  for (const query of queries) {
    const [ms, page] = await time(() => findOutlines(library, { text: query }, { limit: 50 }));
    perQuery.push({ query, ms, cpuMs: lastCpu(), total: page.total });
  }

  const saves: number[] = [];
  const saveCpu: number[] = [];
  const updates: number[] = [];
  for (let i = 0; i < 20; i++) {
    const fresh = generatedArticle(count + i);
    saves.push((await time(() => saveOutline(library, fresh.article, fresh.outline)))[0]);
    saveCpu.push(lastCpu());
    const again = generatedArticle(i * 97);
    updates.push((await time(() => saveOutline(library, again.article, again.outline)))[0]);
  }
  library.close();

  const search = { ...summary(perQuery.map((q) => q.ms)), perQuery };
  const save = summary(saves);
  const update = summary(updates);
  const withinBudget = openMs < LIBRARY_BUDGETS.openMs && search.p95 < LIBRARY_BUDGETS.searchMs && save.p95 < LIBRARY_BUDGETS.saveMs && update.p95 < LIBRARY_BUDGETS.saveMs;
  const cpu = { openMs: openCpu, searchMedian: median(perQuery.map((q) => q.cpuMs)), saveMedian: median(saveCpu) };
  return { count, fillMs, openMs, firstPageMs, facetsMs, search, save, update, cpu, withinBudget };
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;

export function formatLibraryBench(result: LibraryBenchResult): string {
  const lines = [
    `Library, ${result.count} saved outlines (fake-indexeddb, Node)`,
    `  open (connect + first 50, newest first): ${ms(result.openMs)}   budget ${LIBRARY_BUDGETS.openMs} ms`,
    `    first page again ${ms(result.firstPageMs)}, filter lists ${ms(result.facetsMs)}`,
    `  search over ${result.search.perQuery.length} queries: median ${ms(result.search.median)}, p95 ${ms(result.search.p95)}, max ${ms(result.search.max)}   budget ${LIBRARY_BUDGETS.searchMs} ms`,
    ...result.search.perQuery.map((q) => `    ${JSON.stringify(q.query).padEnd(22)} ${ms(q.ms).padStart(9)}  (cpu ${ms(q.cpuMs)})  ${q.total} found`),
    `  save (new URL): median ${ms(result.save.median)}, p95 ${ms(result.save.p95)}   budget ${LIBRARY_BUDGETS.saveMs} ms`,
    `  save (same URL again): median ${ms(result.update.median)}, p95 ${ms(result.update.p95)}`,
    `  CPU time of this process: open ${ms(result.cpu.openMs)}, search median ${ms(result.cpu.searchMedian)}, save median ${ms(result.cpu.saveMedian)}`,
    `  load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${availableParallelism()} cores (wall times above include waiting for a core)`,
    result.withinBudget ? '  all within budget' : '  OVER BUDGET',
  ];
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchLibrary({ count: Number(option('count', '10000')) });
  console.log(formatLibraryBench(result));
  process.exitCode = result.withinBudget ? 0 : 1;
}
