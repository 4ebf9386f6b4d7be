import { listBlockElements } from './block-elements';
import { shortText } from './bounded-text';
import { pitchWordsIn } from '../lang/pitch-words';

/**
 * A paywall drawn over the rest of the story leaves its lines at the body's end, each a block of
 * its own: "Suscríbete para seguir leyendo / Lee sin límites / Ya soy suscriptor", "Subscribe to
 * continue reading / Already a subscriber? Log in", "Đăng ký để đọc tiếp / Đăng nhập". No line
 * holds two pitch words, so the boilerplate pass (which reads one block) keeps them; read together
 * they go, from the first line that asks.
 */
const MAX_PITCH_LINE_CHARS = 80;
/** The closing lines read: a paywall's pitch is a few lines; past them is the story. */
const MAX_PITCH_LINES = 6;
/** Two different pitch words in the run, as one block needs them (boilerplate.ts isSubscribeBox): one alone may be the story's ("sign up to vote"). */
const MIN_PITCH_WORDS = 2;

/** The body's closing short lines, last first, up to the first longer block (the story's own). */
function closingLines(root: Element): { block: Element; words: string[] }[] {
  const lines: { block: Element; words: string[] }[] = [];
  for (const block of listBlockElements(root).reverse()) {
    const text = shortText(block, MAX_PITCH_LINE_CHARS);
    if (text === '') continue;
    if (text === null || text.length > MAX_PITCH_LINE_CHARS || lines.length === MAX_PITCH_LINES || block.closest('figure') !== null) break;
    lines.push({ block, words: pitchWordsIn(text) });
  }
  return lines;
}

/**
 * Removes the closing lines from the first that asks to the last that does, when together they
 * hold two different pitch words. The lines between go with them ("Lee sin límites"); a line
 * after the last (a signature) stays.
 */
export function removePaywallTail(root: Element): void {
  const lines = closingLines(root);
  const last = lines.findIndex((line) => line.words.length > 0);
  if (last === -1) return;
  const seen = new Set<string>();
  let first = -1;
  // Last line first: the run starts at a line that asks and holds, with those after it, two pitch words.
  lines.forEach((line, at) => {
    for (const word of line.words) seen.add(word);
    if (line.words.length > 0 && seen.size >= MIN_PITCH_WORDS) first = at;
  });
  for (const line of lines.slice(last, first + 1)) line.block.remove();
}
