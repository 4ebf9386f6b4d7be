import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHtml } from './parse-html';
import { readableText } from './dom-text';
import { extractArticle } from '../../utils/article/extract-article';
import { shingleScore, type ShingleScore } from '../../utils/text/shingles';

/**
 * Development sets with a human-made gold body (built by `npm run data:body`, see
 * scripts/data/body-sets.ts): every page is `<id>.html` + `<id>.gold.txt`. Scored as the
 * held-out sets are: shingle F1 of the body text, ours against plain Readability's.
 */
export const BODY_SETS_DIR = resolve(import.meta.dirname, '../../bench-results/dev/body');
const PAGE_URL = 'http://fakehost/page.html';

export interface BodyRow {
  page: string;
  plain: ShingleScore;
  ours: ShingleScore;
  /**
   * Ours as the reading view shows it: every caption under its picture, in its place among the
   * paragraphs. These golds (as plain Readability) keep a picture's caption in the body.
   */
  oursWithCaptions: ShingleScore;
  readerable: boolean;
  /**
   * The saved page shows no text in a browser either (a damaged copy: L3S keeps pages whose
   * `<title>` is never closed, so the whole page parses as the title). Nothing is there to read,
   * so "not an article" is the right answer, not a rejected article.
   */
  blank: boolean;
  error?: string;
}

export function listBodySets(root = BODY_SETS_DIR): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function plainText(doc: Document): string {
  const parsed = new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (el) => el }).parse();
  return parsed?.content ? readableText(parsed.content) : '';
}

function scoreBodyPage(dir: string, id: string): BodyRow {
  const gold = readFileSync(join(dir, `${id}.gold.txt`), 'utf8');
  const doc = parseHtml(readFileSync(join(dir, `${id}.html`), 'utf8'), PAGE_URL);
  try {
    const plain = shingleScore(plainText(doc), gold);
    const result = extractArticle(doc, PAGE_URL);
    const ours = shingleScore(result.ok ? result.article.text : '', gold);
    const asShown = result.ok ? result.blocks.filter((block) => block.text !== '').map((block) => block.text).join('\n\n') : '';
    const oursWithCaptions = shingleScore(asShown, gold);
    const blank = doc.body === null || readableText(doc.body) === '';
    return { page: id, plain, ours, oursWithCaptions, readerable: result.ok && result.article.readerable, blank, ...(result.ok ? {} : { error: result.reason }) };
  } finally {
    doc.defaultView?.close();
  }
}

export function scoreBodySet(name: string, onPage: (done: number, total: number) => void, root = BODY_SETS_DIR): BodyRow[] {
  const dir = join(root, name);
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.txt'))
    .map((f) => f.slice(0, -'.gold.txt'.length))
    .sort();
  return ids.map((id, i) => {
    onPage(i + 1, ids.length);
    try {
      return scoreBodyPage(dir, id);
    } catch (error) {
      const zero = { precision: 0, recall: 0, f1: 0 };
      return { page: id, plain: zero, ours: zero, oursWithCaptions: zero, readerable: false, blank: false, error: String(error) };
    }
  });
}
