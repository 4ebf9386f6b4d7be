/**
 * npx tsx scripts/time-first-outline.ts [GOLDEN_PAGE]
 *
 * The first outline in a fresh process, as the popup's first read pays it: the patterns built
 * on first use (per language) and the JIT's first pass count, unlike scripts/time-outline.ts,
 * which warms up first. With a page's name, one line for that page; without, every golden page
 * in a fresh process of its own, then the medians and p95 of the first and second outline.
 * Run it several times: on a shared machine one run says little.
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
  firstMs: number;
  secondMs: number;
}

function timePage(page: string): Timing {
  const url = 'https://example.org/article';
  const extraction = extractArticle(parseHtml(readFileSync(`tests/fixtures/pages/${page}/source.html`, 'utf8'), url), url);
  if (!extraction.ok) throw new Error(`${page}: ${extraction.reason}`);
  let started = performance.now();
  buildOutline(extraction.article, extraction.blocks);
  const firstMs = performance.now() - started;
  started = performance.now();
  buildOutline(extraction.article, extraction.blocks);
  const secondMs = performance.now() - started;
  return { page, lang: extraction.article.lang, firstMs: Math.round(firstMs), secondMs: Math.round(secondMs) };
}

/** Each page in a process of its own, so none inherits the patterns another page compiled. */
function timeEveryPage(): void {
  const timings: Timing[] = [];
  for (const { name } of listGoldenPages()) {
    try {
      const line = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, name], { encoding: 'utf8' });
      const timing = JSON.parse(line.trim().split('\n').pop() ?? '') as Timing;
      timings.push(timing);
      console.log(JSON.stringify(timing));
    } catch {
      // Not an article (a section front, a list): it has no outline to time.
    }
  }
  const first = timings.map((t) => t.firstMs);
  const second = timings.map((t) => t.secondMs);
  console.log(`${timings.length} pages | first outline median ${median(first)} p95 ${percentile(first, 95)} | second median ${median(second)} p95 ${percentile(second, 95)} (ms)`);
}

const page = process.argv[2];
if (page) console.log(JSON.stringify(timePage(page)));
else timeEveryPage();
