import type { Article, Block } from '../../utils/article/types';
import { readSeedHtml, SEED_URL } from '../../tests/fixtures/seed';
import { parseHtml } from './parse-html';

/** An Article and its blocks from plain text (paragraphs separated by blank lines), for benches and tests without a page. */
export function articleFromText(text: string, lang: string | null, title = ''): { article: Article; blocks: Block[] } {
  const paragraphs = text.split(/\n\s*\n/u).map((p) => p.replace(/\s+/gu, ' ').trim()).filter((p) => p !== '');
  return articleFromParagraphs(paragraphs, lang, title);
}

/** An Article with one <p> block per paragraph, in order: block i is paragraphs[i], so anchors index the paragraphs. */
export function articleFromParagraphs(paragraphs: string[], lang: string | null, title = ''): { article: Article; blocks: Block[] } {
  const blocks: Block[] = paragraphs.map((p) => ({ tag: 'p', text: p, caption: false }));
  const article: Article = {
    url: 'http://127.0.0.1/text',
    title,
    subtitle: null,
    bylines: [],
    byline: null,
    published: null,
    modified: null,
    siteName: null,
    lang,
    dir: 'ltr',
    leadImage: null,
    excerpt: null,
    wordCount: 0,
    readingMinutes: 0,
    html: '',
    text: paragraphs.join('\n\n'),
    figures: [],
    readerable: true,
  };
  return { article, blocks };
}

/**
 * A 10,000-word (or `targetWords`) Vietnamese article without headings, made of the seed
 * article's paragraphs: the worst case for the outline, which then looks for topic breaks,
 * enumerations, reported speech and key points in all of it. For `npm run bench`:
 *   const { article, blocks } = synthesizeLongArticle(10_000); buildOutline(article, blocks);
 */
let seedParagraphs: string[] | null = null;

/** The body paragraphs of the repository's seed page, so a clone with nothing beside it can run the benches. */
function readSeedParagraphs(): string[] {
  if (seedParagraphs) return seedParagraphs;
  const doc = parseHtml(readSeedHtml(), SEED_URL);
  seedParagraphs = Array.from(doc.querySelectorAll('.article-content p'), (p) => (p.textContent ?? '').replace(/\s+/gu, ' ').trim())
    .filter((p) => p.length > 80);
  doc.defaultView?.close();
  return seedParagraphs;
}

/** The seed article's paragraphs, repeated in order until they hold `targetWords` words (as a reader counts them). */
export function repeatSeedParagraphs(targetWords: number): { paragraphs: string[]; words: number } {
  const source = readSeedParagraphs();
  const paragraphs: string[] = [];
  let words = 0;
  for (let i = 0; words < targetWords && source.length > 0; i++) {
    const paragraph = source[i % source.length] ?? '';
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/u).length;
  }
  return { paragraphs, words };
}

export function synthesizeLongArticle(targetWords = 10_000): { article: Article; blocks: Block[]; words: number } {
  const { paragraphs, words } = repeatSeedParagraphs(targetWords);
  return { ...articleFromText(paragraphs.join('\n\n'), 'vi', 'Bài dài'), words };
}
