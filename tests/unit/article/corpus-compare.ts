import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '@/scripts/lib/parse-html';
import { readPageMetadata, type PageMetadata } from '@/utils/article/page-metadata';
import { CORPUS_URL, requireCorpus } from '../../../scripts/lib/corpus';

/**
 * Compares readPageMetadata with Readability's expected-metadata.json on the 130 corpus
 * pages. Readability's expected bylines are sometimes raw DOM text ("By\n\t\tScott
 * Cunningham", "by Lucas Nolan22 Dec 2016651"), so a byline agrees when the names match
 * after dropping "By" and spacing, or when every one of our names appears in its text.
 * Dates agree when they name the same instant (or the same day when one side has no time).
 */
export { corpusGate } from '../../../scripts/lib/corpus';

export interface Expected {
  byline?: string | null;
  lang?: string | null;
  dir?: string | null;
  publishedTime?: string | null;
  siteName?: string | null;
}

export interface CorpusRow {
  name: string;
  expected: Expected;
  actual: PageMetadata;
}

export function readCorpus(filter: (name: string) => boolean = () => true): CorpusRow[] {
  const root = requireCorpus();
  return readdirSync(root)
    .filter(filter)
    .map((name) => {
      const html = readFileSync(join(root, name, 'source.html'), 'utf8');
      const expected = JSON.parse(readFileSync(join(root, name, 'expected-metadata.json'), 'utf8')) as Expected;
      return { name, expected, actual: readPageMetadata(parseHtml(html, CORPUS_URL)) };
    });
}

const fold = (s: string) => s.toLowerCase().replace(/^\s*by\s+/iu, '').replace(/\s+/gu, ' ').trim();

export function bylineAgrees(expected: string, actual: string[]): boolean {
  if (actual.length === 0) return false;
  const want = fold(expected);
  return fold(actual.join(', ')) === want || actual.every((name) => want.includes(fold(name)));
}

function instant(value: string): { day: string; ms: number | null } {
  const day = value.slice(0, 10);
  const normal = value.replace(' ', 'T').replace(/(\.\d{3})\d+/u, '$1').replace(/([+-]\d{2})(\d{2})$/u, '$1:$2');
  const hasZone = /(?:Z|[+-]\d{2}:\d{2})$/u.test(normal);
  return { day, ms: normal.length > 10 && hasZone ? Date.parse(normal) : null };
}

export function dateAgrees(expected: string, actual: string | null): boolean {
  if (!actual) return false;
  const a = instant(expected);
  const b = instant(actual);
  if (a.ms !== null && b.ms !== null) return a.ms === b.ms;
  return a.day === b.day;
}

export interface Rate {
  field: string;
  agree: number;
  total: number;
  misses: string[];
}

export function compareCorpus(rows: CorpusRow[]): Rate[] {
  const rate = (field: string, check: (row: CorpusRow) => boolean | null): Rate => {
    const result: Rate = { field, agree: 0, total: 0, misses: [] };
    for (const row of rows) {
      const verdict = check(row);
      if (verdict === null) continue;
      result.total++;
      if (verdict) result.agree++;
      else result.misses.push(row.name);
    }
    return result;
  };
  return [
    rate('byline', ({ expected, actual }) => (expected.byline ? bylineAgrees(expected.byline, actual.bylines) : null)),
    rate('lang', ({ expected, actual }) => (expected.lang ? expected.lang.toLowerCase() === (actual.lang ?? '').toLowerCase() : null)),
    rate('publishedTime', ({ expected, actual }) => (expected.publishedTime ? dateAgrees(expected.publishedTime, actual.published) : null)),
    rate('dir', ({ expected, actual }) => (expected.dir ? expected.dir === (actual.dir ?? 'ltr') : null)),
    rate('siteName', ({ expected, actual }) => (expected.siteName ? expected.siteName.trim() === actual.siteName : null)),
  ];
}
