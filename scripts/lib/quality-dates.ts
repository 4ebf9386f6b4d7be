import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHtml } from './parse-html';
import { BODY_SETS_DIR } from './quality-body-sets';
import { extractArticle } from '../../utils/article/extract-article';
import { datesOfUnreadPage } from './run-manifest';

/**
 * The publish day of body-set pages (dragnet, L3S-GN1), read by a person from each page's HTML:
 * the date by the headline or in the byline, else the meta tags, JSON-LD or the page's own URL;
 * null where the page states none. tests/data/dates/dev.json keeps our annotation, each with a
 * short quote of where the day was seen; the pages themselves come from `npm run data:body`.
 */
export const DATES_FILE = resolve(import.meta.dirname, '../../tests/data/dates/dev.json');
/**
 * The non-English set: the golden pages' publish day (their person-marked gold.json: the visible
 * dateline where one was marked, else the metadata) and the non-English Readability test pages
 * that are not golden pages already, read by hand. Each row names its language.
 */
export const MULTI_DATES_FILE = resolve(import.meta.dirname, '../../tests/data/dates/multi.json');
/** As the body sets are scored: the saved pages record no address of their own. */
const PAGE_URL = 'http://fakehost/page.html';
const GOLDEN_DIR = resolve(import.meta.dirname, '../../tests/fixtures/pages');
const READABILITY_DIR = resolve(import.meta.dirname, '../../../shared/corpus/readability-test-pages');
/** Readability's own test harness gives every corpus page this URL. */
const READABILITY_URL = 'http://fakehost/test/page.html';

export interface DateAnnotation {
  set: string;
  id: string;
  /** The page's language, in the multilingual set. */
  lang?: string;
  day: string | null;
  evidence: string;
}

export type DateHalf = 'dev' | 'check';

export interface DateRow extends DateAnnotation {
  half: DateHalf;
  lede: string | null;
  readability: string | null;
  error?: string;
}

/**
 * A fixed split: the parity of the sum of the id's character codes. Tune on "dev", only measure
 * on "check", so a rule that fits the dev pages and nothing else shows there.
 */
export function halfOf(id: string): DateHalf {
  let sum = 0;
  for (const ch of id) sum += ch.codePointAt(0) ?? 0;
  return sum % 2 === 0 ? 'dev' : 'check';
}

export function readDateAnnotations(file = DATES_FILE): DateAnnotation[] {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${file}: expected an array`);
  return raw.map((entry: unknown) => {
    const e = entry as Record<string, unknown>;
    const text = (key: string) => (typeof e[key] === 'string' ? e[key] : '');
    const lang = text('lang');
    return { set: text('set'), id: text('id'), ...(lang ? { lang } : {}), day: typeof e.day === 'string' ? e.day : null, evidence: text('evidence') };
  });
}

/** The calendar day as the page writes it: an ISO string's first ten characters (its local day). */
export function dayOf(iso: string | null | undefined): string | null {
  return iso && /^\d{4}-\d{2}-\d{2}/u.test(iso) ? iso.slice(0, 10) : null;
}

/** Where an annotated page is kept, and the address it is read at. */
function pageOf(annotation: DateAnnotation, root: string): { file: string; url: string } {
  if (annotation.set === 'golden') {
    const dir = join(GOLDEN_DIR, annotation.id);
    const urlFile = join(dir, 'url.txt');
    return { file: join(dir, 'source.html'), url: existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : PAGE_URL };
  }
  if (annotation.set === 'readability') return { file: join(READABILITY_DIR, annotation.id, 'source.html'), url: READABILITY_URL };
  return { file: join(root, annotation.set, `${annotation.id}.html`), url: PAGE_URL };
}

export function scoreDatePage(annotation: DateAnnotation, root = BODY_SETS_DIR): DateRow {
  const half = halfOf(annotation.id);
  const { file, url } = pageOf(annotation, root);
  if (!existsSync(file)) return { ...annotation, half, lede: null, readability: null, error: 'page missing' };
  const doc = parseHtml(readFileSync(file, 'utf8'), url);
  try {
    const plain = new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (el) => el }).parse();
    const result = extractArticle(doc, url);
    return {
      ...annotation,
      half,
      // As the CLI line does: a page whose article could not be read still gives its stated date.
      lede: dayOf(result.ok ? result.article.published : datesOfUnreadPage(doc, result.reason).published),
      readability: dayOf(plain?.publishedTime),
      ...(result.ok ? {} : { error: result.reason }),
    };
  } finally {
    doc.defaultView?.close();
  }
}

export interface DateScore {
  dated: number;
  answered: number;
  right: number;
}

/** Over the dated pages: how many got an answer, how many answers were the annotated day. */
export function scoreDays(rows: readonly DateRow[], pick: (row: DateRow) => string | null): DateScore {
  const dated = rows.filter((row) => row.day !== null);
  return {
    dated: dated.length,
    answered: dated.filter((row) => pick(row) !== null).length,
    right: dated.filter((row) => pick(row) === row.day).length,
  };
}
