import type { Annotation } from '../library/schema';
import { findQuote, quoteAt, type TextQuote, type TextSpan } from '../library/annotations-anchor';
import { buildTextMap, type TextMap } from './text-map';

/**
 * Highlights drawn on the sanitized article: matched text is wrapped in <mark> elements made
 * with createElement around existing text nodes, so no stored string is ever parsed as HTML.
 */

export const MARK_CLASS = 'reader-highlight';
export const MARK_ID_ATTRIBUTE = 'data-annotation';

/** Removes every mark, putting the text back as it was. */
export function clearHighlights(container: Element): void {
  const parents = new Set<Node>();
  for (const mark of container.querySelectorAll(`mark.${MARK_CLASS}`)) {
    if (mark.parentNode) parents.add(mark.parentNode);
    mark.replaceWith(...mark.childNodes);
  }
  // Joins the text nodes that marks had split, so the next drawing meets the original nodes.
  for (const parent of parents) parent.normalize();
}

interface Piece {
  node: Text;
  start: number;
  end: number;
  id: string;
}

/** Wraps one node's pieces from its end backwards, so the offsets of the earlier ones stay right. */
function wrapNode(node: Text, pieces: Piece[]): void {
  const doc = node.ownerDocument;
  for (const piece of [...pieces].sort((a, b) => b.start - a.start)) {
    let target = node;
    if (piece.end < target.length) target.splitText(piece.end);
    if (piece.start > 0) target = target.splitText(piece.start);
    const mark = doc.createElement('mark');
    mark.className = MARK_CLASS;
    mark.setAttribute(MARK_ID_ATTRIBUTE, piece.id);
    target.replaceWith(mark);
    mark.append(target);
  }
}

/**
 * Pieces of every highlight (white space between blocks is never in one: the text map
 * skips it), with overlaps cut away, with overlaps cut away: where two highlights overlap, the earlier
 * one's mark covers the shared words (one mark per letter keeps the markup flat).
 */
function piecesOf(map: TextMap, found: { id: string; span: TextSpan }[]): Map<Text, Piece[]> {
  const taken: TextSpan[] = [];
  const byNode = new Map<Text, Piece[]>();
  for (const { id, span } of found) {
    for (const free of freeParts(span, taken)) {
      for (const piece of map.pieces(free)) {
        const list = byNode.get(piece.node) ?? [];
        list.push({ ...piece, id });
        byNode.set(piece.node, list);
      }
    }
    taken.push(span);
  }
  return byNode;
}

function freeParts(span: TextSpan, taken: readonly TextSpan[]): TextSpan[] {
  let parts = [span];
  for (const used of taken) {
    parts = parts.flatMap((part) => {
      if (used.end <= part.start || used.start >= part.end) return [part];
      const left = part.start < used.start ? [{ start: part.start, end: used.start }] : [];
      const right = part.end > used.end ? [{ start: used.end, end: part.end }] : [];
      return [...left, ...right];
    });
  }
  return parts;
}

/**
 * Draws the highlights that can be found in the text as it is now (annotations-anchor.ts);
 * returns the ids of those that cannot, so the list can say so instead of losing them.
 */
export function drawHighlights(container: Element, annotations: readonly Annotation[]): Set<string> {
  clearHighlights(container);
  // Most saved articles have none: opening them costs no walk of their text.
  if (annotations.length === 0) return new Set();
  const map = buildTextMap(container);
  const missing = new Set<string>();
  const found: { id: string; span: TextSpan }[] = [];
  for (const annotation of [...annotations].sort((a, b) => a.created - b.created)) {
    const span = findQuote(map.text, annotation, map.blockStart(annotation.block));
    if (span && span.end > span.start) found.push({ id: annotation.id, span });
    else missing.add(annotation.id);
  }
  for (const [node, pieces] of piecesOf(map, found)) wrapNode(node, pieces);
  return missing;
}

export interface SelectedQuote extends TextQuote {
  block: number;
}

/** The reader's selection inside the container as a quote to store, or null when it holds no words there. */
export function selectedQuote(container: Element, range: Range): SelectedQuote | null {
  const map = buildTextMap(container);
  const start = map.positionOf(range.startContainer, range.startOffset);
  const end = map.positionOf(range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  let from = start;
  let to = end;
  while (from < to && map.text[from] === ' ') from++;
  while (to > from && map.text[to - 1] === ' ') to--;
  if (to <= from) return null;
  return { ...quoteAt(map.text, { start: from, end: to }), block: map.blockAt(from) ?? 0 };
}
