/**
 * Loaded with `node --import` into a child process whose peak memory a bench wants
 * (scripts/lib/batch-memory.ts): at exit it writes the figures as JSON to the file named
 * by LEDE_PEAK_MEMORY_FILE. The CLI's batch loop is synchronous, so a timer would never
 * fire; the heap is sampled each time a line goes to stdout, i.e. after every page.
 */
import { writeFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';

export interface PeakMemory {
  /** Kilobytes, from the kernel: the figure that decides whether the process is killed. */
  maxRssKb: number;
  /** Bytes, the largest V8 heap in use after a page. */
  peakHeapUsed: number;
  /** Bytes, the largest V8 heap reserved after a page. */
  peakHeapTotal: number;
  lines: number;
}

const reportFile = process.env.LEDE_PEAK_MEMORY_FILE;
if (reportFile) {
  const peak: PeakMemory = { maxRssKb: 0, peakHeapUsed: 0, peakHeapTotal: 0, lines: 0 };
  const write = process.stdout.write.bind(process.stdout) as (...args: unknown[]) => boolean;
  process.stdout.write = ((...args: unknown[]) => {
    const heap = getHeapStatistics();
    peak.peakHeapUsed = Math.max(peak.peakHeapUsed, heap.used_heap_size);
    peak.peakHeapTotal = Math.max(peak.peakHeapTotal, heap.total_heap_size);
    peak.lines++;
    return write(...args);
  }) as typeof process.stdout.write;
  process.on('exit', () => {
    peak.maxRssKb = process.resourceUsage().maxRSS;
    writeFileSync(reportFile, JSON.stringify(peak));
  });
}
