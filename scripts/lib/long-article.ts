import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../utils/node/parse-html';
import { SHARED_DIR } from './corpus';

/**
 * A long article made of the seed article's paragraphs, repeated with headings
 * until it has `targetWords` words (whitespace-separated, as a reader would count them).
 */
export function longArticleDocument(targetWords: number): { doc: Document; url: string; words: number } {
  const seed = readFileSync(join(SHARED_DIR, 'seed/article-dongda.txt'), 'utf8');
  const paragraphs = seed.split(/\n\s*\n/u).map((p) => p.trim()).filter((p) => p.length > 80);
  const parts: string[] = [];
  let words = 0;
  for (let i = 0; words < targetWords; i++) {
    const paragraph = paragraphs[i % paragraphs.length] ?? '';
    if (i % paragraphs.length === 0) parts.push(`<h2>Phần ${i / paragraphs.length + 1}</h2>`);
    parts.push(`<p>${paragraph}</p>`);
    words += paragraph.split(/\s+/u).length;
  }
  const html = `<!doctype html><html lang="vi"><head><title>Bài dài</title></head><body><article><h1>Bài dài</h1>${parts.join('\n')}</article></body></html>`;
  return { doc: parseHtml(html, 'http://127.0.0.1/long.html'), url: 'http://127.0.0.1/long.html', words };
}
