import { describe, expect, it } from 'vitest';
import { diffGolden, formatDiffs, listGoldenPages, readGoldenPage } from '../../scripts/lib/golden-pages';

/**
 * Every page in tests/fixtures/pages/ gives exactly its expected article and outline.
 * A failure lists which fields of which page changed (old vs new): review them, then
 * accept with `npm run golden -- --update` and commit the new expectations with the change.
 */
const pages = listGoldenPages();

describe('golden pages (tests/fixtures/pages)', () => {
  it('has at least 20 pages, Vietnamese among them', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(pages.filter((page) => page.name.startsWith('vi-')).length).toBeGreaterThanOrEqual(7);
  });

  for (const page of pages) {
    it(page.name, () => {
      const diffs = diffGolden(page, readGoldenPage(page));
      if (diffs.length > 0) expect.fail(`${formatDiffs(page.name, diffs)}\n(npm run golden -- --update to accept)`);
    }, 30_000); // one real page in jsdom on a shared 2-core machine
  }
});
