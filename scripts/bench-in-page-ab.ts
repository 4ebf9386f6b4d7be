/**
 * npm run bench:ab -- --files A.js,B.js [--browser chromium|firefox] [--rounds N] [--only NAME,NAME] [--pages DIR] [--verbose] [--control] [--fresh]
 *
 * Two (or more) builds of the in-page extractor compared in the same pages, interleaved with
 * plain Readability: on a shared machine two bench runs minutes apart differ more than the
 * builds do. Each file (an `extract.js` of some build, e.g. main's built into another folder)
 * is copied into the e2e builds as `ab-N.js` and injected as the extension injects extract.js;
 * per round the order of the files and plain Readability turns, so none always runs first.
 * Per file, one line: extraction and ratio (÷ plain Readability, per page) median and p95, and
 * the in-page steps' medians; `--verbose` adds a line per page.
 * `--control` adds plain Readability once more as if it were a build: its ratio to itself is
 * what the machine's noise alone makes of the ratio (1.00 on a quiet machine; under load 6-11 on
 * two cores its p95 read 1.12-1.20 in Chromium and 1.66-1.75 in Firefox), the floor a build's p95
 * is read against. "Readings differ" can come from the page: cs-aktualne's own timers change it
 * between two reads, and one build against itself differed there in one run of four.
 * By default a page is loaded once and every read after an unrecorded first one is warm: the
 * script's code compiled, its patterns too. `--fresh` makes each read the first in the page
 * freshly loaded in a new tab, as a reader's click is (and as bench:browser reads): cold code,
 * where a build's cost to compile what it runs shows.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { listPagesIn } from './lib/page-folder';
import { median, percentile } from './lib/stats';
import { GOLDEN_DIR } from './lib/golden-pages';
import { atOwnAddress, type AddressedPage } from './lib/served-address';
import { startTestServer, type GeneratedPages } from '../tests/e2e/support/test-server';
import { launchChromiumWithExtension, tabIdOf } from '../tests/e2e/support/chromium';
import { launchFirefoxWithExtension, navigateToExtensionPage, openSavedPage, pollPage } from '../tests/e2e/support/firefox';
import { CHROME_E2E_BUILD, FIREFOX_E2E_BUILD } from '../tests/e2e/support/builds';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

/** Plain Readability and its timed clone-and-parse in one file (writePlainFile), the script's last value its time. */
const PLAIN_FILE = 'ab-plain.js';
/** The name `--control` lists plain Readability under, among the builds; it reads nothing to compare. */
const CONTROL = 'control (plain Readability)';
const NAME_HELPER = 'globalThis.__name = (fn) => fn';
const LAUNCHER = '/launcher.html';
const LAUNCHER_PAGE: GeneratedPages = { [LAUNCHER]: () => '<!DOCTYPE html><title>launcher</title><p>Lede A/B bench</p>' };

interface Read {
  ms: number;
  steps: Record<string, number>;
}

/** Injects a file, or plain Readability's clone-and-parse after its file, and returns its result. */
type Inject = (file: string | null) => Promise<unknown>;

interface AbBrowser {
  /** Loads the page; with `fresh`, in a new tab (the old one closed), so nothing of an earlier read is warm. */
  open(url: string, fresh?: boolean): Promise<void>;
  inject: Inject;
  close(): Promise<void>;
}

/** Plain Readability timed as the browser bench times it (clone and parse); a file, since an MV3 worker may not eval. */
function writePlainFile(build: string): void {
  const library = readFileSync(join(build, 'test-plain-readability.js'), 'utf8');
  const timed = '(() => { const t0 = performance.now(); new Readability(document.cloneNode(true)).parse(); return performance.now() - t0; })();';
  writeFileSync(join(build, PLAIN_FILE), `${library}\n;${timed}\n`);
}

