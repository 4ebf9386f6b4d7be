import { readFileSync } from 'node:fs';
import type { Block } from '@/utils/article/types';
import type { Outline } from '@/utils/outline/types';
import { parseHtml } from '@/scripts/lib/parse-html';
import { readPage } from '@/utils/read-page';
import { listBlocks } from '@/utils/article/blocks';
import { buildOutline } from '@/utils/outline/build-outline';
import { articleFromText } from '../../../scripts/lib/text-article';

import { SEED_FILE as SEED, SEED_URL } from '../../fixtures/seed';

/** The seed page through the real pipeline, with the blocks the outline anchors point into. */
export function seedOutline(): { outline: Outline; blocks: Block[] } {
  const page = parseHtml(readFileSync(SEED, 'utf8'), SEED_URL);
  const result = readPage(page, SEED_URL);
  if (!result.ok) throw new Error(`extraction failed: ${result.reason}`);
  const root = page.createElement('div');
  // The article HTML is sanitized where it is shown; this is jsdom in Node, never a page.
  root.innerHTML = result.article.html; // eslint-disable-line no-unsanitized/property
  return { outline: result.outline, blocks: listBlocks(root) };
}

/** The outline of plain text: paragraphs separated by blank lines. */
export function outlineOfText(text: string, lang: string | null, title = ''): { outline: Outline; blocks: Block[] } {
  const { article, blocks } = articleFromText(text, lang, title);
  return { outline: buildOutline(article, blocks), blocks };
}

/** The outline of hand-made blocks. */
export function outlineOfBlocks(blocks: Block[], lang: string | null, title = ''): Outline {
  const { article } = articleFromText(blocks.map((b) => b.text).join('\n\n'), lang, title);
  return buildOutline(article, blocks);
}

export const p = (text: string): Block => ({ tag: 'p', text, caption: false });
