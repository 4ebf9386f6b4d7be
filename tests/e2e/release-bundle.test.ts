import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, CHROME_E2E_BUILD, CHROME_RELEASE_BUILD, FIREFOX_E2E_BUILD } from './support/builds';

const FIREFOX_RELEASE_BUILD = CHROME_RELEASE_BUILD.replace(/chrome-mv3$/u, 'firefox-mv2');

/**
 * What only the test builds may carry (issue 11, finding 10): the library page's batch-save
 * hook, the popup's `?tabUrl=` (Firefox tests name the tab by URL), and the loopback image
 * hosts the browser tests serve from. `?tabId=` stays: the full tab reads the tab it names.
 */
const TEST_ONLY = ['ledeLibraryE2E', 'tabUrl', '127.0.0.1', '127\\.0\\.0\\.[12]'];

function builtText(dir: string): { file: string; text: string }[] {
  assertBuilt(dir);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:js|html|json)$/u.test(entry.name))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { file: relative(dir, path), text: readFileSync(path, 'utf8') };
    });
}

function filesWith(dir: string, needle: string): string[] {
  return builtText(dir)
    .filter(({ text }) => text.includes(needle))
    .map(({ file }) => file);
}

describe('the release builds carry no test hooks', () => {
  it.each([CHROME_RELEASE_BUILD, FIREFOX_RELEASE_BUILD])('%s: none of the test-only strings', (dir) => {
    expect(TEST_ONLY.map((needle) => ({ needle, files: filesWith(dir, needle) }))).toEqual(TEST_ONLY.map((needle) => ({ needle, files: [] })));
  });

  it.each([CHROME_E2E_BUILD, FIREFOX_E2E_BUILD])('%s: the same strings are there in the test build (so the check above can see them)', (dir) => {
    for (const needle of TEST_ONLY) expect({ needle, found: filesWith(dir, needle).length > 0 }).toEqual({ needle, found: true });
  });
});