async function chromiumAb(proxy: string): Promise<AbBrowser> {
  const chromium = await launchChromiumWithExtension(CHROME_E2E_BUILD, { proxy });
  let page = await chromium.context.newPage();
  const worker: Worker = chromium.worker;
  await worker.evaluate(NAME_HELPER);
  let tabId = 0;
  return {
    async open(url, fresh) {
      if (fresh) {
        const old = page;
        page = await chromium.context.newPage();
        await old.close();
      }
      await page.goto(url, { waitUntil: 'load' });
      tabId = await tabIdOf(page, worker);
    },
    inject: (file) =>
      worker.evaluate(
        async ({ tabId, file }) => {
          const scripting = (globalThis as unknown as { chrome: { scripting: { executeScript(d: unknown): Promise<{ result?: unknown }[]> } } }).chrome.scripting;
          const target = { tabId };
          return (await scripting.executeScript({ target, files: [file], world: 'ISOLATED' }))[0]?.result ?? null;
        },
        { tabId, file: file ?? PLAIN_FILE },
      ),
    close: () => chromium.close(),
  };
}

async function firefoxAb(launcherUrl: string, proxy: string): Promise<AbBrowser> {
  const firefox = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD, { fineTimers: true, proxy });
  let page = await firefox.browser.newPage();
  const driver = await firefox.browser.newPage();
  await driver.goto(launcherUrl);
  await navigateToExtensionPage(driver, 'library.html');
  await pollPage(driver, () => (location.protocol === 'moz-extension:' ? true : null), null, 'library page as driver');
  await driver.evaluate(NAME_HELPER);
  let articleUrl = '';
  return {
    async open(url, fresh) {
      articleUrl = url;
      if (fresh) {
        const old = page;
        page = await firefox.browser.newPage();
        await old.close();
      }
      await openSavedPage(page, url);
    },
    inject: (file) =>
      driver.evaluate(
        async (url: string, file: string) => {
          const api = (globalThis as unknown as { browser: { tabs: { query(i: object): Promise<{ id?: number; url?: string }[]> }; scripting: { executeScript(d: unknown): Promise<{ result?: unknown }[]> } } }).browser;
          const tab = (await api.tabs.query({})).find((t) => t.url === url);
          if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
          const target = { tabId: tab.id };
          return (await api.scripting.executeScript({ target, files: [`/${file}`] }))[0]?.result ?? null;
        },
        articleUrl,
        file ?? PLAIN_FILE,
      ),
    close: () => firefox.close(),
  };
}

function asRead(result: unknown): Read {
  if (typeof result === 'number') return { ms: result, steps: {} };
  const r = result as { ms?: number; steps?: Record<string, number> } | null;
  return { ms: r?.ms ?? Number.NaN, steps: r?.steps ?? {} };
}

/** What a build read, without its timings: equal strings for equal readings. */
function readingOf(result: unknown): string {
  const r = result as { reading?: unknown; ok?: boolean; reason?: string } | null;
  return JSON.stringify(r?.reading ?? r?.reason ?? null);
}

const pair = (values: number[]): string => `median ${median(values).toFixed(2)} p95 ${percentile(values, 95).toFixed(2)}`;

function medianSteps(reads: Record<string, number>[]): string {
  const names = [...new Set(reads.flatMap((r) => Object.keys(r)))];
  return names.map((name) => `${name} ${median(reads.map((r) => r[name] ?? Number.NaN)).toFixed(2)}`).join(', ');
}

/**
 * Each run's reads of one page, the runs' order turned each round; and each run's first result,
 * to compare what the builds read. Warm: one unrecorded read each first, on the page loaded once
 * (the first injection in a page compiles the script). Fresh: every read on the page loaded anew
 * in a new tab, the first round's results compared.
 */
async function readPage(browser: AbBrowser, address: string, runs: (string | null)[], rounds: number, fresh: boolean): Promise<{ reads: Read[][]; firsts: unknown[] }> {
  const reads: Read[][] = runs.map(() => []);
  const firsts: unknown[] = runs.map(() => null);
  if (!fresh) {
    await browser.open(address);
    for (const [k, file] of runs.entries()) firsts[k] = await browser.inject(file);
  }
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < runs.length; k++) {
      const at = (k + round) % runs.length;
      if (fresh) await browser.open(address, true);
      const result = await browser.inject(runs[at] ?? null);
      if (fresh && round === 0) firsts[at] = result;
      reads[at]?.push(asRead(result));
    }
  }
  return { reads, firsts };
}

