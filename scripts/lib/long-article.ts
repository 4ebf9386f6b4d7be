import { parseHtml } from './parse-html';
import { repeatSeedParagraphs } from './text-article';

const PARAGRAPHS_PER_PART = 12;

/** A long page made of the seed article's paragraphs, with a heading every few paragraphs; `title` tells generated pages apart. */
export function longArticleHtml(targetWords: number, title = 'Bài dài'): { html: string; words: number } {
  const { paragraphs, words } = repeatSeedParagraphs(targetWords);
  const parts = paragraphs.map((p, i) => `${i % PARAGRAPHS_PER_PART === 0 ? `<h2>Phần ${i / PARAGRAPHS_PER_PART + 1}</h2>` : ''}<p>${p}</p>`);
  const html = `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><article><h1>${title}</h1>${parts.join('\n')}</article></body></html>`;
  return { html, words };
}

export function longArticleDocument(targetWords: number): { doc: Document; url: string; words: number } {
  const { html, words } = longArticleHtml(targetWords);
  const url = 'http://127.0.0.1/long.html';
  return { doc: parseHtml(html, url), url, words };
}
