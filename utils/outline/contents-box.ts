import type { Block } from '../article/types';

/**
 * A contents box (Wikipedia's "Contents", a blog's table of contents) lists the article's
 * own headings as links: its items are not sections, and neither is its "Contents" title.
 * Found by what it is, not by a site's markup: a run of short list items and lines most of whose texts,
 * numbering left out ("3.1 Firefox"), are headings that come after it.
 */
const MIN_ITEMS = 3;
const MIN_SHARE_OF_HEADINGS = 0.6;
const MAX_ENTRY_CHARS = 100;
/** A title this short right before the run is its caption ("Contents", "Mục lục", "Inhalt"). */
const MAX_CAPTION_WORDS = 4;

/** The comparable form of a heading or an item: no numbering, no "[edit]", no case. */
export function headingKey(text: string): string {
  return text
    .replace(/^\d{1,3}(?:\.\d{1,3}){0,4}\.?\s+/u, '')
    .trim()
    .toLowerCase();
}

interface Run {
  first: number;
  last: number;
}

/** An entry of a contents box: a short list item or line (parents are often lines, their children items). */
function isEntry(block: Block | undefined): boolean {
  return block !== undefined && (block.tag === 'li' || block.tag === 'p') && !block.caption && block.text.length <= MAX_ENTRY_CHARS;
}

function entryRuns(blocks: Block[], last: number): Run[] {
  const runs: Run[] = [];
  let first = -1;
  for (let i = 0; i <= last; i++) {
    const entry = i < last && isEntry(blocks[i]);
    if (entry && first < 0) first = i;
    if (!entry && first >= 0) {
      if (i - first >= MIN_ITEMS) runs.push({ first, last: i - 1 });
      first = -1;
    }
  }
  return runs;
}

/**
 * Block indices that belong to a contents box: its items and the short title before it.
 * `headings` maps each later heading's key to its block index.
 */
export function contentsBoxBlocks(blocks: Block[], last: number, headings: ReadonlyMap<string, number>): Set<number> {
  const out = new Set<number>();
  for (const run of entryRuns(blocks, last)) {
    let matched = 0;
    for (let i = run.first; i <= run.last; i++) {
      const at = headings.get(headingKey(blocks[i]?.text ?? ''));
      if (at !== undefined && at > run.last) matched++;
    }
    if (matched / (run.last - run.first + 1) < MIN_SHARE_OF_HEADINGS) continue;
    for (let i = run.first; i <= run.last; i++) out.add(i);
    for (let i = run.first - 1; i >= Math.max(0, run.first - 3); i--) {
      const caption = blocks[i];
      if (!caption || caption.text === '') continue;
      if (caption.text.split(' ').length <= MAX_CAPTION_WORDS && !caption.text.endsWith('.')) out.add(i);
      break;
    }
  }
  return out;
}
