import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** tests/fixtures/pages: the golden pages (scripts/lib/golden-pages.ts reads them). */
const GOLDEN_ROOT = resolve(import.meta.dirname, '../../tests/fixtures/pages');

/**
 * The address a saved page is opened at in a real browser: its own (url.txt), https included.
 * The browser tests' server (tests/e2e/support/test-server.ts) answers it as the browser's proxy,
 * ending https tunnels with a self-signed certificate the browsers are launched to accept. An
 * http address could not stand in for an https one: Chromium turns http into https for the
 * hosts on its HSTS preload list (dantri.com.vn among the golden pages; Firefox ESR 153 kept it
 * on http). The fragment never reaches a server.
 */
export function servedAddress(url: string): string {
  const address = new URL(url);
  address.hash = '';
  return address.href;
}

/**
 * The test builds' host permissions for pages opened at their own address (wxt.config.ts): one
 * `*://*.<top-level domain>/*` (http and https) per top-level domain of the golden pages' hosts,
 * and a single-label host (`fakehost`) as it is. Never `*://*\/*`: that would also grant the
 * loopback tracker of tests/e2e/remote-content.test.ts (127.0.0.2), and Chromium then sends its
 * cookies with the popup's images.
 */
export function goldenHostPatterns(root = GOLDEN_ROOT): string[] {
  const patterns = new Set<string>();
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const urlFile = join(root, entry.name, 'url.txt');
    if (!entry.isDirectory() || !existsSync(urlFile)) continue;
    const host = new URL(readFileSync(urlFile, 'utf8').trim()).hostname;
    const labels = host.split('.');
    patterns.add(labels.length > 1 ? `*://*.${labels.at(-1) ?? host}/*` : `*://${host}/*`);
  }
  return [...patterns].sort();
}

/** A saved page and the address a browser opens it at (TestServer.serveAt serves it there). */
export interface AddressedPage {
  name: string;
  address: string;
  html: string;
}

/** `page` at its own address (servedAddress): golden pages, and pages of any folder (scripts/lib/page-folder.ts). */
export function atOwnAddress(page: { name: string; url: string; html: string }): AddressedPage {
  return { name: page.name, address: servedAddress(page.url), html: page.html };
}
