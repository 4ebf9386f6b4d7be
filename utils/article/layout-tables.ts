import type { BodyPassContext } from './body-passes';
import { normalizeSpace } from '../text/segment';
import { charsFor } from '../text/dense-script';
import { linkedChars } from './link-share';

/**
 * A table that lays out the page, not data: the story's paragraphs in one cell, a side column
 * in the next (older sites, many portals). Kept as a table, the reading view showed the page's
 * grid, and the whole story was one block: one anchor for the outline, and nothing inside it
 * for the passes that remove furniture. Its cells become sections in reading order, but for a
 * side column of links beside the story. A table with a header cell or a caption is data and
 * stays, as does one of short cells (a picture over its caption, a timetable, a Word table of
 * figures). Lengths count half as many characters in Chinese, Japanese and Korean.
 */
const MIN_STORY_CELL_CHARS = 300;
const MIN_STORY_CELL_BLOCKS = 2;
const STORY_CELL_SHARE = 0.5;
const CELL_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, table, br';
const ROW_GROUPS = new Set(['TBODY', 'THEAD', 'TFOOT']);

const textOf = (el: Element): string => normalizeSpace(el.textContent ?? '');
const textLength = (el: Element): number => textOf(el).length;

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

/** The cells of each of the table's own rows. */
function ownCells(table: Element): Element[][] {
  return ownRows(table).map((row) => {
    const cells: Element[] = [];
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) cells.push(cell);
    return cells;
  });
}

/**
 * The cell that makes `table` a layout, or null. Either one cell holds most of the table's
 * words in several blocks (paragraphs, a nested table of them), or the table is one column
 * whose rows are paragraphs (older sites set a story a sentence or two per row). Among the
 * cells, the story is the one with a paragraph that tells something.
 */
function layoutCell(table: Element, rows: Element[][]): Element | null {
  const cells = rows.flat();
  if (cells.some((cell) => cell.tagName.toUpperCase() !== 'TD') || table.querySelector(':scope > caption, :scope > thead')) return null;
  if (isParagraphColumn(table, rows)) return cells.find(isProseCell) ?? null;
  const texts = cells.map(textOf);
  const lengths = texts.map((text) => text.length);
  const longest = Math.max(0, ...lengths);
  const at = lengths.indexOf(longest);
  const widest = cells[at];
  if (!widest || longest < charsFor(texts[at] ?? '', MIN_STORY_CELL_CHARS)) return null;
  const total = lengths.reduce((sum, n) => sum + n, 0);
  if (longest < total * STORY_CELL_SHARE || widest.querySelectorAll(CELL_BLOCKS).length < MIN_STORY_CELL_BLOCKS) return null;
  return hasProse(widest) ? widest : (cells.find(hasProse) ?? widest);
}

/**
 * One cell a row, and at least two of them paragraphs of a story. No picture: a column of
 * pictures over their captions is the captions' to read (captions.ts).
 */
function isParagraphColumn(table: Element, rows: Element[][]): boolean {
  if (rows.some((row) => row.length > 1) || table.querySelector('img, picture, figure') !== null) return false;
  let prose = 0;
  for (const [cell] of rows) if (cell && isProseCell(cell)) prose += 1;
  return prose >= MIN_STORY_CELL_BLOCKS;
}

/** A paragraph this long tells something; a side column's lines (a headline, a label, a link) are shorter. */
const PROSE_CHARS = 100;
/** A cell beside the story whose words are this much link text is a side column of links. */
const SIDE_LINK_SHARE = 0.25;

/** More links than words: a line of a menu set as a paragraph ("News Ulster Fry event The Twelfth …"). */
const PROSE_MAX_LINK_SHARE = 0.5;

const PROSE_BLOCKS = 'p, li, blockquote, dd';

function isProse(el: Element): boolean {
  const text = textOf(el);
  return text.length >= charsFor(text, PROSE_CHARS) && linkShare(el, text.length) < PROSE_MAX_LINK_SHARE;
}

function hasProse(cell: Element): boolean {
  for (const el of cell.querySelectorAll(PROSE_BLOCKS)) if (isProse(el)) return true;
  return false;
}

/** A cell that is a paragraph itself (its text bare in the cell), or holds one. */
function isProseCell(cell: Element): boolean {
  return cell.querySelector(PROSE_BLOCKS) === null ? isProse(cell) : hasProse(cell);
}

function linkShare(cell: Element, chars: number): number {
  return chars === 0 ? 0 : linkedChars(cell) / chars;
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
    const rows = ownCells(table);
    const story = layoutCell(table, rows);
    if (story) unwrap(table, rows.flat(), story);
  }
}
