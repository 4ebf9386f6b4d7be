import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listGoldenPages, readGoldenPage, type GoldenOutput } from '../../scripts/lib/golden-pages';
import { servedAddress } from '../../scripts/lib/served-address';
import { startTestServer, type TestServer } from './support/test-server';
import { chromiumReader, firefoxReader, type BrowserReader } from './support/read-in-extension';

/**
 * Issue 18: every golden page read through the extension's own path (/extract.js in the tab,
 * finishReadingInSteps in an extension page) in Chromium and in Firefox gives the article and outline
 * that Node gives (`npm run golden`'s readGoldenPage). The browsers differ in ICU (word and
 * sentence segmentation, case mapping, collation), in the HTML they re-serialise and in DOM
 * details, and they run the page's own scripts; any of these can change what a reader sees.
 *
 * Each page is opened at its own address, as a reader opens it: what a page gives depends on
 * where it is (a portal's <title> is recognised as the site's name from its host, dates and
 * links are read against it). The test server answers as the browsers' proxy
 * (TestServer.serveAt; https through a tunnel it ends itself), and Node reads the same HTML at
 * the same address, so all three see the same page.
 */
const pages = listGoldenPages().map((page) => ({ ...page, address: servedAddress(page.url) }));

type BrowserName = BrowserReader['name'];

/**
 * Pages a browser still reads differently from Node, by `browser/page`, with the cause; each is
 * expected to differ (it.fails), so the day they agree this test says to take them off the list.
 */
const KNOWN_DIFFERENCES: Record<string, string> = {};

/** A browser's read in the golden files' shape (readGoldenPage): no timings, no body HTML (`text` stands for it), no failure detail. */
function asGolden(result: unknown): GoldenOutput | { error: unknown } {
  if (typeof result !== 'object' || result === null || 'error' in result) return { error: result };
  const read = result as { ok?: boolean; reason?: unknown; article?: Record<string, unknown>; outline?: Record<string, unknown> };
  if (read.ok !== true) return { article: { ok: false, reason: read.reason }, outline: {} };
  const article: Record<string, unknown> = { ...read.article };
  delete article.html;
  return { article, outline: { ...read.outline } };
}

async function readAll(reader: BrowserReader, server: TestServer): Promise<Map<string, unknown>> {
  const results = new Map<string, unknown>();
  try {
    for (const page of pages) {
      // Several pages share an address (fakehost): each is served there just before it is read.
      server.serveAt(page.address, readFileSync(join(page.dir, 'source.html'), 'utf8'));
      results.set(page.name, asGolden(await reader.read(page.address)));
    }
  } finally {
    await reader.close();
  }
  return results;
}

const unread = (results: Map<string, unknown>): string[] =>
  [...results].filter(([, result]) => typeof result !== 'object' || result === null || 'error' in result).map(([name]) => name);

describe('Chromium and Firefox read every golden page at its own address as Node does', () => {
  let server: TestServer;
  const read = new Map<BrowserName, Map<string, unknown>>();

  beforeAll(async () => {
    server = await startTestServer();
    // One browser at a time: two cores.
    read.set('chromium', await readAll(await chromiumReader(server.origin), server));
    read.set('firefox', await readAll(await firefoxReader(server.url('/pages/start.html'), server.origin), server));
  }, 600_000);

  afterAll(async () => {
    await server?.close();
  });

  it('reads every page in both (the driver reached each tab)', () => {
    expect({ chromium: unread(read.get('chromium') ?? new Map()), firefox: unread(read.get('firefox') ?? new Map()) }).toEqual({ chromium: [], firefox: [] });
  });

  it('opened every page at its own address, answered by the test server as the proxy', () => {
    expect(pages.filter((page) => !server.proxied.includes(page.address)).map((page) => page.name)).toEqual([]);
  });

  for (const page of pages) {
    for (const browser of ['chromium', 'firefox'] as const) {
      const known = KNOWN_DIFFERENCES[`${browser}/${page.name}`];
      (known ? it.fails : it)(`${browser} gives Node's article and outline for ${page.name}${known ? ` (known to differ: ${known})` : ''}`, () => {
        // Node's read is made here, by `npm run golden`'s own function, at the address the browsers opened.
        expect(read.get(browser)?.get(page.name)).toEqual(readGoldenPage({ ...page, url: page.address }));
      });
    }
  }
});
