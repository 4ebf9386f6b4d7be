/**
 * Readability can hand over table parts without their table: it takes a row or a cell as the
 * article's top candidate, or appends a cell's siblings to its own wrapper. The DOM holds
 * them, but the HTML parser drops a `<tr>`, `<td>` or `<th>` met outside a table and keeps
 * only their text, so every cell of a row ran into the next when the body was rebuilt
 * ("CompanyLocationPosted", a job board's table header). Such tags are taken out before the
 * re-parse, leaving the tree the parser would have made, with a space where a cell ended and a
 * line break where a row did (no new blocks: the body passes see the tree they saw before).
 * Tables themselves are left alone.
 *
 * Works on serialized HTML (outerHTML): utils/dom/serialized-tags.ts.
 */
import { serializedTags } from '../dom/serialized-tags';

const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col']);
/** Where a line ends; a cell ends with a space. */
const ROW_ENDS = new Set(['tr', 'tbody', 'thead', 'tfoot', 'caption']);
/** Cheap first look: most bodies hold no table part at all. */
const ANY_TABLE_PART = /<(?:t[dhr]|tbody|thead|tfoot|caption|col)[\s>/]/iu;

/** `html` with the tags of every table part outside a table taken out, as the parser would, but a space left where a cell ended and a line break where a row did (the same string when there is none). */
export function separateLooseTableCells(html: string): string {
  if (!ANY_TABLE_PART.test(html)) return html;
  let out = '';
  let copied = 0;
  let tables = 0;
  for (const { start, end, name, closing } of serializedTags(html)) {
    if (name === 'table') tables = Math.max(0, tables + (closing ? -1 : 1));
    if (tables > 0 || !TABLE_PARTS.has(name)) continue;
    out += `${html.slice(copied, start)}${closing ? (ROW_ENDS.has(name) ? '<br>' : ' ') : ''}`;
    copied = end;
  }
  return copied === 0 ? html : out + html.slice(copied);
}
