/**
 * Citation export of 1,000 saved articles in each format (CSL-JSON, BibTeX, RIS): the time
 * from records to the file's text, median and worst of 7 runs after a warm-up, then the
 * whole of "Cite all" over a library of that many in fake-indexeddb (reading the list's
 * entries, then writing). The records come from the library bench's generator (Vietnamese,
 * English, Chinese, Japanese). Run `npx tsx scripts/bench-citations.ts [--count N]`;
 * exits 1 over the 1 s budget.
 */
import 'fake-indexeddb/auto';
import { pathToFileURL } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { CITATION_FORMATS, citationFile, type CitationFormat } from '../utils/library/citations/export-citations';
import { readCitableEntries } from '../utils/library/citations/read-entries';
import { openLibrary } from '../utils/library/db';
import { putRecords } from '../utils/library/put-records';
import { generatedRecords } from './lib/generate-library';
import { median } from './lib/stats';

export const CITATION_BUDGET_MS = 1000;
const RUNS = 7;

export interface CitationBenchResult {
  count: number;
  perFormat: { format: CitationFormat; medianMs: number; maxMs: number; bytes: number }[];
  /** "Cite all" as BibTeX from the store: read the entries, write the file; median and worst of 7. */
  fromStore: { medianMs: number; maxMs: number; readMedianMs: number };
  withinBudget: boolean;
}

async function citeAllFromStore(count: number): Promise<CitationBenchResult['fromStore']> {
  const db = await openLibrary(`lede-citations-bench-${Date.now()}`);
  for (let start = 0; start < count; start += 500) {
    const result = await putRecords(db, generatedRecords(start, Math.min(count, start + 500)));
    if (!result.ok) throw new Error(`filling the library failed: ${result.message}`);
  }
  const totals: number[] = [];
  const reads: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const start = performance.now();
    const entries = await readCitableEntries(db);
    const read = performance.now();
    citationFile(entries, 'bibtex', Date.now());
    if (run === 0) continue; // warm-up
    reads.push(read - start);
    totals.push(performance.now() - start);
  }
  db.close();
  return { medianMs: median(totals), maxMs: Math.max(...totals), readMedianMs: median(reads) };
}

export async function benchCitations(count = 1000): Promise<CitationBenchResult> {
  const records = generatedRecords(0, count);
  const perFormat = CITATION_FORMATS.map((format) => {
    citationFile(records, format, Date.now()); // warm-up: regexes of the language packs are built once
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const file = citationFile(records, format, Date.now());
      times.push(performance.now() - start);
      bytes = new TextEncoder().encode(file.text).length;
    }
    return { format, medianMs: median(times), maxMs: Math.max(...times), bytes };
  });
  const fromStore = await citeAllFromStore(count);
  return { count, perFormat, fromStore, withinBudget: perFormat.every((f) => f.maxMs < CITATION_BUDGET_MS) && fromStore.maxMs < CITATION_BUDGET_MS };
}

export function formatCitationBench(result: CitationBenchResult): string {
  return [
    `Citation export, ${result.count} saved articles (Node, ${RUNS} runs after a warm-up)`,
    ...result.perFormat.map((f) => `  ${f.format.padEnd(9)} median ${f.medianMs.toFixed(1)} ms, max ${f.maxMs.toFixed(1)} ms, ${(f.bytes / 1024).toFixed(0)} KB   budget ${CITATION_BUDGET_MS} ms`),
    `  "Cite all" as BibTeX from the store (fake-indexeddb): median ${result.fromStore.medianMs.toFixed(1)} ms (reading the entries ${result.fromStore.readMedianMs.toFixed(1)} ms), max ${result.fromStore.maxMs.toFixed(1)} ms   budget ${CITATION_BUDGET_MS} ms`,
    `  load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${availableParallelism()} cores`,
    result.withinBudget ? '  all within budget' : '  OVER BUDGET',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--count');
  const result = await benchCitations(at >= 0 ? Number(process.argv[at + 1] ?? '1000') : 1000);
  console.log(formatCitationBench(result));
  process.exitCode = result.withinBudget ? 0 : 1;
}
