import type { BodyPassContext } from './body-passes';
import { CREDIT_ATTR } from './captions';
import { splitCaptionCredit } from './caption-credit';
import { visibleText } from './visible-text';

/**
 * A caption and its credit in inline elements side by side ("<span>… of a bar.</span><span>
 * Credit…Ed Murray/NJ Advance Media</span>"): the page sets the credit on a line of its own by
 * its style sheet, which the reading view never takes, so the two ran together ("… of a
 * bar.Credit…Ed Murray"). A line break goes before the credit's element, as the page shows it.
 * The credit is the element the caption passes marked, else the outermost one holding the
 * credit the caption's text ends with (caption-credit.ts); a credit in the caption's own text
 * node has its space already and is left as it is.
 */
export function breakBeforeCaptionCredits(root: Element, _ctx: BodyPassContext): void {
  for (const caption of root.querySelectorAll('figcaption')) {
    const credit = creditElement(caption);
    if (credit && !startsLine(credit, caption)) credit.before(caption.ownerDocument.createElement('br'));
  }
}

/** A caption and its credit in a few spans; more elements than this are no caption's. */
const MAX_CAPTION_ELEMENTS = 100;

/** Elements whose edges already part the lines of a caption. */
const LINE_STARTERS = new Set(['P', 'DIV', 'BR', 'UL', 'OL', 'LI', 'TABLE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'FIGURE']);

/** The element that holds the caption's credit, at its end, with caption text before it; null when there is none. */
function creditElement(caption: Element): Element | null {
  const whole = visibleText(caption);
  const marked = caption.querySelector(`[${CREDIT_ATTR}]`);
  if (marked) return endsCaption(marked, whole) ? marked : null;
  // Each element's text is read below: a caption of thousands of elements is no page's caption, and no freeze of ours.
  if (caption.getElementsByTagName('*').length > MAX_CAPTION_ELEMENTS) return null;
  // Outermost first (document order): the credit with its label ("Credit…") rather than the name alone. The text is
  // split with a space where the element starts: glued, "… ngày 26/1.Ảnh: Trần Vinh" reads as one sentence.
  for (const el of caption.querySelectorAll('*')) {
    const text = visibleText(el);
    if (!endsCaption(el, whole, text)) continue;
    const { caption: words, credit } = splitCaptionCredit(`${whole.slice(0, whole.length - text.length)} ${text}`);
    if (credit !== '' && words !== '' && text.endsWith(credit)) return el;
  }
  return null;
}

/** `el`'s text closes the caption, and some of the caption's text comes before it. */
function endsCaption(el: Element, whole: string, text = visibleText(el)): boolean {
  return text !== '' && text.length < whole.length && whole.endsWith(text);
}

/** Nothing inline comes between the start of the line and `el`: it or something before it breaks the line, or it opens the caption. */
function startsLine(el: Element, caption: Element): boolean {
  for (let at: Element | null = el; at && at !== caption; at = at.parentElement) {
    if (LINE_STARTERS.has(at.tagName.toUpperCase())) return true;
    const before = previousShown(at);
    if (before === null) continue;
    return before.nodeType === 1 && LINE_STARTERS.has((before as Element).tagName.toUpperCase());
  }
  return true;
}

/** The sibling before `node` that shows something (text or an element), skipping blank text. */
function previousShown(node: Node): Node | null {
  for (let at = node.previousSibling; at; at = at.previousSibling) {
    if (at.nodeType === 1 || (at.nodeType === 3 && (at.nodeValue ?? '').trim() !== '')) return at;
  }
  return null;
}
