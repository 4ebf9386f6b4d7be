import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '@/scripts/lib/parse-html';
import { EXTRACT_TIMEOUT_MS } from '@/clients/extract-client';
import { CHECKED_STEPS, parseWithDeadline } from '@/utils/article/readability-with-deadline';
import { DeadlinePassed } from '@/utils/deadline';
import { readPage, type ExtractResult } from '@/utils/read-page';
import { IN_PAGE_BUDGET_MS } from '@/utils/read-live-part';

import { SEED_FILE, SEED_URL } from '../fixtures/seed';

const seedHtml = readFileSync(SEED_FILE, 'utf8');

/** Reads the seed page on a clock that moves 1 ms each time it is asked; tells how often it was asked. */
function readSeedOnTicks(budgetMs?: number): { result: ExtractResult; ticks: number } {
  let ticks = 0;
  const result = readPage(parseHtml(seedHtml, SEED_URL), SEED_URL, { now: () => ticks++, ...(budgetMs === undefined ? {} : { budgetMs }) });
  return { result, ticks };
}

describe('a read of the page stops when its time budget is spent', () => {
  it('spends at most 8 s in the page, 2 s less than the popup waits (for injecting the script and answering)', () => {
    expect(IN_PAGE_BUDGET_MS).toBe(8_000);
    expect(EXTRACT_TIMEOUT_MS - IN_PAGE_BUDGET_MS).toBeGreaterThanOrEqual(2_000);
  });

  it("checks the clock in steps Readability 0.6.0 really has (an upgrade that renames them fails here)", () => {
    const prototype = Readability.prototype as unknown as Record<string, unknown>;
    expect(CHECKED_STEPS.filter((name) => typeof prototype[name] !== 'function')).toEqual([]);
  });

  it("stops Readability's own parse from inside, between two of its steps", () => {
    let asked = 0;
    const clone = parseHtml(seedHtml, SEED_URL);
    expect(() =>
      parseWithDeadline(clone, () => {
        asked += 1;
        return asked > 3;
      }),
    ).toThrow(DeadlinePassed);
    expect(asked).toBe(4);
  });

  it('answers timeout wherever the budget runs out: before Readability, inside it, in the body passes or in the outline', () => {
    const { ticks } = readSeedOnTicks(Number.MAX_SAFE_INTEGER);
    // The smallest budget the read fits in: the clock is asked once per check, so every
    // smaller budget runs out at some check — in the page's part or in the finishing one.
    let fits = ticks;
    while (fits > 0 && readSeedOnTicks(fits - 1).result.ok) fits -= 1;
    expect(fits).toBeGreaterThan(ticks - 12);
    for (const spent of [0, 1, 2, Math.floor(fits / 4), Math.floor(fits / 2), Math.floor((3 * fits) / 4), fits - 1]) {
      expect({ spent, result: readSeedOnTicks(spent).result }).toEqual({ spent, result: { ok: false, reason: 'timeout' } });
    }
    // About twenty reads of the seed page.
  }, 30_000);

  it('changes nothing in a read that stays within its budget', () => {
    const unbounded = readSeedOnTicks().result;
    const bounded = readSeedOnTicks(Number.MAX_SAFE_INTEGER).result;
    expect(bounded.ok && unbounded.ok).toBe(true);
    expect({ ...bounded, ms: 0, pageMs: 0 }).toEqual({ ...unbounded, ms: 0, pageMs: 0 });
  });
});
