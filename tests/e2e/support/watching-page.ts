import type { TestServer } from './test-server';

/** tests/e2e/pages/watching.html: what its article says before any cloaking. */
export const WATCHED_ARTICLE = {
  firstParagraph:
    'Night buses will run again between the valley towns and the city centre from the first Friday of next month, the regional transport board said on Wednesday, two years after the service was cut when the operator ran out of drivers willing to work past midnight.',
};

/**
 * The watching page, told the event names a WXT content script of this extension would fire
 * (`<extension id>:<entrypoint>:wxt:content-script-started`): an attacker knows the store id.
 */
export function watchingPageUrl(server: TestServer, extensionId: string): string {
  const names = ['extract', 'content-scripts/extract'].map((entry) => `${extensionId}:${entry}:wxt:content-script-started`);
  return `${server.url('/pages/watching.html')}#watch=${encodeURIComponent(names.join(','))}`;
}

/** Runs a function in the page's own world (Playwright and Puppeteer both do). */
type InPage = <T>(fn: () => T) => Promise<T>;

interface WatchingWindow {
  __armed?: boolean;
  __signals?: string[];
}

/** Waits until the page has armed its listeners (after load and pageshow). */
export async function waitUntilWatching(evaluate: InPage, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await evaluate(() => (window as unknown as WatchingWindow).__armed === true)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the watching page never armed its listeners');
}

/** What the page recorded since it armed itself. */
export function readSignals(evaluate: InPage): Promise<string[]> {
  return evaluate(() => [...((window as unknown as WatchingWindow).__signals ?? [])]);
}
