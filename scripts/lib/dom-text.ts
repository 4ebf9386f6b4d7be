/** Elements that break words apart when rendered, even with no white space between them in the HTML. */
const BREAKING = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'MAIN', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD',
  'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'FIGURE', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BR', 'HR',
]);

/**
 * Text of an element as a reader sees the words: like `textContent`, but block
 * boundaries become spaces, so `<p>end</p><p>Start</p>` never scores as "endStart".
 */
export function readableText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName : '';
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') return;
    const breaking = BREAKING.has(tag);
    if (breaking) parts.push(' ');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (breaking) parts.push(' ');
  };
  walk(root);
  return parts.join('').replace(/\s+/gu, ' ').trim();
}
