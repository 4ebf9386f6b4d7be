import type { FoundQuote } from './quote-score';
import { wordTokens } from '../../utils/text/tokens';

/**
 * The ten-line English baseline that `npm run bench:quotes` prints beside Lede, so progress
 * is visible: quoted spans of four words or more, with "X said" / "said X" right after the
 * closing mark or "X said:" right before the opening one. English only, on purpose.
 */
const NAME = String.raw`((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*|he|she|they)`;
const QUOTED = /[“"]([^”"]+)[”"]/gu;
const AFTER = new RegExp(String.raw`^[\s,]*(?:${NAME}\s+(?:said|says|told|added|wrote)\b|(?:said|says|added|wrote)\s+${NAME})`, 'u');
const BEFORE = new RegExp(String.raw`${NAME}\s+(?:said|says|added|told [^,:]{1,40})[,:]\s*$`, 'u');

export function regexQuotes(paragraphs: readonly string[]): FoundQuote[] {
  return paragraphs.flatMap((text, paragraph) => [...text.matchAll(QUOTED)].filter((m) => wordTokens(m[1] ?? '', 'en').length >= 4).map((m): FoundQuote => {
    const after = AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    const before = BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
    const speaker = (after?.[1] ?? after?.[2] ?? before?.[1])?.replace(/\.$/u, '') ?? null;
    return { paragraph, text: m[1] ?? '', speaker: speaker && !/^(?:he|she|they)$/u.test(speaker) ? speaker : null, role: null, kind: 'direct' };
  }));
}
