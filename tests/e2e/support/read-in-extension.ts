import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './chromium';
import { launchFirefoxWithExtension, navigateToExtensionPage, openSavedPage, pollPage, type FirefoxWithExtension } from './firefox';
import { CHROME_E2E_BUILD, FIREFOX_E2E_BUILD } from './builds';

/**
 * A whole read done the way the extension does it, in a real browser: /extract.js injected into
 * the article's tab (clients/extract-tab.ts), then finishReadingInSteps in an extension page, as the
 * popup does in Chromium (clients/extract-client.ts) and the background page in Firefox
 * (services/finish-tab.ts) — so every Intl and DOM call runs in that browser.
 */
export interface BrowserReader {
  name: 'chromium' | 'firefox';
  /** Opens `url` in the article tab and reads it; the result as plain JSON (finishReadingInSteps's ExtractResult). */
  read(url: string): Promise<unknown>;
  close(): Promise<void>;
}

/** The finishing chunk of a build (its name carries a content hash). */
function finishingChunk(buildDir: string): string {
  const file = readdirSync(join(buildDir, 'chunks')).find((name) => /^finish-reading-[\w-]+\.js$/u.test(name));
  if (!file) throw new Error(`${buildDir} has no chunks/finish-reading-*.js: run \`npm run build:e2e\``);
  return `/chunks/${file}`;
}

/**
 * Set up in the extension page from a string: a dynamic `import()` in the test's own source
 * would be rewritten by Vitest's module transform before the function reaches the browser.
 */
const IMPORTER = 'globalThis.__ledeImport = (path) => import(path); true';

interface ExtensionApi {
  tabs: { query(info: Record<string, never>): Promise<{ id?: number; url?: string }[]> };
  scripting: { executeScript(details: { target: { tabId: number }; files: string[] }): Promise<{ result?: unknown }[]> };
}

/** Runs in the extension page: stays self-contained (no imports, no helpers from this module). */
async function readTabThroughExtension(args: { url: string; chunk: string }): Promise<unknown> {
  const scope = globalThis as unknown as {
    browser?: ExtensionApi;
    chrome?: ExtensionApi;
    __ledeImport(path: string): Promise<{ finishReadingInSteps(live: unknown, parser: DOMParser, options: { budgetMs: null }): Promise<unknown> }>;
  };
  // Firefox's `chrome` takes callbacks in MV2; its `browser` returns promises.
  const api = scope.browser ?? scope.chrome;
  if (!api) return { error: 'no extension API in this page' };
  // Every tab, then the one at `url`: Firefox's tabs.query cannot match a URL with a port.
  const tab = (await api.tabs.query({})).find((t) => t.url === args.url);
  if (tab?.id === undefined) return { error: `no tab at ${args.url}` };
  const [run] = await api.scripting.executeScript({ target: { tabId: tab.id }, files: ['/extract.js'] });
  const { finishReadingInSteps } = await scope.__ledeImport(args.chunk);
  // No budget: a slow machine must not turn a read into a timeout on one side only.
  return JSON.parse(JSON.stringify(await finishReadingInSteps(run?.result, new DOMParser(), { budgetMs: null }))) as unknown;
}

/** `proxy`: the test server's origin, for pages opened at their own address (TestServer.serveAt). */
export async function chromiumReader(proxy?: string): Promise<BrowserReader> {
  const chromium: ChromiumWithExtension = await launchChromiumWithExtension(CHROME_E2E_BUILD, { proxy });
  const chunk = finishingChunk(CHROME_E2E_BUILD);
  const article: ChromiumPage = await chromium.context.newPage();
  const driver: ChromiumPage = await chromium.context.newPage();
  await driver.goto(`chrome-extension://${chromium.extensionId}/library.html`);
  await driver.evaluate(IMPORTER);
  return {
    name: 'chromium',
    async read(url) {
      await article.goto(url, { waitUntil: 'load' });
      return driver.evaluate(readTabThroughExtension, { url, chunk });
    },
    close: () => chromium.close(),
  };
}

/**
 * `launcherUrl`: a page of the test server, from which the extension page is opened (see
 * support/firefox.ts); `proxy` as for chromiumReader.
 */
export async function firefoxReader(launcherUrl: string, proxy?: string): Promise<BrowserReader> {
  const firefox: FirefoxWithExtension = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD, { proxy });
  const chunk = finishingChunk(FIREFOX_E2E_BUILD);
  const article: FirefoxPage = await firefox.browser.newPage();
  const driver: FirefoxPage = await firefox.browser.newPage();
  await driver.goto(launcherUrl);
  await navigateToExtensionPage(driver, 'library.html');
  await pollPage(driver, () => (location.protocol === 'moz-extension:' && document.readyState === 'complete' ? true : null), null, 'library page as driver');
  await driver.evaluate(IMPORTER);
  return {
    name: 'firefox',
    async read(url) {
      // A saved page's unresolvable iframe can make BiDi reject the navigation: openSavedPage waits past it.
      await openSavedPage(article, url);
      return driver.evaluate(readTabThroughExtension, { url, chunk });
    },
    close: () => firefox.close(),
  };
}
