import { SHOW_TEXT } from './node-filter';
import { collapsedStart } from '../dom/text-node';

/**
 * A cheap sample of the article's words, read from the original page before Readability
 * runs: the text after the headline (or from the top of the body), in runs long enough to
 * be sentences, so menus and buttons do not outvote the article.
 */

const SAMPLE_CHARS = 2000;
/** Shorter runs are labels, links and buttons. */
const MIN_RUN_CHARS = 25;
/** Stop after this many text nodes even if the sample is short: the page has little prose. */
const MAX_NODES = 600;

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'CODE', 'PRE']);

export interface TextSample {
  text: string;
  /** The element holding the first run taken, for its `lang` and `dir` when the page has no headline. */
  firstElement: Element | null;
}

export function sampleArticleText(doc: Document, headline: Element | null): TextSample {
  const root = doc.body;
  if (!root) return { text: '', firstElement: null };
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  if (headline) walker.currentNode = headline;
  const parts: string[] = [];
  let length = 0;
  let firstElement: Element | null = null;
  let visited = 0;
  for (let node = walker.nextNode(); node && length < SAMPLE_CHARS && visited < MAX_NODES; node = walker.nextNode()) {
    visited++;
    const parent = node.parentElement;
    // As far as the sample needs: a paragraph of a million characters is not copied whole.
    const text = collapsedStart(node as Text, SAMPLE_CHARS).trim();
    if (!parent || text.length < MIN_RUN_CHARS || NOT_TEXT.has(parent.tagName.toUpperCase())) continue;
    firstElement ??= parent;
    parts.push(text);
    length += text.length + 1;
  }
  return { text: parts.join(' ').slice(0, SAMPLE_CHARS), firstElement };
}
