import { elementChildren, shortText } from './bounded-text';
import { isLabel, labelKey } from './furniture-labels';
import { allLanguages } from '../lang';
import { endsLikeSentence } from '../text/sentences';

/**
 * A story's tool bar, in any language whose pack names its tools: "Font size: Decrease
 * Increase", "Print article: Print", "Printer-friendly version Email-a-friend Respond", or a
 * list of them ("Email · Instant Message · Print"). Each piece is a label of the packs; the
 * line says nothing else, so nothing of the story goes with it.
 */

/** Tools that are furniture only beside another: any furniture label is a tool too. */
const TOOL_SET: ReadonlySet<string> = new Set(allLanguages('toolLabels').map((label) => label.normalize('NFC')));
const isTool = (piece: string): boolean => isLabel(piece) || TOOL_SET.has(labelKey(piece));

/** Where a tool bar's words part: its links and buttons, and these marks between them. */
const SEPARATOR = /[|•·:：]/u;
/** A piece with a word in it; "+", "-", "A+" and "A-" are the size buttons' marks. */
const HAS_WORD = /[\p{L}\p{N}]{2}/u;
const MAX_BAR_CHARS = 100;
const MAX_ITEM_CHARS = 40;

/** Each link's or button's whole text, and the text between them cut at the marks, as written. */
function collectPieces(el: Element, out: string[]): void {
  for (const node of el.childNodes) {
    if (node.nodeType === 3) out.push(...(node.nodeValue ?? '').split(SEPARATOR));
    else if (node.nodeType !== 1) continue;
    else if ((node as Element).tagName === 'A' || (node as Element).tagName === 'BUTTON') out.push(node.textContent ?? '');
    else collectPieces(node as Element, out);
  }
}

/** The bar's pieces, white space collapsed, empty ones left out. */
function pieces(el: Element): string[] {
  const out: string[] = [];
  collectPieces(el, out);
  return out.map((piece) => piece.replace(/\s+/gu, ' ').trim()).filter((piece) => piece !== '');
}

/** Every piece that holds a word is a label, and one at least does (the marks are tools too, beside a label). */
function allLabels(parts: string[]): boolean {
  const worded = parts.filter((part) => HAS_WORD.test(part));
  return worded.length > 0 && worded.every(isTool);
}

/** A line of two tools or more, each a label ("Font size: + -"). */
export function isToolBar(el: Element, text: string): boolean {
  if (text.length > MAX_BAR_CHARS || /^H[1-6]$/u.test(el.tagName) || endsLikeSentence(text)) return false;
  const parts = pieces(el);
  return parts.length >= 2 && allLabels(parts);
}

/** A list whose items are short and mostly tools ("Discuss Story On Newsvine", "Email", "Instant Message", "Print"). */
export function isToolList(el: Element): boolean {
  if (el.tagName !== 'UL' && el.tagName !== 'OL') return false;
  const items = elementChildren(el).filter((child) => child.tagName === 'LI');
  if (items.length < 2) return false;
  let tools = 0;
  for (const item of items) {
    const text = shortText(item, MAX_ITEM_CHARS);
    if (text === null || endsLikeSentence(text)) return false;
    if (text !== '' && allLabels(pieces(item))) tools += 1;
  }
  return tools * 2 > items.length;
}

/**
 * "Teilen" over "Drucken", "Share this:" over "Facebook" over "Twitter", each a block of its own:
 * a tool alone is furniture where the block before or after it is a tool too (`neighbours`, their
 * texts, read on demand). `isAlsoTool` adds pieces the caller knows (a network's name). Alone, "E-Mail" or "Save"
 * may be the story's.
 */
export function isToolBesideTool(text: string, neighbours: () => readonly (string | null)[], isAlsoTool: (piece: string) => boolean): boolean {
  const isPiece = (piece: string | null): boolean => piece !== null && piece.length <= MAX_ITEM_CHARS && (isTool(piece) || isAlsoTool(piece));
  // The neighbours are read only for a tool: every block of the body comes here.
  return isPiece(text) && neighbours().some(isPiece);
}

