/**
 * npx tsx scripts/body-set-fields.ts [--fields byline,title,subtitle,captions,published,opening,closing,pictures]
 *
 * What Lede reads on every page of the body sets (npm run data:body), one line per page:
 * `SET PAGE {"byline":…}` with the fields asked for (byline alone by default; a page whose
 * article could not be read prints its reason). These sets have no gold for the header or the
 * captions: run it on two builds and diff the output to read what a change does on 525 pages
 * nobody tuned them on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from './lib/parse-html';
import { extractArticle } from '../utils/article/extract-article';
import type { Article } from '../utils/article/types';
import { BODY_SETS_DIR, listBodySets } from './lib/quality-body-sets';
import { nextTurn } from './lib/next-turn';

const PAGE_URL = 'http://fakehost/page.html';
/** Lines of the body printed by `opening` and by `closing`. */
const OPENING_LINES = 4;

/** Each field as printed: captions as "caption | credit" for every picture that has either. */
const FIELDS: Readonly<Record<string, (article: Article) => unknown>> = {
  byline: (article) => article.byline,
  title: (article) => article.title,
  subtitle: (article) => article.subtitle,
  published: (article) => article.published,
  /** The body's first lines: what header echoes and furniture at the top change. */
  opening: (article) => article.text.split(/\n+/u).slice(0, OPENING_LINES),
  /** The body's last lines: what furniture, credits and bylines at the end change. */
  closing: (article) => article.text.split(/\n+/u).slice(-OPENING_LINES),
  /** How many pictures the body keeps: what furniture rules on pictures change. */
  pictures: (article) => article.figures.filter((f) => f.src !== '').length,
  captions: (article) => article.figures.filter((f) => f.caption !== '' || f.credit !== '').map((f) => (f.credit === '' ? f.caption : `${f.caption} | ${f.credit}`)),
};

function fieldsAsked(): string[] {
  const at = process.argv.indexOf('--fields');
  const asked = (at >= 0 ? (process.argv[at + 1] ?? '') : 'byline').split(',').filter((name) => name !== '');
  const unknown = asked.filter((name) => !(name in FIELDS));
  if (unknown.length > 0) throw new Error(`unknown field(s) ${unknown.join(', ')}; known: ${Object.keys(FIELDS).join(', ')}`);
  return asked;
}

const fields = fieldsAsked();
for (const set of listBodySets()) {
  for (const file of readdirSync(join(BODY_SETS_DIR, set)).filter((f) => f.endsWith('.html')).sort()) {
    const doc = parseHtml(readFileSync(join(BODY_SETS_DIR, set, file), 'utf8'), PAGE_URL);
    try {
      const result = extractArticle(doc, PAGE_URL);
      const shown = result.ok ? Object.fromEntries(fields.map((name) => [name, FIELDS[name]?.(result.article)])) : { unread: result.reason };
      console.log(`${set} ${file.replace(/\.html$/u, '')} ${JSON.stringify(shown)}`);
    } finally {
      doc.defaultView?.close();
    }
    // Each page's DOM is freed only once the event loop turns (next-turn.ts): without it, the run died at the heap limit after page 505.
    await nextTurn();
  }
}
