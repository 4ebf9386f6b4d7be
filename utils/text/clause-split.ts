import { OPENING_MARKS } from './sentence-joins';

/**
 * Thai and Lao have no full stop, and Khmer pages often leave out theirs (។): the space
 * between two words of the script is where a clause or a sentence ends. A sentence of
 * those scripts is cut at such spaces, never inside brackets or quotes, into pieces of at
 * least MIN_CLAUSE characters, so that a short phrase ("เมื่อวันที่ 5") is not a sentence.
 */
const MIN_CLAUSE = 40;
/** Thai, Lao and Khmer blocks; a range is several times faster than a script property on every sentence. */
const SPACE_SCRIPT = /[\u0E00-\u0EFF\u1780-\u17FF\u19E0-\u19FF]/u;
const CLOSERS = new Set([')', '）', '”', '"', '»', '」', '』', ']']);

function isClauseLetter(ch: string | undefined): boolean {
  return ch !== undefined && SPACE_SCRIPT.test(ch);
}

/** Offsets (relative to `text`) where a clause starts, after the first. */
export function clauseStarts(text: string): number[] {
  if (text.length < 2 * MIN_CLAUSE || !SPACE_SCRIPT.test(text)) return [];
  const out: number[] = [];
  let depth = 0;
  let pieceStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (OPENING_MARKS.has(ch) && ch !== '"') depth++;
    else if (CLOSERS.has(ch) && ch !== '"' && depth > 0) depth--;
    if (ch !== ' ' || depth > 0 || !isClauseLetter(text[i - 1]) || !isClauseLetter(text[i + 1])) continue;
    if (i - pieceStart >= MIN_CLAUSE && text.length - i >= MIN_CLAUSE) {
      out.push(i + 1);
      pieceStart = i + 1;
    }
  }
  return out;
}