async function benchBrowser(name: 'chromium' | 'firefox', browser: AbBrowser, pages: AddressedPage[], files: string[], rounds: number, fresh: boolean, serveAt: (address: string, html: string) => void): Promise<void> {
  // Per file (index), per page: medians of the rounds; the last slot is plain Readability.
  const runs: (string | null)[] = [...files.map((_, i) => `ab-${i}.js`), null];
  const perPage: { ms: number[]; steps: Record<string, number>[] }[] = runs.map(() => ({ ms: [], steps: [] }));
  const verbose = process.argv.includes('--verbose');
  const differing: string[] = [];
  for (const [n, page] of pages.entries()) {
    process.stderr.write(`\r${name} ${n + 1}/${pages.length} ${page.name.slice(0, 50).padEnd(50)}`);
    serveAt(page.address, page.html);
    const { reads, firsts } = await readPage(browser, page.address, runs, rounds, fresh);
    const readings = firsts.slice(0, files.filter((f) => f !== CONTROL).length).map(readingOf);
    if (readings.some((r) => r !== readings[0])) differing.push(page.name);
    const medians = reads.map((r) => median(r.map((x) => x.ms)));
    reads.forEach((r, i) => {
      perPage[i]?.ms.push(medians[i] ?? Number.NaN);
      perPage[i]?.steps.push(Object.fromEntries(Object.keys(r[0]?.steps ?? {}).map((s) => [s, median(r.map((x) => x.steps[s] ?? Number.NaN))])));
    });
    if (verbose) {
      const line = files.map((_, i) => `${i}: ${medians[i]?.toFixed(2)} (${((medians[i] ?? 0) / (medians.at(-1) ?? 1)).toFixed(2)}) [${medianSteps(reads[i]?.map((r) => r.steps) ?? [])}]`);
      process.stdout.write(`${name} ${page.name} plain ${medians.at(-1)?.toFixed(2)} | ${line.join(' | ')}\n`);
    }
  }
  process.stderr.write('\n');
  const plain = perPage.at(-1)?.ms ?? [];
  console.log(`${name}: the builds' readings differ on ${differing.length} page(s)${differing.length > 0 ? `: ${differing.join(', ')}` : ''}`);
  console.log(`${name} plain readability ${pair(plain)}`);
  files.forEach((file, i) => {
    const ms = perPage[i]?.ms ?? [];
    const ratios = ms.map((x, p) => x / (plain[p] ?? Number.NaN));
    console.log(`${name} ${i} ${file}: extraction ${pair(ms)} | ratio ${pair(ratios)} | steps ${medianSteps(perPage[i]?.steps ?? [])}`);
  });
}

async function main(): Promise<void> {
  const files = option('files', '').split(',').filter((f) => f !== '');
  if (files.length === 0) throw new Error('--files A.js,B.js: the extract.js builds to compare');
  const control = process.argv.includes('--control');
  const fresh = process.argv.includes('--fresh');
  const only = option('only', '').split(',').filter((s) => s !== '');
  const which = option('browser', '');
  const rounds = Number(option('rounds', '5'));
  for (const build of [CHROME_E2E_BUILD, FIREFOX_E2E_BUILD]) {
    files.forEach((file, i) => copyFileSync(file, join(build, `ab-${i}.js`)));
    writePlainFile(build);
    // The control: plain Readability's own file under a build's name, read and timed as a build is.
    if (control) copyFileSync(join(build, PLAIN_FILE), join(build, `ab-${files.length}.js`));
  }
  if (control) files.push(CONTROL);
  const pages = listPagesIn(option('pages', GOLDEN_DIR))
    .map(atOwnAddress)
    .filter((p) => only.length === 0 || only.some((s) => p.name.includes(s)));
  const server = await startTestServer(LAUNCHER_PAGE);
  try {
    for (const name of ['chromium', 'firefox'] as const) {
      if (which !== '' && which !== name) continue;
      const browser = name === 'chromium' ? await chromiumAb(server.origin) : await firefoxAb(server.url(LAUNCHER), server.origin);
      try {
        await benchBrowser(name, browser, pages, files, rounds, fresh, (a, h) => server.serveAt(a, h));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  console.log(`${pages.length} pages, ${rounds} rounds each, ${fresh ? 'each read in a fresh tab (cold)' : 'warm reads after a first one per page'}`);
}

await main();
