import { SHOW_TEXT } from './node-filter';

/**
 * "Published:Â Friday, January 11, 2008": a page whose UTF-8 text was read once more as Latin-1
 * or Windows-1252 before it was served shows every no-break space (bytes C2 A0) as "Â" and the
 * space. The browser shows what it was sent, so the pair is in the page itself. No word of any
 * language puts a capital A with circumflex before a no-break space, so the pair is the space
 * alone: repaired first, every later pass reads the dateline, the label or the empty spacer
 * ("<div class="clear">Â&nbsp;</div>") as the page meant it.
 */

const MISDECODED_NBSP = 'Â\u00a0';

export function repairMisdecodedSpaces(root: Element): void {
  // One read of the whole text first: almost no page holds the pair, and then no node is read.
  if (!(root.textContent ?? '').includes(MISDECODED_NBSP)) return;
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.data.includes(MISDECODED_NBSP)) node.data = node.data.replaceAll(MISDECODED_NBSP, '\u00a0');
  }
}
