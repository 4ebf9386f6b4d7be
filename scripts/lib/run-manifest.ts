import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHtml } from './parse-html';
import { holdHeapUnder } from './heap-ceiling';
import { readPage } from '../../utils/read-page';
import { readPageMetadata } from '../../utils/article/page-metadata';
import type { PublishDates } from '../../utils/article/dates/find-publish-date';
import type { Section, Quote, KeyPoint } from '../../utils/outline/types';
import { nextTurn } from './next-turn';

/**
 * The CLI's contract, one JSON object per page. Keys and their order are fixed: the
 * held-out evaluation reads these lines, so a field is never renamed, dropped or moved.
 */
export interface PageReport {
  file: string;
  url: string;
  ok: boolean;
  error?: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  modified: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  siteName: string | null;
  readingMinutes: number;
  /** Body text without captions and byline. */
  text: string;
  captions: string[];
  outline: { sections: Section[]; quotes: Quote[]; keyPoints: KeyPoint[] };
  /** Extraction and outline only: not reading the file, not parsing the HTML. */
  ms: number;
  /** Does the page read as an article (utils/article/page-type.ts)? The popup asks before showing one that does not. Appended after `ms`, as the contract requires. */
  readerable: boolean;
}

function failure(file: string, url: string, error: string, dates: PublishDates = NO_DATES): PageReport {
  return {
    file, url, ok: false, error,
    title: null, byline: null, published: dates.published, modified: dates.modified, lang: null, dir: null, siteName: null,
    readingMinutes: 0, text: '', captions: [], outline: { sections: [], quotes: [], keyPoints: [] }, ms: 0, readerable: false,
  };
}

const NO_DATES: PublishDates = { published: null, modified: null };

/**
 * A page whose article could not be read ("no-content": a body Readability finds too short)
 * often states its dates all the same, in its meta tags, JSON-LD or dateline: the failure line
 * carries them in its own `published` and `modified` keys. Not after a timeout or on a page too
 * large to read, where reading more is what must not happen.
 */
export function datesOfUnreadPage(doc: Document, reason: string): PublishDates {
  if (reason !== 'no-content' && reason !== 'failed') return NO_DATES;
  try {
    const { published, modified } = readPageMetadata(doc);
    return { published, modified };
  } catch {
    return NO_DATES;
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Extracts one page from its HTML. Never throws: a page that fails is a report with `ok: false`. */
export function reportFromHtml(file: string, url: string, html: string): PageReport {
  let doc: Document;
  try {
    doc = parseHtml(html, url);
  } catch (error) {
    return failure(file, url, `could not parse the HTML: ${describeError(error)}`);
  }
  try {
    return reportFromDocument(file, url, doc);
  } finally {
    // The report holds only strings and numbers: the page's DOM can go now, timers and all.
    doc.defaultView?.close();
  }
}

function reportFromDocument(file: string, url: string, doc: Document): PageReport {
  try {
    const result = readPage(doc, url);
    if (!result.ok) return failure(file, url, result.detail ? `${result.reason}: ${result.detail}` : result.reason, datesOfUnreadPage(doc, result.reason));
    const { article, outline } = result;
    // A caption and its credit are separate strings ('… de 2024.' and 'Alketa Misja (dpa)'), never run together.
    const captions = [...new Set(article.figures.flatMap((figure) => [figure.caption, figure.credit]).filter((caption) => caption !== ''))];
    return {
      file, url, ok: true,
      title: article.title, byline: article.byline, published: article.published, modified: article.modified,
      lang: article.lang, dir: article.dir, siteName: article.siteName, readingMinutes: article.readingMinutes,
      text: article.text, captions,
      outline: { sections: outline.sections, quotes: outline.quotes, keyPoints: outline.keyPoints },
      ms: Math.round(result.ms * 100) / 100,
      readerable: article.readerable,
    };
  } catch (error) {
    return failure(file, url, `extraction failed: ${describeError(error)}`);
  }
}

/** The file's own URL stands in when the manifest gives none. */
export function reportFromFile(path: string, url: string | null, shownAs = path): PageReport {
  const pageUrl = url ?? pathToFileURL(resolve(path)).href;
  let html: string;
  try {
    html = readFileSync(path, 'utf8');
  } catch (error) {
    return failure(shownAs, pageUrl, `could not read the file: ${describeError(error)}`);
  }
  return reportFromHtml(shownAs, pageUrl, html);
}

interface ManifestEntry {
  file: string;
  url: string | null;
}

function parseManifestLine(line: string): ManifestEntry | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `manifest line is not JSON: ${describeError(error)}`;
  }
  if (typeof value !== 'object' || value === null) return 'manifest line is not an object';
  const { file, url } = value as { file?: unknown; url?: unknown };
  if (typeof file !== 'string' || file === '') return 'manifest line has no "file"';
  return { file, url: typeof url === 'string' && url !== '' ? url : null };
}

/**
 * Runs every page of a JSONL manifest (`{"file","url"}` per line, files relative to the
 * manifest's folder or absolute) and hands each report to `emit` as soon as it is made,
 * so one slow or broken page never holds back or stops the others. Memory stays that of
 * one page at a time (see scripts/lib/next-turn.ts and holdHeapUnder): `npm run bench` measures it.
 */
export async function runManifest(manifestPath: string, emit: (report: PageReport) => void): Promise<void> {
  const base = dirname(resolve(manifestPath));
  const lines = readFileSync(manifestPath, 'utf8').split(/\r?\n/u).filter((line) => line.trim() !== '');
  for (const line of lines) {
    const entry = parseManifestLine(line);
    if (typeof entry === 'string') {
      emit(failure('', '', entry));
      continue;
    }
    const path = isAbsolute(entry.file) ? entry.file : resolve(base, entry.file);
    emit(reportFromFile(path, entry.url, entry.file));
    await nextTurn();
    holdHeapUnder();
  }
}
