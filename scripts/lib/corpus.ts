import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SEED_PAGE, SEED_URL } from '../../tests/fixtures/seed';

/** The repository root: relative settings (LEDE_CORPUS) are read from here, wherever the command runs. */
export const REPO_DIR = resolve(import.meta.dirname, '../..');
/** The shared folder beside the clone: optional data (key-point sets), never needed by `npm test`. */
export const SHARED_DIR = resolve(REPO_DIR, '../shared');

/**
 * Readability's 130 test pages (Apache-2.0, github.com/mozilla/readability test/test-pages),
 * which the repository does not carry. One setting says where they are: LEDE_CORPUS, an
 * absolute path or one relative to the repository; by default beside the clone.
 */
export const CORPUS_ENV = 'LEDE_CORPUS';
export const DEFAULT_CORPUS = '../shared/corpus/readability-test-pages';
export const CORPUS_DIR = resolve(REPO_DIR, process.env[CORPUS_ENV] || DEFAULT_CORPUS);
/** Readability's own test harness gives every corpus page this URL. */
export const CORPUS_URL = 'http://fakehost/test/page.html';
export { SEED_PAGE, SEED_URL };

/** Under CI a missing corpus is an error, never a skip: a green CI run has measured the corpus. */
export const IN_CI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';

export function corpusPresent(): boolean {
  return existsSync(join(CORPUS_DIR, 'nytimes-1', 'source.html'));
}

/** The one line a run prints when the corpus is not there. */
export const CORPUS_MISSING = `Readability corpus not found at ${CORPUS_DIR}: corpus tests skipped. Put mozilla/readability's test/test-pages/ there, or set ${CORPUS_ENV}=/path/to/test-pages.`;

/**
 * For tests that need the corpus: `describe.skipIf(corpusGate().skip)`. Absent outside CI:
 * skip, with the one line printed once per test file. Absent under CI: run, and fail on
 * the first read (readCorpusFile throws CORPUS_MISSING).
 */
export function corpusGate(): { present: boolean; skip: boolean } {
  const present = corpusPresent();
  if (!present && !IN_CI && !gateReported) {
    gateReported = true;
    console.warn(CORPUS_MISSING);
  }
  return { present, skip: !present && !IN_CI };
}
let gateReported = false;

/** Throws the one clear line instead of ENOENT when the corpus is missing. */
export function requireCorpus(): string {
  if (!corpusPresent()) throw new Error(CORPUS_MISSING.replace('corpus tests skipped', IN_CI ? 'CI needs it' : 'cannot go on'));
  return CORPUS_DIR;
}

export interface CorpusPage {
  name: string;
  html: string;
  url: string;
  dir: string;
}

export function listCorpusPages(): CorpusPage[] {
  const root = requireCorpus();
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'source.html')))
    .map((entry) => ({
      name: entry.name,
      dir: join(root, entry.name),
      url: CORPUS_URL,
      html: readFileSync(join(root, entry.name, 'source.html'), 'utf8'),
    }));
}

export function seedPage(): CorpusPage {
  return { name: 'dongda-portal (seed)', dir: dirname(SEED_PAGE), url: SEED_URL, html: readFileSync(SEED_PAGE, 'utf8') };
}
