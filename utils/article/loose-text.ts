import { BLOCK_TAGS } from './blocks';
import { firstBlockElements } from './block-elements';

/**
 * Readability keeps text that sits outside any paragraph: "<div> Test </div>", or
 * "<span><p>abc</p> ghi</span>". The body's text and the outline read blocks only, so such
 * text would be lost to both. This pass wraps each run of loose text (with its inline
 * neighbours) in a <p>, so the page's words all live in blocks, in the HTML the reader sees
 * and in the text alike.
 */
const PHRASING_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BR', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'IMG', 'KBD', 'LABEL',
  'MARK', 'PICTURE', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);
/** Blocks that hold phrasing content only, and blocks read whole: nothing to wrap inside. */
const SEALED_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TABLE', 'FIGCAPTION']);

const hasText = (node: Node): boolean => /\S/u.test(node.textContent ?? '');

function isLoose(node: Node, holdsBlock: boolean): boolean {
  if (node.nodeType === 3) return true;
  return node.nodeType === 1 && !holdsBlock && PHRASING_TAGS.has((node as Element).tagName.toUpperCase());
}

function wrapRun(parent: Element, run: Node[]): void {
  const first = run[0];
  if (!first || !run.some(hasText)) return;
  const paragraph = parent.ownerDocument.createElement('p');
  parent.insertBefore(paragraph, first);
  paragraph.append(...run);
}

/** Wraps loose runs among `el`'s children; tells whether `el` is or holds a block afterwards. */
function wrapLooseRuns(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SEALED_TAGS.has(tag)) return true;
  const children: { node: Node; holdsBlock: boolean }[] = [];
  for (let child = el.firstChild; child; child = child.nextSibling) {
    children.push({ node: child, holdsBlock: child.nodeType === 1 && wrapLooseRuns(child as Element) });
  }
  const holdsBlock = children.some((c) => c.holdsBlock);
  if (!holdsBlock && (BLOCK_TAGS.has(tag) || PHRASING_TAGS.has(tag))) return BLOCK_TAGS.has(tag);
  let run: Node[] = [];
  for (const { node, holdsBlock: childHoldsBlock } of children) {
    if (isLoose(node, childHoldsBlock)) {
      run.push(node);
      continue;
    }
    wrapRun(el, run);
    run = [];
  }
  wrapRun(el, run);
  return true;
}

export function wrapLooseText(root: Element): void {
  wrapLooseRuns(root);
}

/**
 * The run of loose text above the body's first block, if any: "<section><span>In Depth</span>
 * <span>| 19 July 2012</span><div><p>…" (a section's name and the date set as bare spans), which
 * the passes that read blocks do not see until wrapLooseText has run, at the end.
 */
export function looseLineAbove(root: Element): Node[] | null {
  const first = firstBlockElements(root, 1)[0];
  for (let child = first; child && child !== root; child = child.parentElement ?? undefined) {
    const run: Node[] = [];
    let node = child.previousSibling;
    for (; node && isLoose(node, false); node = node.previousSibling) run.unshift(node);
    if (run.some(hasText)) return run;
    // Text above that is not a line of its own (in a block this list does not know): no line.
    if (node && hasText(node)) return null;
  }
  return null;
}
