import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLivePart, type LiveResult } from '@/utils/read-live-part';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { listGoldenPages } from '../../../scripts/lib/golden-pages';

/** The page's part of a read of the seed's portal page (a golden page), as the injected script makes it. Needs a DOM (jsdom). */
export function seedLivePart(): LiveResult {
  const page = listGoldenPages().find((p) => p.name === 'vi-dongda-portal');
  if (!page) throw new Error('no seed page among the golden pages');
  return readLivePart(parseHtml(readFileSync(join(page.dir, 'source.html'), 'utf8'), page.url), page.url);
}
