import { SHOW_TEXT } from './node-filter';

/**
 * "Ấn F5" written as "Â", a combining acute and "n": many Vietnamese sites store their text
 * decomposed (Unicode "tổ hợp"), and other scripts' accents may come so too. The browser shows
 * both forms alike, but the packs' words are composed and match only composed text: once the
 * body is composed, every later pass reads its labels, openers and names as the page shows them.
 */
export function composeText(root: Element): void {
  // One read of the whole text first: most pages are composed already, and then no node is read.
  const whole = root.textContent ?? '';
  if (whole === whole.normalize('NFC')) return;
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const composed = node.data.normalize('NFC');
    if (composed !== node.data) node.data = composed;
  }
}
