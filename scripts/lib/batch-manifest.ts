import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, CORPUS_URL, corpusPresent } from './corpus';
import { longArticleHtml } from './long-article';

export interface BatchManifest {
  path: string;
  corpusPages: number;
  generatedPages: number;
}

/** One page in ten is a generated long article, so the batch also holds the 10,000-word worst case of the outline. */
const GENERATED_EVERY = 10;

function corpusSources(): string[] {
  if (!corpusPresent()) return [];
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(CORPUS_DIR, entry.name, 'source.html'))
    .filter((path) => existsSync(path))
    .sort();
}

/** Lengths spread over 1,000–10,000 words, the same for every run so two measurements compare. */
function generatedWords(index: number): number {
  return 1_000 + ((index * 3_037) % 9_000);
}

/**
 * Writes a manifest of `count` pages into `dir` (a temporary folder: nothing here is kept
 * in the repository): the Readability corpus pages, read in place and repeated, with one
 * generated long article in ten; only generated articles when the corpus is absent.
 */
export function writeBatchManifest(dir: string, count: number): BatchManifest {
  const corpus = corpusSources();
  const lines: string[] = [];
  let generatedPages = 0;
  for (let i = 0; i < count; i++) {
    const source = corpus[(i - generatedPages) % Math.max(corpus.length, 1)];
    if (source && (i + 1) % GENERATED_EVERY !== 0) {
      lines.push(JSON.stringify({ file: source, url: CORPUS_URL }));
      continue;
    }
    const file = `generated-${String(i).padStart(4, '0')}.html`;
    writeFileSync(join(dir, file), longArticleHtml(generatedWords(i), `Bài dài số ${i}`).html);
    lines.push(JSON.stringify({ file, url: `http://127.0.0.1/${file}` }));
    generatedPages++;
  }
  const path = join(dir, 'batch.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, corpusPages: count - generatedPages, generatedPages };
}
