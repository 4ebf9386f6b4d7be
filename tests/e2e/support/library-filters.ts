import type { ExportedOutline } from '../../../utils/library/schema';
import { SCHEMA_VERSION } from '../../../utils/library/schema';

/**
 * Twelve articles for the library's filter test in both browsers (library.test.ts,
 * firefox-library.test.ts): three sites in turn, the tag "ngân sách" on every fourth, one
 * published on the 15th of each month of 2025, every title holding "XQZ" (in no other test's article), and every
 * other one the phrase "hội đồng nhân dân" (the rest hold those words in another order).
 */
export function filterTestRecords(): ExportedOutline[] {
  return Array.from({ length: 12 }, (_, i) => {
    const savedAt = Date.UTC(2026, 0, 1) + i * 60_000;
    return {
      schemaVersion: SCHEMA_VERSION,
      id: `filter-test-${i}`,
      url: `https://loc.example.vn/bai/${i}`,
      title: i % 2 === 0 ? `Hội đồng nhân dân họp, XQZ ${i}` : `Nhân dân và hội đồng, XQZ ${i}`,
      byline: null,
      published: new Date(Date.UTC(2025, i, 15)).toISOString(),
      siteName: `Báo Lọc ${'ABC'[i % 3] ?? 'A'}`,
      lang: 'vi',
      dir: 'ltr',
      savedAt,
      updatedAt: savedAt,
      note: '',
      tags: i % 4 === 0 ? ['ngân sách'] : [],
      outline: { sections: [], quotes: [], keyPoints: [] },
      text: 'Một đoạn văn ngắn.',
    };
  });
}

/** What the filter checks saw, step by step (runFilterChecks). */
export interface FilterObservations {
  siteOptions: string[];
  siteB: string;
  tagOptionsWithSiteB: string[];
  siteBInSpring: string;
  springTitles: string[];
  phrase: string;
  phraseTitles: string[];
  reversedPhrase: string;
  words: string;
}

/**
 * Drives the library page's search box, filters and date range as a reader's input events do,
 * and reads what the list shows after each step. Runs in the page: self-contained.
 */
export async function runFilterChecks(): Promise<FilterObservations> {
  const total = () => document.querySelector('.library-total')?.textContent?.trim() ?? '';
  const titles = () => Array.from(document.querySelectorAll('.library-item-title'), (el) => el.textContent?.trim() ?? '');
  const until = async <T,>(read: () => T | null, what: string): Promise<T> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const value = read();
      if (value !== null) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the total says "${total()}"`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const settledTotal = (prefix: string) => until(() => (total().startsWith(prefix) ? total() : null), `a total of ${prefix}`);
  const field = <T extends HTMLInputElement | HTMLSelectElement>(selector: string, index = 0): T => {
    const found = document.querySelectorAll<T>(selector)[index];
    if (!found) throw new Error(`no ${selector} [${index}]`);
    return found;
  };
  // A browser fires "input" then "change" when a field's value is set by the reader.
  const set = (element: HTMLInputElement | HTMLSelectElement, value: string, last: 'input' | 'change') => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
    if (last === 'change') element.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const type = (text: string) => set(field<HTMLInputElement>('.library-search-box input'), text, 'input');
  // The filters appear once the library's distinct sites and tags are read, which on a loaded
  // machine can be after the first items show: until then a filter has no options.
  const options = (index: number) => {
    const select = document.querySelectorAll<HTMLSelectElement>('.library-filter select')[index];
    return select ? Array.from(select.options, (option) => option.textContent?.trim() ?? '') : [];
  };

  type('xqz');
  await settledTotal('12 ');
  // Counts come from the in-memory index, once it is ready.
  const siteOptions = await until(() => (options(0).some((text) => text.includes('(')) ? options(0) : null), 'counts in the site filter');
  set(field<HTMLSelectElement>('.library-filter select', 0), 'Báo Lọc B', 'change');
  const siteB = await settledTotal('4 ');
  const tagOptionsWithSiteB = await until(() => (options(1).some((text) => text.startsWith('ngân sách (1)')) ? options(1) : null), 'the tag count for site B');
  // One field at a time, as a reader sets them: each change builds on the query the last one made.
  set(field<HTMLInputElement>('.library-filter input[type=date]', 0), '2025-03-01', 'change');
  await settledTotal('3 ');
  set(field<HTMLInputElement>('.library-filter input[type=date]', 1), '2025-06-30', 'change');
  const siteBInSpring = await settledTotal('1 ');
  set(field<HTMLSelectElement>('.library-filter select', 0), '', 'change');
  await settledTotal('4 ');
  const springTitles = titles();
  set(field<HTMLInputElement>('.library-filter input[type=date]', 0), '', 'change');
  // Up to June: records 0 to 5.
  await settledTotal('6 ');
  set(field<HTMLInputElement>('.library-filter input[type=date]', 1), '', 'change');
  await settledTotal('12 ');
  type('"hoi dong nhan dan" xqz');
  const phrase = await settledTotal('6 ');
  const phraseTitles = titles();
  type('"dong nhan" xqz');
  await settledTotal('6 ');
  type('"dan hoi dong" xqz');
  const reversedPhrase = await settledTotal('0 ');
  type('dan hoi dong xqz');
  const words = await settledTotal('12 ');
  type('"hoi dong nhan dan" xqz');
  await settledTotal('6 ');
  return { siteOptions, siteB, tagOptionsWithSiteB, siteBInSpring, springTitles, phrase, phraseTitles, reversedPhrase, words };
}

/** Imports a library file through the e2e build's hook (entrypoints/library/main.tsx). Runs in the page: self-contained. */
export async function importInPage(text: string): Promise<string> {
  interface Hook {
    openLibrary(): Promise<{ close(): void }>;
    importLibrary(db: unknown, text: string, options: object): Promise<{ ok: boolean; message?: string }>;
  }
  const hook = (window as unknown as { ledeLibraryE2E: Hook }).ledeLibraryE2E;
  const db = await hook.openLibrary();
  try {
    const result = await hook.importLibrary(db, text, {});
    return result.ok ? 'imported' : (result.message ?? 'failed');
  } finally {
    db.close();
  }
}

/** What both browsers must show (see filterTestRecords for why). */
export const EXPECTED_FILTERS = {
  siteOptions: ['All', 'Báo Lọc A (4)', 'Báo Lọc B (4)', 'Báo Lọc C (4)'],
  siteB: /^4 saved outlines/u,
  siteBInSpring: /^1 saved outline\b/u,
  // Published March to June: records 2 to 5, newest saved first.
  springTitles: ['Nhân dân và hội đồng, XQZ 5', 'Hội đồng nhân dân họp, XQZ 4', 'Nhân dân và hội đồng, XQZ 3', 'Hội đồng nhân dân họp, XQZ 2'],
  phrase: /^6 saved outlines/u,
  phraseTitles: ['Hội đồng nhân dân họp, XQZ 10', 'Hội đồng nhân dân họp, XQZ 8', 'Hội đồng nhân dân họp, XQZ 6', 'Hội đồng nhân dân họp, XQZ 4', 'Hội đồng nhân dân họp, XQZ 2', 'Hội đồng nhân dân họp, XQZ 0'],
  reversedPhrase: /^0 saved outlines/u,
  words: /^12 saved outlines/u,
};
