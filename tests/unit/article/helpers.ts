import { readFileSync } from 'node:fs';
import { parseHtml } from '@/scripts/lib/parse-html';
import { extractArticle } from '@/utils/article/extract-article';
import type { Article } from '@/utils/article/types';
import { removeBoilerplate } from '@/utils/article/boilerplate';
import type { BodyPass, BodyPassContext } from '@/utils/article/body-passes';

import { SEED_FILE, SEED_URL } from '../../fixtures/seed';

export { SEED_FILE, SEED_URL };

export function extractHtml(html: string, url = 'http://example.test/article.html'): Article {
  const result = extractArticle(parseHtml(html, url), url);
  if (!result.ok) throw new Error(`extraction failed: ${result.reason}`);
  return result.article;
}

export function seedArticle(): Article {
  return extractHtml(readFileSync(SEED_FILE, 'utf8'), SEED_URL);
}

/** A body element for testing one pass on a snippet, without Readability in the way. */
export function bodyOf(html: string): Element {
  const doc = parseHtml(`<!doctype html><html><body><div id="root">${html}</div></body></html>`, 'http://example.test/');
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  return root;
}

/** The context a body pass gets when the page states nothing: no byline, language or title. */
export function bareContext(): BodyPassContext {
  return { bylines: [], lang: null, title: '', knownBylines: [] };
}

/** One body pass run on a snippet, with the bare context: what a pass's test reads. */
export function afterPass(pass: BodyPass): (html: string) => Element {
  return (html) => {
    const root = bodyOf(html);
    pass(root, bareContext());
    return root;
  };
}

/** A story's paragraph, for a furniture test to put the furniture beside. */
export const STORY = '<p>The council voted on Tuesday to extend the programme for two more years, citing strong demand from residents across the city.</p>';

/** The body pass that removes furniture, run on a snippet. */
export function withoutBoilerplate(html: string): Element {
  const root = bodyOf(html);
  removeBoilerplate(root, bareContext());
  return root;
}

/** Long enough paragraphs that Readability takes the snippet for an article. */
export const FILLER = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i + 1} of the story tells readers what happened at the meeting, who spoke, what was decided, and why it matters for the city and its residents over the coming years.</p>`,
).join('\n');

export function page(body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><title>A story</title></head><body><article>${body}</article></body></html>`;
}
