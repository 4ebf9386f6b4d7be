import type { BodyPassContext } from './body-passes';
import { normalizeSpace } from '../text/segment';

/**
 * A table that lays out the page, not data: the story's paragraphs in one cell, a side column
 * in the next (older sites, many portals). Kept as a table, the reading view showed the page's
 * grid, and the whole story was one block: one anchor for the outline, and nothing inside it
 * for the passes that remove furniture. Its cells become sections in reading order, but for a
 * side column of links beside the story. A table with a header cell or a caption is data and stays, as does one of
 * short cells (a picture over its caption, a timetable, a Word table of figures).
 */
const MIN_STORY_CELL_CHARS = 300;
const MIN_STORY_CELL_BLOCKS = 2;
const STORY_CELL_SHARE = 0.5;
const PARAGRAPHS = 'p, h1, h2, h3, h4, h5, h6, ul, ol, blockquote';
const ROW_GROUPS = new Set(['TBODY', 'THEAD', 'TFOOT']);

const textLength = (el: Element): number => normalizeSpace(el.textContent ?? '').length;

/** The table's own rows, not a nested table's, walked without HTMLCollections (slow in jsdom). */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.tagName.toUpperCase();
    if (tag === 'TR') rows.push(child);
    else if (ROW_GROUPS.has(tag)) for (let row = child.firstElementChild; row; row = row.nextElementSibling) if (row.tagName.toUpperCase() === 'TR') rows.push(row);
  }
  return rows;
}

function ownCells(table: Element): Element[] {
  const cells: Element[] = [];
  for (const row of ownRows(table)) for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) cells.push(cell);
  return cells;
}

/**
 * The cell that makes `table` a layout, or null: several paragraphs, long, and most of the
 * table's words. Among the cells, the story is the one with a paragraph that tells something.
 */
function layoutCell(table: Element, cells: Element[]): Element | null {
  if (cells.some((cell) => cell.tagName.toUpperCase() !== 'TD') || table.querySelector(':scope > caption, :scope > thead')) return null;
  const lengths = cells.map(textLength);
  const longest = Math.max(0, ...lengths);
  const widest = cells[lengths.indexOf(longest)];
  if (!widest || longest < MIN_STORY_CELL_CHARS) return null;
  const total = lengths.reduce((sum, n) => sum + n, 0);
  if (longest < total * STORY_CELL_SHARE || widest.querySelectorAll(PARAGRAPHS).length < MIN_STORY_CELL_BLOCKS) return null;
  return hasProse(widest) ? widest : (cells.find(hasProse) ?? widest);
}

/** A paragraph this long tells something; a side column's lines (a headline, a label, a link) are shorter. */
const PROSE_CHARS = 100;
/** A cell beside the story whose words are this much link text is a side column of links. */
const SIDE_LINK_SHARE = 0.25;

/** More links than words: a line of a menu set as a paragraph ("News Ulster Fry event The Twelfth …"). */
const PROSE_MAX_LINK_SHARE = 0.5;

function hasProse(cell: Element): boolean {
  for (const el of cell.querySelectorAll('p, li, blockquote, dd')) {
    const chars = textLength(el);
    if (chars >= PROSE_CHARS && linkShare(el, chars) < PROSE_MAX_LINK_SHARE) return true;
  }
  return false;
}

function linkShare(cell: Element, chars: number): number {
  let linked = 0;
  for (const a of cell.querySelectorAll('a')) linked += textLength(a);
  return chars === 0 ? 0 : linked / chars;
}

/**
 * A cell beside the story that is its page's side column: words, none of them in a paragraph
 * that tells something, and many of them links (other stories' headlines, sections, tools).
 * A cell of a picture alone, or of the headline and date over the story, stays.
 */
function isSideColumn(cell: Element, story: Element): boolean {
  if (cell === story) return false;
  const chars = textLength(cell);
  return chars > 0 && !hasProse(cell) && linkShare(cell, chars) >= SIDE_LINK_SHARE;
}

/** Replaces `table` by one section per cell, each holding what the cell held, without the side columns beside the story. */
function unwrap(table: Element, cells: Element[], story: Element): void {
  const doc = table.ownerDocument;
  const sections = doc.createDocumentFragment();
  for (const cell of cells) {
    if (isSideColumn(cell, story)) continue;
    const section = doc.createElement('div');
    while (cell.firstChild) section.append(cell.firstChild);
    sections.append(section);
  }
  table.replaceWith(sections);
}

/** Body pass: the page's layout tables become their cells' sections, outermost first (a nested one is judged on its own). */
export function unwrapLayoutTables(root: Element, _ctx: BodyPassContext): void {
  for (const table of root.querySelectorAll('table')) {
    const cells = ownCells(table);
    const story = layoutCell(table, cells);
    if (story) unwrap(table, cells, story);
  }
}
