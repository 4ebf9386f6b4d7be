/**
 * npx tsx scripts/time-first-read.ts [GOLDEN_PAGE]
 *
 * The first read in a fresh process, as the popup pays it on every open: the patterns compiled
 * on first use and the JIT's first pass count, unlike scripts/time-outline.ts, which warms up
 * first. Times the extraction (page to article) and the outline, each the first time and again.
 * The first extraction also pays the DOM library's own first pass (jsdom here, the browser's
 * DOM in the extension), so its gap to the second is an upper bound on Lede's own cold cost.
 * With a page's name, one line for that page; without, every golden page in a fresh process of
 * its own, then the medians and p95. Run it several times: on a shared machine one run says little.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../utils/article/extract-article';
import { buildOutline } from '../utils/outline/build-outline';
import { listGoldenPages } from './lib/golden-pages';
import { parseHtml } from './lib/parse-html';
import { median, percentile } from './lib/stats';

interface Timing {
  page: string;
  lang: string | null;
  extractFirstMs: number;
  extractSecondMs: number;
  outlineFirstMs: number;
  outlineSecondMs: number;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: Math.round(performance.now() - started) };
}

/** A page that is no article (a section front, a list) has no outline to time: it is named and left out. */
interface Skipped {
  page: string;
  skipped: string;
}

function timePage(page: string): Timing | Skipped {
  const url = 'https://example.org/article';
  const html = readFileSync(`tests/fixtures/pages/${page}/source.html`, 'utf8');
  // Parsed before the clock starts: the parse is the browser's in the extension, not Lede's.
  const firstDoc = parseHtml(html, url);
  const secondDoc = parseHtml(html, url);
  const first = timed(() => extractArticle(firstDoc, url));
  const second = timed(() => extractArticle(secondDoc, url));
  const extraction = first.value;
  if (!extraction.ok) return { page, skipped: extraction.reason };
  const outlineFirst = timed(() => buildOutline(extraction.article, extraction.blocks));
  const outlineSecond = timed(() => buildOutline(extraction.article, extraction.blocks));
  return { page, lang: extraction.article.lang, extractFirstMs: first.ms, extractSecondMs: second.ms, outlineFirstMs: outlineFirst.ms, outlineSecondMs: outlineSecond.ms };
}

/** Each page in a process of its own, so none inherits the patterns another page compiled. */
function timeEveryPage(): void {
  const timings: Timing[] = [];
  for (const { name } of listGoldenPages()) {
    // A page that fails is a failure of the bench: execFileSync throws, and the run stops there.
    const line = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, name], { encoding: 'utf8' });
    const result = JSON.parse(line.trim().split('\n').pop() ?? '') as Timing | Skipped;
    console.log(JSON.stringify(result));
    if (!('skipped' in result)) timings.push(result);
  }
  const line = (label: string, first: number[], second: number[]): string =>
    `${label} first median ${median(first)} p95 ${percentile(first, 95)} (again median ${median(second)} p95 ${percentile(second, 95)})`;
  const extract = line('extraction', timings.map((t) => t.extractFirstMs), timings.map((t) => t.extractSecondMs));
  const outline = line('outline', timings.map((t) => t.outlineFirstMs), timings.map((t) => t.outlineSecondMs));
  console.log(`${timings.length} pages | ${extract} | ${outline} (ms)`);
}

const page = process.argv[2];
if (page) console.log(JSON.stringify(timePage(page)));
else timeEveryPage();
