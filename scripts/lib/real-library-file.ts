import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../../utils/read-page';
import { cleanLang } from '../../utils/library/save';
import { fitOutline, clipText } from '../../utils/library/fit-outline';
import { libraryToJson } from '../../utils/library/export';
import { LIMITS, SCHEMA_VERSION, type ExportedOutline } from '../../utils/library/schema';
import { listGoldenPages } from './golden-pages';
import { parseHtml } from './parse-html';

/** Every golden page read once, as a save would store it (utils/library/save.ts), minus id, URL and times. */
function goldenItems(): Omit<ExportedOutline, 'id' | 'url' | 'savedAt' | 'updatedAt'>[] {
  return listGoldenPages().flatMap((page) => {
    const doc = parseHtml(readFileSync(join(page.dir, 'source.html'), 'utf8'), page.url);
    const result = readPage(doc, page.url);
    doc.defaultView?.close();
    if (!result.ok) return [];
    const { article, outline } = result;
    return [
      {
        schemaVersion: SCHEMA_VERSION,
        title: clipText(article.title, LIMITS.titleChars),
        byline: article.byline,
        published: article.published,
        siteName: article.siteName,
        lang: cleanLang(article.lang),
        dir: article.dir,
        note: '',
        tags: [],
        outline: fitOutline(outline),
        text: article.text,
        html: article.html,
      },
    ];
  });
}

/**
 * A library export of `count` real articles: the golden pages (tests/fixtures/pages) read
 * by the extension's own pipeline, cycled under distinct URLs, with their HTML as a save
 * keeps it. For timing import with items of real size and real languages, not generated text.
 */
export function realLibraryFile(count: number, now = Date.UTC(2026, 0, 1)): { text: string; pages: number } {
  const items = goldenItems();
  const records: ExportedOutline[] = [];
  for (let i = 0; i < count && items.length > 0; i++) {
    const item = items[i % items.length];
    if (!item) continue;
    records.push({ ...item, id: `real-${i}`, url: `https://real.example/${i % items.length}/copy-${i}`, savedAt: now - i * 60_000, updatedAt: now - i * 60_000 });
  }
  return { text: libraryToJson(records, now), pages: items.length };
}
