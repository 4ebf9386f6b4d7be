import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CorpusPage } from './corpus';
import { decodeBytes } from './decode-bytes';

/** The address a saved page is read against when nothing beside it says where it came from. */
const FALLBACK_URL = 'http://fakehost/page.html';

/**
 * Every saved page in a folder, for benches on anyone's own pages: `*.html` files directly in
 * it, and sub-folders holding a `source.html` (the golden-page layout, with `url.txt` when
 * present). Bytes are decoded as a browser would (BOM, meta charset, else UTF-8 or windows-1252).
 */
export function listPagesIn(folder: string): CorpusPage[] {
  const root = resolve(folder);
  if (!existsSync(root)) throw new Error(`No folder at ${root}`);
  const pages: CorpusPage[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(root, entry.name);
    if (entry.isFile() && /\.html?$/iu.test(entry.name)) {
      pages.push({ name: entry.name, dir: root, url: FALLBACK_URL, html: decodeBytes(readFileSync(path)) });
    } else if (entry.isDirectory() && existsSync(join(path, 'source.html'))) {
      const urlFile = join(path, 'url.txt');
      const url = existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : FALLBACK_URL;
      pages.push({ name: entry.name, dir: path, url, html: decodeBytes(readFileSync(join(path, 'source.html'))) });
    }
  }
  return pages;
}
