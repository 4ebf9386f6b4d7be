import { allLanguages } from '../lang';
import { labelKey } from './furniture-labels';
import { shortText } from './bounded-text';
import { SHOW_TEXT } from './node-filter';
import { normalizeSpace } from '../text/space';

/**
 * Readers' comments that Readability kept, opened by a line that says so ("Have your say",
 * "Thanks for your comments - this feedback is now closed", "Bình luận", "Tell us what you
 * think..."). Old and small sites mark the thread with no id a comment system would name
 * (comment-threads.ts finds those); most threads open with such a line, in words of the
 * page's language, from the packs. The line and all that follows it go: the comments, their
 * signatures and the form to add one. Only in the story's closing half, so a "Comments (3)"
 * link in a tool bar under the headline takes nothing of the story.
 */
const OPENERS: ReadonlySet<string> = new Set(allLanguages('commentOpeners').map((opener) => opener.normalize('NFC')));

const MAX_OPENER_CHARS = 60;
/** Openers looked at, at most: a hostile page repeats "Comments" thousands of times inside one line. */
const MAX_TRIES = 20;
/** The share of the body's text before the line, at the least. */
const MIN_SHARE_BEFORE = 0.5;
/** A count beside the words ("Comments (12)", "3 comments"). */
const COUNT = /^\d[\d,.]* | ?\(\d[\d,.]*\)$/u;

export function isCommentOpener(text: string): boolean {
  const line = normalizeSpace(text);
  if (line === '' || line.length > MAX_OPENER_CHARS) return false;
  return OPENERS.has(labelKey(line.replace(/…$/u, '').replace(COUNT, '')));
}

/**
 * The line an opener's text node belongs to: its outermost element that reads as an opener too
 * ("<li><a>Comments</a> (3)</li>"). Read with a bound: the text node may sit in a paragraph of
 * a million characters.
 */
function lineOf(text: Text, root: Element): Node {
  let line: Node = text;
  for (let up = text.parentElement; up && up !== root; up = up.parentElement) {
    const upText = shortText(up, MAX_OPENER_CHARS);
    if (upText === null || !isCommentOpener(upText)) break;
    line = up;
  }
  return line;
}

/** Tags that start a line of their own, as a line break does. */
const LINE_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'BLOCKQUOTE', 'FIGURE', 'PRE', 'HR', 'BR']);

function partsLine(neighbour: Node | null, step: (node: Node) => Node | null): boolean {
  let node = neighbour;
  while (node && node.nodeType === 3 && normalizeSpace((node as Text).data) === '') node = step(node);
  return node === null || (node.nodeType === 1 && LINE_TAGS.has((node as Element).tagName.toUpperCase()));
}

/** On a line of its own: "Posted in C++, Talks | Leave a Comment" is a post's footer, which boilerplate.ts reads whole. */
function standsAlone(line: Node): boolean {
  return partsLine(line.previousSibling, (node) => node.previousSibling) && partsLine(line.nextSibling, (node) => node.nextSibling);
}

/** Removes `node` and everything after it in document order, up to the end of `root`. */
function cutFrom(node: Node, root: Element): void {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    while (at.nextSibling) at.nextSibling.remove();
  }
  node.parentNode?.removeChild(node);
}

function textNodes(root: Element): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const out: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

export function removeCommentsAfterOpener(root: Element): void {
  const texts = textNodes(root);
  const lengths = texts.map((text) => normalizeSpace(text.data).length);
  const total = lengths.reduce((sum, n) => sum + n, 0);
  let before = 0;
  let tries = 0;
  for (const [i, text] of texts.entries()) {
    if (tries >= MAX_TRIES) return;
    const length = lengths[i] ?? 0;
    // Only a text node that reads as an opener itself is looked at further: a test per node of what holds it read long pages many times over.
    if (length > 0 && length <= MAX_OPENER_CHARS && before >= total * MIN_SHARE_BEFORE && isCommentOpener(text.data)) {
      tries += 1;
      const line = lineOf(text, root);
      if (standsAlone(line)) {
        cutFrom(line, root);
        return;
      }
    }
    before += length;
  }
}
