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
 * Works on serialized HTML (outerHTML), whose shape is fixed: text never holds a raw `<`,
 * attribute values are quoted, and only raw-text elements (script, style…) hold markup-like
 * text, which is skipped.
 */

const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col']);
/** Where a line ends; a cell ends with a space. */
const ROW_ENDS = new Set(['tr', 'tbody', 'thead', 'tfoot', 'caption']);
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'textarea', 'title']);
/** A tag never holds a bare `<` outside its quoted values: stopping there keeps a text of "a<a<a<…" linear (each try ends at the next `<`, not at the end of the text). */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>/gu;
/** Cheap first look: most bodies hold no table part at all. */
const ANY_TABLE_PART = /<(?:t[dhr]|tbody|thead|tfoot|caption|col)[\s>/]/iu;

/** `html` with the tags of every table part outside a table taken out, as the parser would, but a space left where a cell ended and a line break where a row did (the same string when there is none). */
export function separateLooseTableCells(html: string): string {
  if (!ANY_TABLE_PART.test(html)) return html;
  let out = '';
  let copied = 0;
  let tables = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const name = match[2]?.toLowerCase();
    if (!name) continue;
    const closing = match[1] === '/';
    if (!closing && RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}`, 'giu');
      end.lastIndex = TAG.lastIndex;
      TAG.lastIndex = end.exec(html)?.index ?? html.length;
      continue;
    }
    if (name === 'table') tables = Math.max(0, tables + (closing ? -1 : 1));
    if (tables > 0 || !TABLE_PARTS.has(name)) continue;
    out += `${html.slice(copied, match.index)}${closing ? (ROW_ENDS.has(name) ? '<br>' : ' ') : ''}`;
    copied = TAG.lastIndex;
  }
  return copied === 0 ? html : out + html.slice(copied);
}
