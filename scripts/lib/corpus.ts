import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared folder sits beside the clone, in CI as on a developer's machine. */
export const SHARED_DIR = resolve(import.meta.dirname, '../../../shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus/readability-test-pages');
export const SEED_PAGE = join(SHARED_DIR, 'fixtures/dongda-portal.html');
/** Readability's own test harness gives every corpus page this URL. */
export const CORPUS_URL = 'http://fakehost/test/page.html';
export const SEED_URL = 'http://dongda.hanoi.gov.vn/tin-tuc/xay-dung-dang/tong-ket-cong-tac-xay-dung-dang';

export interface CorpusPage {
  name: string;
  html: string;
  url: string;
  dir: string;
}

export function listCorpusPages(): CorpusPage[] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(CORPUS_DIR, entry.name, 'source.html')))
    .map((entry) => ({
      name: entry.name,
      dir: join(CORPUS_DIR, entry.name),
      url: CORPUS_URL,
      html: readFileSync(join(CORPUS_DIR, entry.name, 'source.html'), 'utf8'),
    }));
}

export function seedPage(): CorpusPage {
  return { name: 'dongda-portal (seed)', dir: SHARED_DIR, url: SEED_URL, html: readFileSync(SEED_PAGE, 'utf8') };
}
