/** A quoted stretch of text: offsets of the opening and closing marks. */
export interface QuotedSpan {
  open: number;
  close: number;
  inner: string;
}

/** Opening mark → closing marks, for every common style (English, German „…“ and »…«, French «…», CJK 「…」『…』). */
const CLOSERS: Record<string, string> = { '“': '”', '„': '“”', '«': '»', '‹': '›', '「': '」', '『': '』', '"': '"', '‘': '’', '»': '«' };
/** A quotation this long is a misread (an unclosed mark far before): stop looking. */
const MAX_QUOTE_CHARS = 3000;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * The next closing mark at or after `from`. For ’ the mark must not be followed by a
 * letter, since the same character is the apostrophe in "don’t".
 */
function nextCloser(text: string, closers: string, from: number): number {
  let best = -1;
  for (const closer of closers) {
    let at = text.indexOf(closer, from);
    while (closer === '’' && at >= 0 && isLetter(text[at + 1])) at = text.indexOf(closer, at + 1);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/**
 * An opening “ where only a closing mark can stand: before a comma or a full stop, a dash, or
 * the end of the text ("…lại gần “, bà Sỉu nói", "…để tiếp tục làm việc “."). Hurried pages
 * type the closing mark with the opening key; nothing can follow an opening mark there.
 */
const MISTYPED_CLOSER = /“(?=\s*(?:[,.;!?]|[-–—]\s|$))/gu;

/**
 * A closing ” where only an opening mark can stand: at the start or after a space, a colon or a
 * bracket, right before a letter (`Ông nói: ”Chúng tôi sẽ làm.”`). Mended only when another mark
 * follows to close it; a closing mark opens nothing on its own.
 */
const MISTYPED_OPENER = /”(?=\p{L})/gu;
/** What may stand before such a mark; checked apart, since a look-behind first would be tried at every character. */
const BEFORE_OPENER = /[\s(:]/u;

function mendOpeningMarks(text: string): string {
  return text.replace(MISTYPED_OPENER, (mark, at: number) => {
    if (at > 0 && !BEFORE_OPENER.test(text[at - 1] ?? '')) return mark;
    const next = text.slice(at + 1, at + 1 + MAX_QUOTE_CHARS).search(/[“”]/u);
    return next >= 0 ? '“' : mark;
  });
}

/** The text with its mistyped quotation marks written as they were meant: the same length, so every offset holds. */
export function mendClosingMarks(written: string): string {
  const text = written.includes('”') ? mendOpeningMarks(written) : written;
  return text.includes('“') ? text.replace(MISTYPED_CLOSER, (mark, at: number) => (at > 0 && text[at - 1] !== '“' ? '”' : mark)) : text;
}

/**
 * Quoted spans of one text, outermost only, in one pass. The next closer of each style is
 * remembered, so a text full of unclosed marks stays linear instead of searching the rest
 * of the text from every mark. `unbalanced` tells that some mark was never closed.
 */
export function findQuotedSpans(written: string): { spans: QuotedSpan[]; unbalanced: boolean } {
  const text = mendClosingMarks(written);
  const spans: QuotedSpan[] = [];
  const known = new Map<string, number>();
  let unbalanced = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const closers = CLOSERS[ch];
    if (!closers) continue;
    // ‘ inside a word is an apostrophe or a typo, not a quotation.
    if (ch === '‘' && isLetter(text[i - 1])) continue;
    // German »…« opens on a letter; French « … » closes with », never right before one.
    if (ch === '»' && !isLetter(text[i + 1])) continue;
    let close = known.get(ch);
    if (close === undefined || (close >= 0 && close <= i)) {
      close = nextCloser(text, closers, i + 1);
      known.set(ch, close);
    }
    if (close < 0 || close - i > MAX_QUOTE_CHARS) {
      unbalanced = true;
      continue;
    }
    spans.push({ open: i, close, inner: text.slice(i + 1, close).trim() });
    known.delete(ch);
    i = close;
  }
  return { spans, unbalanced };
}
