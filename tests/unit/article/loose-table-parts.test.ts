import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { separateLooseTableCells } from '@/utils/article/loose-table-parts';
import { listBlocks, blocksToText } from '@/utils/article/blocks';
import { wrapLooseText } from '@/utils/article/loose-text';

/** Readability's body as the DOM held it, serialized and parsed again as rebuildRoot does. */
function rebuilt(build: (doc: Document, root: Element) => void): Element {
  const doc = new JSDOM('<div id="root"></div>').window.document;
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  build(doc, root);
  const html = separateLooseTableCells(root.outerHTML);
  const body = new JSDOM(`<body>${html}</body>`).window.document.body.firstElementChild;
  if (!body) throw new Error('nothing parsed');
  return body;
}

function looseRow(doc: Document, root: Element, cells: string[]): void {
  const row = doc.createElement('tr');
  for (const text of cells) row.appendChild(doc.createElement('th')).textContent = text;
  root.appendChild(row);
}

describe('table parts left without their table', () => {
  it('keeps the cells of a row without its table apart ("Company Location Posted")', () => {
    const root = rebuilt((doc, r) => looseRow(doc, r, ['Company', 'Location', 'Posted']));
    wrapLooseText(root);
    expect(blocksToText(listBlocks(root))).toBe('Company Location Posted');
  });

  it('keeps the markup inside a loose cell and ends a loose row with a line break', () => {
    expect(separateLooseTableCells('<div><tr><td title="a > b"><b>One</b></td><td>Two</td></tr><tr><td>Three</td></tr></div>')).toBe('<div><b>One</b> Two <br>Three <br></div>');
  });

  it('leaves a whole table, and a table inside a loose cell, as they are', () => {
    const table = '<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>';
    expect(separateLooseTableCells(`<div>${table}</div>`)).toBe(`<div>${table}</div>`);
    expect(separateLooseTableCells(`<div><td>${table}</td></div>`)).toBe(`<div>${table} </div>`);
  });

  it('leaves markup-like text in a script or style alone, and drops a loose col', () => {
    expect(separateLooseTableCells('<div><style>td{}</style><script>"<td>"</script><col><td>x</td></div>')).toBe('<div><style>td{}</style><script>"<td>"</script>x </div>');
  });
});
