/**
 * npm run bench:browser -- [--pages DIR] [--browser chromium|firefox] [--rounds N] [--opens N] [--control] [--verbose]
 *
 * Lede in real browsers (the e2e build: `npm run build:e2e` first), on saved pages: the golden
 * pages by default (the seed page among them, as vi-dongda-portal), or every page in DIR (`*.html`
 * files and golden-page folders). Each is opened at its own address (url.txt, see
 * scripts/lib/served-address.ts), served by the loopback test server acting as the browser's
 * proxy, since what a page gives depends on where it is. The build grants the golden pages'
 * top-level domains (wxt.config.ts): a folder's page elsewhere cannot be read. Per browser, one line:
 *   BROWSER click-to-title median X p95 Y | page blocked median X p95 Y | extraction median X p95 Y | readability median X p95 Y | ratio median X p95 Y
 * (ms) — click-to-title: the popup's first answer (its headline, or the notice in its place) on
 * screen, from the popup's own navigation start (a performance mark, the same in both browsers;
 * in Chromium the popup is opened by a real toolbar click over the article's tab, and the time
 * from that click follows on a line of its own; in Firefox the same toolbar panel is opened by
 * browserAction.openPopup() and the line gives the time from that call; with --opens N, the median of N opens per page); page blocked:
 * the longest gap in the page's own event loop while Lede's script ran; extraction: Lede's
 * in-page work; readability: plain `new Readability(document.cloneNode(true)).parse()` injected
 * the same way, in the same pages, interleaved, with the page's heartbeat running as it runs
 * during Lede's read (a message every turn of the page's event loop keeps its thread busy: both
 * reads are timed in the same conditions); ratio: extraction ÷ readability per page. Every read,
 * Lede's, plain Readability's and the popup's, is made on the page freshly loaded in a tab of
 * its own, as a reader's click is the first script to read the page (readFresh).
 * After it, one line of the popup's segments (scripts/lib/popup-segments.ts): median and p95 over
 * the pages of each, from the page asked to the whole read on screen.
 * `--control` reads each page with plain Readability once more per round, last, and prints the ratio of
 * plain Readability to itself: what the machine's noise alone makes of the ratio, its floor.
 */
import { listPagesIn } from './lib/page-folder';
import { median, percentile } from './lib/stats';
import { chromiumBench, firefoxBench, type BenchBrowser, type ClickToTitle, type LedeRead } from './lib/browser-bench-tabs';
import { startTestServer, type GeneratedPages } from '../tests/e2e/support/test-server';
import { GOLDEN_DIR } from './lib/golden-pages';
import { atOwnAddress, type AddressedPage } from './lib/served-address';
import { POPUP_SEGMENTS, segmentsOf } from './lib/popup-segments';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

interface PageFigures {
  /** The page's name (pages may share an address). */
  path: string;
  clickToTitle: number;
  /** The same open from the toolbar click (Chromium) or as the harness saw it (Firefox): see ClickToTitle. */
  clickSeen: number;
  blocked: number;
  extraction: number;
  readability: number;
  /** Plain Readability's second read per round (`--control`), NaN without it. */
  control: number;
  /** Median per step of Lede's in-page work (LiveSteps). */
  steps: Record<string, number>;
  /** The popup's read marks, ms from its navigation start (READ_MARKS), median of the opens. */
  marks: Record<string, number>;
  /** The popup's segments (POPUP_SEGMENTS), each taken within one open, median of the opens. */
  segments: Record<string, number>;
}

const LAUNCHER = '/launcher.html';
/** Firefox opens the extension pages from a loopback page (tests/e2e/support/firefox.ts). */
const LAUNCHER_PAGE: GeneratedPages = { [LAUNCHER]: () => '<!DOCTYPE html><title>launcher</title><p>Lede bench</p>' };

/**
 * Each read on the page freshly loaded in a new tab, as a reader's click is the first script that reads it.
 * The first script to read a page pays more than any after it, whichever it is, even after the
 * page has sat idle, so a read after the other one ran in the same page is timed warm: with one
 * round, Lede always first, the ratio read 2.2 at the median against 1.2 with three (this bench
 * at 60e9aca, --rounds 1 and --rounds 3).
 */
async function readFresh<T>(browser: BenchBrowser, url: string, read: () => Promise<T>): Promise<T> {
  await browser.open(url);
  return read();
}

async function benchPage(browser: BenchBrowser, url: string, rounds: number, opens: number, control: boolean): Promise<Omit<PageFigures, 'path'>> {
  const lede: LedeRead[] = [];
  const plain: number[] = [];
  const again: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first too: the browser may keep compiled code of a script between loads of a page.
    if (round % 2 === 0) {
      lede.push(await readFresh(browser, url, () => browser.readLede()));
      plain.push(await readFresh(browser, url, () => browser.readPlain()));
    } else {
      plain.push(await readFresh(browser, url, () => browser.readPlain()));
      lede.push(await readFresh(browser, url, () => browser.readLede()));
    }
    if (control) again.push(await readFresh(browser, url, () => browser.readPlain()));
  }
  const clicks: ClickToTitle[] = [];
  // The popup as a reader opens it, on the page freshly loaded: its read is the first there too.
  for (let open = 0; open < opens; open++) clicks.push(await readFresh(browser, url, () => browser.clickToTitle(url)));
  return {
    clickToTitle: median(clicks.map((click) => click.fromOpen)),
    clickSeen: median(clicks.map((click) => click.seen)),
    blocked: median(lede.map((r) => r.blocked)),
    extraction: median(lede.map((r) => r.inPage)),
    readability: median(plain),
    control: control ? median(again) : Number.NaN,
    steps: medianSteps(lede.map((r) => r.steps)),
    marks: medianSteps(clicks.map((click) => click.marks)),
    segments: medianSteps(clicks.map((click) => segmentsOf(click.marks))),
  };
}

