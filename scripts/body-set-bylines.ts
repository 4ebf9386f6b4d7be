/**
 * npx tsx scripts/body-set-bylines.ts
 *
 * The byline Lede reads on every page of the body sets (npm run data:body), one line each:
 * `SET PAGE "Name, Name"` (or null). These sets have no byline gold: run it on two builds and
 * diff the output to read what a byline change does on 456 pages nobody tuned them on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from './lib/parse-html';
import { extractArticle } from '../utils/article/extract-article';
import { BODY_SETS_DIR, listBodySets } from './lib/quality-body-sets';

const PAGE_URL = 'http://fakehost/page.html';

for (const set of listBodySets()) {
  for (const file of readdirSync(join(BODY_SETS_DIR, set)).filter((f) => f.endsWith('.html')).sort()) {
    const doc = parseHtml(readFileSync(join(BODY_SETS_DIR, set, file), 'utf8'), PAGE_URL);
    try {
      const result = extractArticle(doc, PAGE_URL);
      console.log(`${set} ${file.replace(/\.html$/u, '')} ${JSON.stringify(result.ok ? result.article.byline : null)}`);
    } finally {
      doc.defaultView?.close();
    }
  }
}
