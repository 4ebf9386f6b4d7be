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
/**
 * An account notice runs longer: Le Monde's "one device at a time" box closes the body with its
 * questions and answers ("Vous pouvez lire Le Monde sur un seul appareil à la fois … Y a-t-il
 * d'autres limites ? … modifier votre mot de passe"), a dozen lines of up to a sentence and a half.
 * Read that far, a run needs three different pitch words, in three lines at least (one sentence
 * of the story may name three: "Readers who subscribe to the newsletter and log in …"), a
 * question among its lines, and the story before it: a post of short paragraphs about a
 * magazine's new subscription is all body, and asks nothing.
 */
const MAX_NOTICE_LINE_CHARS = 160;
const MAX_NOTICE_LINES = 16;
const MIN_NOTICE_PITCH_WORDS = 3;
const MIN_NOTICE_ASKING_LINES = 3;

interface ClosingLine {
  block: Element;
  words: string[];
  /** Short enough for a paywall's pitch line (MAX_PITCH_LINE_CHARS). */
  short: boolean;
  /** The line asks a question ("Y a-t-il d'autres limites ?"). */
  question: boolean;
}

/** The body's closing lines, last first, up to the first longer block (the story's own); `afterStory`: such a block stands before them. */
function closingLines(root: Element): { lines: ClosingLine[]; afterStory: boolean } {
  const lines: ClosingLine[] = [];
  for (const block of listBlockElements(root).reverse()) {
    const text = shortText(block, MAX_NOTICE_LINE_CHARS);
    if (text === '') continue;
    if (text === null || lines.length === MAX_NOTICE_LINES || block.closest('figure') !== null) return { lines, afterStory: true };
    lines.push({ block, words: pitchWordsIn(text), short: text.length <= MAX_PITCH_LINE_CHARS, question: QUESTION_END.test(text) });
  }
  return { lines, afterStory: false };
}

const QUESTION_END = /[?？؟]["'”’»)]?$/u;

/** The lines a paywall's pitch is read in: the closing run of short lines, at most MAX_PITCH_LINES. */
function pitchLines(lines: readonly ClosingLine[]): ClosingLine[] {
  const end = lines.findIndex((line, at) => !line.short || at === MAX_PITCH_LINES);
  return end === -1 ? [...lines] : lines.slice(0, end);
}

/**
 * The run from the last line that asks back to the first one that, with the lines after it,
 * holds `minWords` different pitch words; null when none does.
 */
function askingRun(lines: readonly ClosingLine[], minWords: number): readonly ClosingLine[] | null {
  const last = lines.findIndex((line) => line.words.length > 0);
  if (last === -1) return null;
  const seen = new Set<string>();
  let first = -1;
  // Last line first: the run starts at a line that asks and holds, with those after it, enough pitch words.
  lines.forEach((line, at) => {
    for (const word of line.words) seen.add(word);
    if (line.words.length > 0 && seen.size >= minWords) first = at;
  });
  return first === -1 ? null : lines.slice(last, first + 1);
}

/**
 * Removes the closing lines from the first that asks to the last that does, when together they
 * hold two different pitch words (a paywall's short lines) or three (an account notice's longer
 * ones). The lines between go with them ("Lee sin límites"); a line after the last (a signature) stays.
 */
export function removePaywallTail(root: Element): void {
  const { lines, afterStory } = closingLines(root);
  const run = askingRun(pitchLines(lines), MIN_PITCH_WORDS) ?? (afterStory ? noticeRun(lines) : null);
  for (const line of run ?? []) line.block.remove();
}

/** An account notice's run: three pitch words, in three of its lines, and a question. */
function noticeRun(lines: readonly ClosingLine[]): readonly ClosingLine[] | null {
  const run = askingRun(lines, MIN_NOTICE_PITCH_WORDS);
  if (!run || !run.some((line) => line.question)) return null;
  return run.filter((line) => line.words.length > 0).length >= MIN_NOTICE_ASKING_LINES ? run : null;
}
