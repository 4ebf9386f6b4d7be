import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listGoldenPages, type GoldenPage } from './golden-pages';
import { parseHtml } from './parse-html';
import { readableText } from './dom-text';
import { extractArticle } from '../../utils/article/extract-article';
import type { Article } from '../../utils/article/types';

/**
 * What a person marked on a golden page (tests/fixtures/pages/<name>/gold.json): the truth,
 * where expected-*.json only records what Lede does today. Every field is optional except
 * `readerable`; a field left out is not scored.
 */
export interface GoldFields {
  readerable: boolean;
  title?: string;
  /** Every author as a reader would write the name; [] when the page names nobody. */
  bylines?: string[];
  /** ISO 8601 as the page states it ("2017-02-16T14:35:00+07:00"; a day alone when no time), or null. */
  published?: string | null;
  /** The page's visible dateline as printed, when it has one (scored: was it read to the same instant). */
  dateline?: string;
  /** Caption texts without their credits. */
  captions?: string[];
  /** The lead (sapo, standfirst): must be the subtitle or in the body. */
  lead?: string;
}

/** Per field: right, wrong, or null where the gold says nothing. */
export interface GoldenRow {
  page: string;
  lang: string;
  readerable: boolean;
  title: boolean | null;
  byline: boolean | null;
  published: boolean | null;
  dateline: boolean | null;
  captionsFound: number;
  captionsLeaked: number;
  captionsTotal: number;
  lead: boolean | null;
  got: Partial<Article>;
  /** Per field scored wrong: what the gold says beside what we gave. */
  misses: { field: string; gold: unknown; got: unknown }[];
}

export const norm = (s: string | null | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

function sameInstant(got: string | null, gold: string | null): boolean {
  if (got === null || gold === null) return got === gold;
  if (gold.length <= 10) return got.slice(0, 10) === gold;
  return Date.parse(got) === Date.parse(gold);
}

function readGold(page: GoldenPage): GoldFields | null {
  const file = join(page.dir, 'gold.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as GoldFields) : null;
}

function occurrences(text: string, part: string): number {
  return part === '' ? 0 : text.split(part).length - 1;
}

/** A caption's element may hold a credit beside the caption ("… Ảnh: Trần Vinh"). */
const MAX_CREDIT_CHARS = 60;

/**
 * How often each caption's words stand in the page's own text outside its captions. Some pages
 * open a paragraph with the very sentence they put under a picture ("Putin lái xe tải qua cầu
 * Crimea. Tổng thống Nga …"): that sentence in the body is the page's text, not a leak.
 */
const LIST_TAGS = new Set(['ul', 'ol', 'li', 'dl', 'dt', 'dd']);

export function ownTextOccurrences(doc: Document, captions: readonly string[]): number[] {
  const body = doc.body.cloneNode(true) as Element;
  const wanted = captions.map(norm);
  // The caption's own element: a figcaption, or an element holding the caption and at most a credit beside it.
  // Never a list or its item: "Anomaly in status code 400 at 17:59: we also found that one earlier." is the
  // page's own text that opens with a caption's words, and counting it as the caption made that
  // sentence in the body a leak.
  const isCaption = (el: Element): boolean => {
    const text = norm(el.textContent);
    return el.localName === 'figcaption' || (!LIST_TAGS.has(el.localName) && wanted.some((c) => text.includes(c) && text.length - c.length <= MAX_CREDIT_CHARS));
  };
  for (const el of Array.from(body.querySelectorAll('*'))) if (body.contains(el) && isCaption(el)) el.remove();
  const text = norm(readableText(body));
  return captions.map((c) => occurrences(text, norm(c)));
}

/** A caption leaks when the body holds its words more often than the page's own text outside its captions does. */
export function scoreCaptions(article: Article | null, captions: string[], ownText: readonly number[]): Pick<GoldenRow, 'captionsFound' | 'captionsLeaked' | 'captionsTotal'> {
  const found = article ? article.figures.map((f) => norm(f.caption)) : [];
  const body = norm(article?.text);
  return {
    captionsTotal: captions.length,
    captionsFound: captions.filter((c) => found.some((f) => f.includes(norm(c)))).length,
    captionsLeaked: captions.filter((c, i) => occurrences(body, norm(c)) > (ownText[i] ?? 0)).length,
  };
}

function scoreGoldenPage(page: GoldenPage, gold: GoldFields): GoldenRow {
  const doc = parseHtml(readFileSync(join(page.dir, 'source.html'), 'utf8'), page.url);
  const ownText = ownTextOccurrences(doc, gold.captions ?? []);
  const result = extractArticle(doc, page.url);
  doc.defaultView?.close();
  const article = result.ok ? result.article : null;
  const when = <T>(value: T | undefined, check: (v: T) => boolean): boolean | null => (value === undefined ? null : check(value));
  const row = {
    page: page.name,
    lang: page.name.split('-')[0] ?? '',
    readerable: (article?.readerable ?? false) === gold.readerable,
    title: when(gold.title, (t) => norm(article?.title) === norm(t)),
    byline: when(gold.bylines, (b) => norm((article?.bylines ?? []).join('|')) === norm(b.join('|'))),
    published: when(gold.published, (p) => sameInstant(article?.published ?? null, p)),
    dateline: when(gold.dateline, () => sameInstant(article?.published ?? null, gold.published ?? null)),
    ...scoreCaptions(article, gold.captions ?? [], ownText),
    lead: when(gold.lead, (l) => norm(article?.subtitle).includes(norm(l)) || norm(article?.text).includes(norm(l))),
    got: article ? { title: article.title, bylines: article.bylines, published: article.published, readerable: article.readerable } : {},
  };
  const found = article ? article.figures.map((f) => norm(f.caption)) : [];
  const misses: GoldenRow['misses'] = [
    ...(row.title === false ? [{ field: 'title', gold: gold.title, got: article?.title ?? null }] : []),
    ...(row.byline === false ? [{ field: 'byline', gold: gold.bylines, got: article?.bylines ?? null }] : []),
    ...(row.published === false ? [{ field: 'published', gold: gold.published, got: article?.published ?? null }] : []),
    ...(row.lead === false ? [{ field: 'lead', gold: gold.lead, got: article?.subtitle ?? null }] : []),
    ...(gold.captions ?? [])
      .filter((c) => !found.some((f) => f.includes(norm(c))))
      .map((c) => ({ field: 'caption', gold: c, got: norm(article?.text).includes(norm(c)) ? 'in the body' : 'lost' })),
  ];
  return { ...row, misses };
}

/** Every golden page that carries a gold.json, scored. */
export function scoreGoldenPages(): GoldenRow[] {
  return listGoldenPages().flatMap((page) => {
    const gold = readGold(page);
    return gold ? [scoreGoldenPage(page, gold)] : [];
  });
}
