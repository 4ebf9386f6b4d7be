import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { writeBatchManifest, type BatchManifest } from './batch-manifest';
import type { PeakMemory } from './report-peak-memory';

const ROOT = resolve(import.meta.dirname, '../..');
const PRELOAD = pathToFileURL(join(import.meta.dirname, 'report-peak-memory.ts')).href;

export interface BatchMemoryResult {
  manifest: BatchManifest;
  /** null when the child died before it could write its figures (e.g. out of heap). */
  peak: PeakMemory | null;
  reports: number;
  okReports: number;
  exitCode: number | null;
  signal: string | null;
  seconds: number;
}

/**
 * Runs `npm run -s outline -- --manifest` on `count` pages in a child process, so the peak
 * is the CLI's own and not the bench's, and reads the child's peak memory back.
 */
export async function benchBatchMemory(count: number): Promise<BatchMemoryResult> {
  const dir = mkdtempSync(join(tmpdir(), 'lede-batch-'));
  try {
    const manifest = writeBatchManifest(dir, count);
    const reportFile = join(dir, 'peak-memory.json');
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', PRELOAD, 'scripts/outline.ts', '--manifest', manifest.path], {
      cwd: ROOT,
      env: { ...process.env, LEDE_PEAK_MEMORY_FILE: reportFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let reports = 0;
    let okReports = 0;
    for await (const line of createInterface({ input: child.stdout })) {
      reports++;
      if (line.startsWith('{"file":') && line.includes('"ok":true,')) okReports++;
    }
    const [exitCode, signal] = await new Promise<[number | null, string | null]>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) done([child.exitCode, child.signalCode]);
      else child.once('exit', (code, sig) => done([code, sig]));
    });
    const seconds = (performance.now() - start) / 1000;
    const peak = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as PeakMemory) : null;
    return { manifest, peak, reports, okReports, exitCode, signal, seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const MB = 1024 * 1024;
export const BATCH_MEMORY_GOAL_MB = 500;

export function formatBatchMemory(result: BatchMemoryResult): string {
  const { manifest, peak } = result;
  const pages = `${manifest.corpusPages + manifest.generatedPages} pages (${manifest.corpusPages} corpus, ${manifest.generatedPages} generated long articles)`;
  const lines = [`CLI batch (npm run -s outline -- --manifest) on ${pages}, in a child process:`];
  lines.push(`${result.reports} lines, ${result.okReports} ok, ${result.seconds.toFixed(1)} s, exit ${result.signal ?? result.exitCode}`);
  if (!peak) {
    lines.push('peak memory: unknown (the CLI died before reporting it)');
    lines.push(`goal: max RSS <= ${BATCH_MEMORY_GOAL_MB} MB -> NOT met`);
    return lines.join('\n');
  }
  const rssMb = peak.maxRssKb / 1024;
  lines.push(`peak memory            max RSS ${rssMb.toFixed(0)} MB   heap used ${(peak.peakHeapUsed / MB).toFixed(0)} MB   heap total ${(peak.peakHeapTotal / MB).toFixed(0)} MB (heap sampled after each page)`);
  lines.push(`goal: max RSS <= ${BATCH_MEMORY_GOAL_MB} MB -> ${rssMb <= BATCH_MEMORY_GOAL_MB && result.exitCode === 0 ? 'met' : 'NOT met'}`);
  return lines.join('\n');
}
