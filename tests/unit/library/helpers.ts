import type { Article } from '@/utils/article/types';
import type { Outline } from '@/utils/outline/types';
import { openLibrary, type LibraryDatabase } from '@/utils/library/db';

let dbCounter = 0;

/** A database no other test touches: fake-indexeddb keeps every name for the whole run. */
export async function freshLibrary(): Promise<{ db: LibraryDatabase; name: string }> {
  const name = `lede-test-${process.pid}-${++dbCounter}-${Math.random().toString(36).slice(2)}`;
  return { db: await openLibrary(name), name };
}

export function makeOutline(overrides: Partial<Outline> = {}): Outline {
  return {
    sections: [
      { title: 'Background', level: 2, anchor: { block: 1 }, items: [] },
      { title: 'Details', level: 3, anchor: { block: 4 }, items: [{ label: 'First, the numbers', anchor: { block: 5 } }] },
    ],
    quotes: [{ text: 'We will continue', speaker: 'Jane Doe', role: 'minister', kind: 'direct', anchor: { block: 6 } }],
    keyPoints: [{ text: 'Output rose by 5 percent', anchor: { block: 2 } }],
    ...overrides,
  };
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example.com/a/1',
    title: 'An example article',
    subtitle: null,
    bylines: ['Jane Writer'],
    byline: 'Jane Writer',
    published: '2025-05-01T10:00:00Z',
    modified: null,
    siteName: 'Example News',
    lang: 'en',
    dir: 'ltr',
    leadImage: null,
    excerpt: null,
    wordCount: 5,
    readingMinutes: 1,
    html: '<p>Body text of the article.</p>',
    text: 'Body text of the article.',
    figures: [],
    readerable: true,
    ...overrides,
  };
}
