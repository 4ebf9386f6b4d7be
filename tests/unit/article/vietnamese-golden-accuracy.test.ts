import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listGoldenPages, readGoldenPage } from '../../../scripts/lib/golden-pages';

/**
 * Byline and visible-dateline accuracy on the Vietnamese golden pages, against the
 * hand-marked `gold.json` beside each page (names as a reader would write them, the
 * dateline's wall-clock time, whether the page is an article). Run alone to see the figures:
 * `npx vitest run --project unit tests/unit/article/vietnamese-golden-accuracy.test.ts`.
 */
interface Gold {
  bylines: string[];
  /** ISO 8601 as the page states it ("2017-02-16T14:35:00+07:00"), a day alone when it gives no time. */
  published: string | null;
  readerable: boolean;
}

function readGold(dir: string): Gold | null {
  const path = join(dir, 'gold.json');
  if (!existsSync(path)) return null;
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<Gold>;
  return { bylines: raw.bylines ?? [], published: raw.published ?? null, readerable: raw.readerable ?? true };
}


function sameBylines(got: unknown, gold: readonly string[]): boolean {
  const names = Array.isArray(got) ? got.filter((n): n is string => typeof n === 'string') : [];
  return names.length === gold.length && names.every((name, i) => name === gold[i]);
}

/** The same instant (a day alone compares as a day), as scripts/lib/quality-golden.ts scores it. */
function sameDateline(got: unknown, gold: string | null): boolean {
  if (gold === null) return got === null;
  if (typeof got !== 'string') return false;
  return gold.length <= 10 ? got.slice(0, 10) === gold : Date.parse(got) === Date.parse(gold);
}

const pages = listGoldenPages()
  .filter((page) => page.name.startsWith('vi-'))
  .map((page) => ({ page, gold: readGold(page.dir) }))
  .filter((entry): entry is { page: (typeof entry)['page']; gold: Gold } => entry.gold !== null);

describe('Vietnamese golden pages against their gold', () => {
  it('reads bylines (≥ 0.90) and visible datelines (≥ 0.95) of the articles', () => {
    const articles = pages.filter((entry) => entry.gold.readerable);
    const misses: string[] = [];
    let bylines = 0;
    let dates = 0;
    for (const { page, gold } of articles) {
      const { article } = readGoldenPage(page);
      if (sameBylines(article['bylines'], gold.bylines)) bylines++;
      else misses.push(`${page.name} byline ${JSON.stringify(article['bylines'])} ≠ ${JSON.stringify(gold.bylines)}`);
      if (sameDateline(article['published'], gold.published)) dates++;
      else misses.push(`${page.name} published ${JSON.stringify(article['published'])} ≠ ${JSON.stringify(gold.published)}`);
    }
    const n = articles.length;
    console.log(`Vietnamese articles: ${n}; bylines ${bylines}/${n} = ${(bylines / n).toFixed(2)}; datelines ${dates}/${n} = ${(dates / n).toFixed(2)}\n${misses.join('\n')}`);
    expect(n).toBeGreaterThanOrEqual(30);
    expect(bylines / n).toBeGreaterThanOrEqual(0.9);
    expect(dates / n).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  it('says which non-article pages are read as articles', () => {
    const fronts = pages.filter((entry) => !entry.gold.readerable);
    const rejected = fronts.filter(({ page }) => readGoldenPage(page).article['readerable'] === false);
    console.log(`Vietnamese non-article pages: ${fronts.length}; rejected ${rejected.length}: ${rejected.map((e) => e.page.name).join(', ')}`);
    expect(fronts.length).toBeGreaterThanOrEqual(4);
  }, 60_000);
});
