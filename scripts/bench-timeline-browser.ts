/**
 * The Timeline view in Debian's Chromium or Firefox ESR over a real IndexedDB: the e2e build's
 * library page filled with generated outlines (scripts/lib/generate-library.ts: publish dates
 * over 14 months, 40 sites, tags on every seventh). Times, by the view's own marks, (1) opening
 * the Timeline: the click to the first months painted (the view's code fetched, every list entry
 * read, placed and sorted in memory, the first 200 rendered), after a fresh load each time, and
 * (2) grouping by site and by tag: the choice to the groups painted.
 * Needs `npm run build:e2e`. Run `npx tsx scripts/bench-timeline-browser.ts [--count N] [--browser chromium|firefox]`.
 */
import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { TIMELINE_GROUPED_MARK, TIMELINE_READY_MARK } from '../components/library/TimelineView';
import { fillLibrary, playwrightTab, settle, type LibraryTab } from '../tests/e2e/support/library-timing';
import { CHROME_E2E_BUILD, launchChromiumOnCopy } from '../tests/e2e/support/chromium';
import { benchOptions, openLibraryTab, type BenchBrowser } from './bench-library-browser';
import { generatedRecords } from './lib/generate-library';
import { median } from './lib/stats';

const OPEN_RUNS = 5;

interface TimelineOpen {
  /** Click to the first months in the DOM and one frame painted. */
  clickToShownMs: number;
  /** The view's mark: from its first render to its first months on screen, and the read of the entries within it. */
  ms: number;
  readMs: number;
  entries: number;
}

/** Reloads the page, waits for its first list, clicks Timeline and waits for its months. */
async function openTimeline(tab: LibraryTab): Promise<TimelineOpen> {
  const before = await tab.evaluate(() => performance.timeOrigin, null);
  await tab.evaluate(() => setTimeout(() => location.reload(), 0), null).catch(() => undefined);
  await settle(() => tab.evaluate((old) => (performance.timeOrigin !== old && document.querySelector('.library-item') ? true : null), before), 'the library list', 120_000);
  return tab.evaluate(async (mark) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('.library-views button')].find((b) => b.textContent?.trim() === 'Timeline');
    if (!button) throw new Error('no Timeline button');
    const clicked = performance.now();
    button.click();
    while (performance.getEntriesByName(mark).length === 0 || !document.querySelector('.timeline-entry')) await new Promise((resolve) => setTimeout(resolve, 2));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const detail = (performance.getEntriesByName(mark)[0] as PerformanceMark | undefined)?.detail as { ms: number; readMs: number; entries: number };
    return { ...detail, clickToShownMs: performance.now() - clicked };
  }, TIMELINE_READY_MARK);
}

/** Chooses a grouping and returns ms from the choice to its groups painted, and how many groups. */
function timeGrouping(tab: LibraryTab, grouping: 'site' | 'tag' | 'month'): Promise<{ ms: number; groups: number }> {
  return tab.evaluate(
    async ({ value, mark }) => {
      const select = document.querySelector<HTMLSelectElement>('.timeline-grouping select');
      if (!select) throw new Error('no grouping choice');
      if (select.value === value) throw new Error(`already grouped by ${value}`);
      const seen = performance.getEntriesByName(mark).length;
      const started = performance.now();
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      while (performance.getEntriesByName(mark).length === seen) await new Promise((resolve) => setTimeout(resolve, 1));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const detail = (performance.getEntriesByName(mark).at(-1) as PerformanceMark | undefined)?.detail as { groups: number };
      return { ms: performance.now() - started, groups: detail.groups };
    },
    { value: grouping, mark: TIMELINE_GROUPED_MARK },
  );
}

/** Chromium runs a private copy of the build: another helper's rebuild of .output mid-run reloads the extension and closes its pages. */
async function timelineTab(browser: BenchBrowser): Promise<{ tab: LibraryTab; shutdown: () => Promise<void> }> {
  if (browser === 'firefox') return openLibraryTab(browser);
  const chromium = await launchChromiumOnCopy(CHROME_E2E_BUILD);
  const page = await chromium.context.newPage();
  await page.goto(`chrome-extension://${chromium.extensionId}/library.html`);
  await page.waitForFunction(() => 'ledeLibraryE2E' in window);
  return { tab: playwrightTab(page), shutdown: () => chromium.close() };
}

export async function benchTimelineInBrowser({ count = 10_000, browser = 'chromium' as BenchBrowser, log = (line: string) => console.log(line) } = {}): Promise<void> {
  const { tab, shutdown } = await timelineTab(browser);
  try {
    const fillStarted = performance.now();
    await fillLibrary(tab, count, generatedRecords);
    log(`filled ${count} outlines in ${((performance.now() - fillStarted) / 1000).toFixed(1)} s`);
    const opens: TimelineOpen[] = [];
    for (let run = 0; run < OPEN_RUNS; run++) opens.push(await openTimeline(tab));
    const ms = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
    log(`Timeline (${browser === 'chromium' ? 'Chromium' : 'Firefox ESR'}), ${opens[0]?.entries ?? 0} saved articles`);
    log(`  open (click to first months painted): median ${median(opens.map((o) => o.clickToShownMs)).toFixed(0)} ms of ${ms(opens.map((o) => o.clickToShownMs))}`);
    log(`    view's mark (mount to shown): ${ms(opens.map((o) => o.ms))} ms; of which reading the entries: ${ms(opens.map((o) => o.readMs))} ms`);
    const groupings = ['site', 'tag', 'month'] as const;
    let shown: (typeof groupings)[number] = 'month';
    for (const grouping of groupings) {
      const runs = [];
      for (let run = 0; run < 3; run++) {
        // From another grouping each time: choosing the one shown changes nothing and marks nothing.
        const other = groupings.find((g) => g !== grouping && g !== shown) ?? 'month';
        if (shown === grouping) await timeGrouping(tab, other);
        runs.push(await timeGrouping(tab, grouping));
        shown = grouping;
      }
      log(`  group by ${grouping} (choice to painted): median ${median(runs.map((r) => r.ms)).toFixed(0)} ms of ${ms(runs.map((r) => r.ms))}, ${runs[0]?.groups ?? 0} groups`);
    }
    log(`  load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
  } finally {
    await shutdown();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchTimelineInBrowser(benchOptions(10_000));
}
