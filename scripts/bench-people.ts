/**
 * The People view at library scale: 10,000 saved outlines from the library bench's generator,
 * each given seven more quotes by a cast of 3,000 recurring people (Vietnamese names spelt
 * with and without diacritics, roles or none), about 100,000 quotes in all. Times:
 * - open: reading the people's summaries from the stored index (fake-indexeddb under Node),
 *   as the view does when it opens (budget 500 ms);
 * - build: the in-memory part alone, median of 5;
 * - search: 20 speaker searches typed without diacritics, median and p95 (budget 100 ms).
 * Run `npx tsx scripts/bench-people.ts [--count N] [--no-store]`; exits 1 over budget.
 */
import 'fake-indexeddb/auto';
import { pathToFileURL } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import type { Quote } from '../utils/outline/types';
import type { SavedOutline } from '../utils/library/schema';
import { openLibrary } from '../utils/library/db';
import { putRecords } from '../utils/library/put-records';
import { peopleOf, searchPeople, type PeopleSource } from '../utils/library/people';
import { readPeople } from '../utils/library/people-read';
import { generatedRecords } from './lib/generate-library';
import { median, percentile } from './lib/stats';

export const PEOPLE_BUDGETS = { openMs: 500, searchMs: 100 } as const;

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Ngọc', 'Xuân', 'Công'];
const GIVEN = ['Quang', 'Hà', 'Mai', 'Dũng', 'Hùng', 'Lan', 'Tuấn', 'Hương', 'Sơn', 'Long', 'Thảo', 'Nam', 'Vinh', 'Phúc', 'An', 'Bình', 'Châu', 'Đạt', 'Giang', 'Khánh', 'Linh'];
const ROLES = ['Chủ tịch UBND', 'Giám đốc Sở Y tế', 'Bộ trưởng', 'chuyên gia', 'Phó chủ tịch'];
const CAST = 3000;

function castMember(n: number): { name: string; role: string | null } {
  const name = `${SURNAMES[n % SURNAMES.length]} ${MIDDLE[Math.floor(n / SURNAMES.length) % MIDDLE.length]} ${GIVEN[Math.floor(n / 140) % GIVEN.length]}`;
  return { name, role: n % 3 === 0 ? null : (ROLES[n % ROLES.length] ?? null) };
}

/** The generator's three quotes plus seven by the cast, one in ten of them spelt without diacritics. */
function withCast(record: SavedOutline, index: number): SavedOutline {
  const extra: Quote[] = Array.from({ length: 7 }, (_, i) => {
    const n = (index * 7 + i) * 2_654_435_761 >>> 0;
    const { name, role } = castMember(n % CAST);
    const speaker = n % 10 === 0 ? name.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/gu, 'D') : name;
    return { text: `Trích dẫn ${index}-${i} của ${name} về dự án`, speaker, role, kind: i % 4 === 0 ? 'reported' : 'direct', anchor: { block: 30 + i } };
  });
  return { ...record, outline: { ...record.outline, quotes: [...record.outline.quotes, ...extra] } };
}

/** Records [start, end) of the library bench's generator, each with seven more quotes by the recurring cast. */
export function peopleBenchRecords(start: number, end: number): SavedOutline[] {
  return generatedRecords(start, end).map((record, i) => withCast(record, start + i));
}

/** CPU milliseconds of the last timed run: on a shared machine wall time includes waiting for a core. */
let lastCpu = 0;

function timed<T>(run: () => T): [number, T] {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  lastCpu = (used.user + used.system) / 1000;
  return [wall, value];
}

export const PEOPLE_QUERIES = ['nguyen van quang', 'tran thi', 'le', 'ng', 'pham duc son', 'hoang', 'dang ngoc', 'bui', 'do cong', 'ho xuan', 'ngo minh', 'duong', 'ly thanh', 'quang', 'chu tich', 'giam doc', 'vu quoc', 'phan huu', 'zzz', 'an'];

export interface PeopleBenchResult {
  count: number;
  quotes: number;
  people: number;
  openMs: number | null;
  readMs: number | null;
  buildMs: number;
  buildCpuMs: number;
  search: { median: number; p95: number; perQuery: { query: string; ms: number; found: number }[] };
  withinBudget: boolean;
}

async function openFromStore(count: number): Promise<{ readMs: number; openMs: number }> {
  const db = await openLibrary(`lede-people-bench-${Date.now()}`);
  for (let start = 0; start < count; start += 500) {
    const result = await putRecords(db, peopleBenchRecords(start, Math.min(count, start + 500)));
    if (!result.ok) throw new Error(`filling the library failed: ${result.message}`);
  }
  const start = performance.now();
  await readPeople(db);
  const readMs = performance.now() - start;
  const openMs = readMs;
  db.close();
  return { readMs, openMs };
}

export async function benchPeople({ count = 10_000, store = true } = {}): Promise<PeopleBenchResult> {
  const sources: PeopleSource[] = peopleBenchRecords(0, count).map((record) => ({ article: record, quotes: record.outline.quotes }));
  const quotes = sources.reduce((sum, source) => sum + source.quotes.length, 0);
  const builds: number[] = [];
  const buildCpu: number[] = [];
  let people = peopleOf(sources);
  for (let run = 0; run < 5; run++) {
    const [ms, built] = timed(() => peopleOf(sources));
    builds.push(ms);
    buildCpu.push(lastCpu);
    people = built;
  }
  for (const query of PEOPLE_QUERIES) searchPeople(people, query); // warm-up
  const perQuery = PEOPLE_QUERIES.map((query) => {
    const [ms, found] = timed(() => searchPeople(people, query));
    return { query, ms, found: found.length };
  });
  const times = perQuery.map((q) => q.ms);
  const search = { median: median(times), p95: percentile(times, 95), perQuery };
  const opened = store ? await openFromStore(count) : null;
  const openMs = opened?.openMs ?? null;
  const withinBudget = (openMs ?? median(builds)) < PEOPLE_BUDGETS.openMs && search.p95 < PEOPLE_BUDGETS.searchMs;
  return { count, quotes, people: people.length, openMs, readMs: opened?.readMs ?? null, buildMs: median(builds), buildCpuMs: median(buildCpu), search, withinBudget };
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;

export function formatPeopleBench(result: PeopleBenchResult): string {
  return [
    `People view, ${result.count} saved outlines, ${result.quotes} quotes, ${result.people} people`,
    result.openMs === null ? '  open: not measured (--no-store)' : `  open (read the people's summaries from fake-indexeddb): ${ms(result.openMs)}   budget ${PEOPLE_BUDGETS.openMs} ms`,
    `  build in memory: median ${ms(result.buildMs)} (cpu ${ms(result.buildCpuMs)})`,
    `  speaker search over ${result.search.perQuery.length} queries: median ${ms(result.search.median)}, p95 ${ms(result.search.p95)}   budget ${PEOPLE_BUDGETS.searchMs} ms`,
    ...result.search.perQuery.map((q) => `    ${JSON.stringify(q.query).padEnd(20)} ${ms(q.ms).padStart(9)}  ${q.found} found`),
    `  load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${availableParallelism()} cores`,
    result.withinBudget ? '  all within budget' : '  OVER BUDGET',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--count');
  const result = await benchPeople({ count: at >= 0 ? Number(process.argv[at + 1] ?? '10000') : 10_000, store: !process.argv.includes('--no-store') });
  console.log(formatPeopleBench(result));
  process.exitCode = result.withinBudget ? 0 : 1;
}