/**
 * Per step or mark, the median over the pages that have it: a page answered with a notice ("not
 * an article") shows no title, and one missing mark made the whole column NaN.
 */
function medianSteps(reads: Record<string, number>[]): Record<string, number> {
  const names = [...new Set(reads.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(names.map((name) => [name, median(reads.map((r) => r[name] ?? Number.NaN).filter(Number.isFinite))]));
}

const listed = (values: Record<string, number>): string =>
  Object.entries(values)
    .map(([name, ms]) => `${name.replace(/^lede:/u, '')} ${ms.toFixed(1)}`)
    .join(', ');

/** Per page: the figures, the in-page steps (median of the rounds) and the popup's marks — where a slow page spends its time. */
function pageLine(name: string, r: PageFigures): string {
  const ratio = r.extraction / r.readability;
  return `${name} ${r.path} click ${r.clickToTitle.toFixed(0)} (seen ${r.clickSeen.toFixed(0)}) blocked ${r.blocked.toFixed(1)} extraction ${r.extraction.toFixed(1)} readability ${r.readability.toFixed(1)} ratio ${ratio.toFixed(2)}\n  in page: ${listed(r.steps)}\n  popup: ${listed(r.marks)}`;
}

/** Every page's steps and marks summed up: where the time goes over the whole set. */
function stepsSummary(name: string, rows: PageFigures[]): string {
  const pick = (values: (r: PageFigures) => Record<string, number>): Record<string, number> => medianSteps(rows.map(values));
  return `${name} steps, median over pages — in page: ${listed(pick((r) => r.steps))} | popup: ${listed(pick((r) => r.marks))}`;
}

const pair = (values: number[]): string => `median ${median(values).toFixed(1)} p95 ${percentile(values, 95).toFixed(1)}`;

function summary(name: string, rows: PageFigures[]): string {
  const ratios = rows.map((r) => r.extraction / r.readability);
  return `${name} click-to-title ${pair(rows.map((r) => r.clickToTitle))} | page blocked ${pair(rows.map((r) => r.blocked))} | extraction ${pair(rows.map((r) => r.extraction))} | readability ${pair(rows.map((r) => r.readability))} | ratio ${pair(ratios)}`;
}

/** Each popup segment's median and p95 over the pages that have it: where the click-to-title and the whole read go. */
function segmentsLine(name: string, rows: PageFigures[]): string {
  const parts = Object.keys(POPUP_SEGMENTS).map((segment) => {
    const values = rows.map((r) => r.segments[segment] ?? Number.NaN).filter(Number.isFinite);
    return `${segment} ${pair(values)}`;
  });
  return `${name} popup segments (ms, per page the median of its opens) — ${parts.join(' | ')}`;
}

/** Plain Readability's second read against its first, per page: the ratio noise alone gives. */
const controlLine = (name: string, rows: PageFigures[]): string => `${name} control (plain Readability ÷ itself) ratio ${pair(rows.map((r) => r.control / r.readability))}`;

async function main(): Promise<void> {
  const folder = option('pages', '');
  const only = option('browser', '');
  const rounds = Number(option('rounds', '3'));
  // The popup opened this many times per page, its median kept: one open varies by tens of ms on a busy machine.
  const opens = Number(option('opens', '1'));
  const control = process.argv.includes('--control');
  const pages: AddressedPage[] = listPagesIn(folder === '' ? GOLDEN_DIR : folder).map(atOwnAddress);
  const server = await startTestServer(LAUNCHER_PAGE);
  const lines: string[] = [];
  try {
    for (const name of ['chromium', 'firefox'] as const) {
      if (only !== '' && only !== name) continue;
      const browser = name === 'chromium' ? await chromiumBench(server.origin) : await firefoxBench(server.url(LAUNCHER), server.origin);
      const rows: PageFigures[] = [];
      try {
        for (const page of pages) {
          process.stderr.write(`\r${name} ${rows.length + 1}/${pages.length} ${page.name.slice(0, 60).padEnd(60)}`);
          // Pages may share an address (fakehost): each is served there just before it is opened.
          server.serveAt(page.address, page.html);
          rows.push({ path: page.name, ...(await benchPage(browser, page.address, rounds, opens, control)) });
        }
      } finally {
        await browser.close();
      }
      process.stderr.write('\n');
      if (process.argv.includes('--verbose')) {
        for (const r of rows) console.log(pageLine(name, r));
        console.log(stepsSummary(name, rows));
      }
      lines.push(summary(name, rows));
      console.log(lines.at(-1));
      console.log(`${name} click-to-title ${name === 'chromium' ? 'from the toolbar click' : 'as the harness saw it'}: ${pair(rows.map((r) => r.clickSeen))}`);
      console.log(segmentsLine(name, rows));
      if (control) console.log(controlLine(name, rows));
    }
  } finally {
    await server.close();
  }
  console.log(`\n${pages.length} pages, ${rounds} rounds each, popup opens per page: ${opens}; goals: click-to-title < 300 ms median and < 600 ms p95, ratio <= 1.25, Firefox within 25 % of Chromium.`);
}

await main();
