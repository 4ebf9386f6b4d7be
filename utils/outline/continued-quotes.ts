import type { Paragraph } from './input';
import { findQuotedSpans, mendClosingMarks } from '../text/quote-marks';

/**
 * A quotation over several paragraphs: by the typographic rule every paragraph opens with the
 * mark and only the last one closes it. Such a run is read as one paragraph, anchored on its
 * first, so the quote and its speaker (often named after the last closing mark) stay together.
 */

/** Opening mark → the marks that close it (as in utils/text/quote-marks). */
const CLOSERS: Record<string, string> = { '“': '”', '„': '“”', '«': '»', '「': '」', '『': '』', '"': '"' };
/** Marks that close a quotation opened with another style, as text dumps and hurried pages write them (“…"). */
const LOOSE_CLOSERS: Record<string, string> = { '“': '"', '„': '"', '«': '"' };
/** Paragraphs one quotation may run over. */
const MAX_PARAGRAPHS = 8;
/** As findQuotedSpans: longer than this, a mark was left open by mistake. */
const MAX_CHARS = 3000;

/** The opening mark left open at the end of a paragraph, if any. */
/** Any opening mark at all: most paragraphs have none, and need no closer look. */
const ANY_OPENER = /[“„«「『"]/u;
const QUOTE_MARK = /[“”„«»「」『』"]/u;

function openMark(text: string): string | null {
  if (!ANY_OPENER.test(text)) return null;
  const { spans } = findQuotedSpans(text);
  const lastClose = spans.length > 0 ? (spans[spans.length - 1]?.close ?? -1) : -1;
  for (let i = lastClose + 1; i < text.length; i++) {
    const ch = text[i] ?? '';
    const closers = CLOSERS[ch];
    if (!closers) continue;
    const rest = text.slice(i + 1);
    return [...closers].some((closer) => rest.includes(closer)) ? null : ch;
  }
  return null;
}

/** The first loose closing mark written as the style's own, so the joined paragraph reads as one quotation. */
function canonicalClose(body: string, closers: string, loose: string): string {
  const own = [...closers].map((c) => body.indexOf(c)).filter((at) => at >= 0);
  const other = loose === '' ? -1 : body.indexOf(loose);
  if (other < 0 || (own.length > 0 && Math.min(...own) < other)) return body;
  return `${body.slice(0, other)}${closers[0] ?? ''}${body.slice(other + 1)}`;
}

/**
 * A paragraph that goes on with the quotation without reopening it (pages and text dumps that
 * drop the repeated mark): it must close the quotation before opening any other.
 */
function closedWithoutOpening(text: string, mark: string, closers: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    // A straight " closes after a word or a stop, opens after a space.
    if (closers.includes(ch) && (ch !== '"' || (i > 0 && !/\s/u.test(text[i - 1] ?? '')))) return text;
    if (ch === mark || CLOSERS[ch]) return null;
  }
  return null;
}

/**
 * The sentences of the quotation's last paragraph after the one that closes it: they are read
 * as a paragraph of their own, anchored on that block ("…”, ông A nói. Ông A cũng cho biết …").
 * The text before them is blanked, not cut, so sentence offsets still hold and the closing
 * mark is not read again as an opening one.
 */
function endOfSentenceAt(last: Paragraph, at: number): number {
  const sentence = last.sentences.find((s) => s.start <= at && at < s.start + s.text.length);
  return sentence ? sentence.start + sentence.text.length : last.text.length;
}

function restAfterClose(last: Paragraph, closers: string, from: number): { rest: Paragraph | null; cut: number } {
  const closeAt = Math.min(...[...closers].map((c) => last.text.indexOf(c, from)).filter((at) => at >= 0));
  let cut = endOfSentenceAt(last, closeAt);
  // A quotation reopened after its cue (`…,” he said, “and …”`) and closed in a later sentence stays whole: cut after the last mark.
  if (findQuotedSpans(last.text.slice(cut)).unbalanced) {
    let markAt = -1;
    for (let i = last.text.length - 1; i >= cut && markAt < 0; i--) if (QUOTE_MARK.test(last.text[i] ?? '')) markAt = i;
    cut = endOfSentenceAt(last, markAt);
  }
  const sentences = last.sentences.filter((s) => s.start >= cut);
  if (sentences.length === 0) return { rest: null, cut: last.text.length };
  return { rest: { ...last, text: ' '.repeat(cut) + last.text.slice(cut), sentences }, cut };
}

/** The paragraph with its mistyped closing marks mended (utils/text/quote-marks.ts). */
function mended(paragraph: Paragraph | undefined): Paragraph | undefined {
  if (!paragraph) return undefined;
  const text = mendClosingMarks(paragraph.text);
  return text === paragraph.text ? paragraph : { ...paragraph, text };
}

export function continuedQuote(paragraphs: readonly Paragraph[], index: number): { paragraph: Paragraph; extra: number; rest: Paragraph | null } | null {
  const first = mended(paragraphs[index]);
  if (!first || first.tag === 'blockquote') return null;
  const mark = openMark(first.text);
  if (!mark) return null;
  const closers = CLOSERS[mark] ?? '';
  const parts = [first.text];
  let chars = first.text.length;
  for (let j = index + 1; j < paragraphs.length && j - index < MAX_PARAGRAPHS; j++) {
    const next = mended(paragraphs[j]);
    const text = next?.text.trimStart() ?? '';
    const loose = LOOSE_CLOSERS[mark] ?? '';
    const found = text.startsWith(mark) ? text.slice(mark.length) : closedWithoutOpening(text, mark, closers + loose);
    if (found === null || !next) return null;
    const body = canonicalClose(found, closers, loose);
    chars += body.length;
    if (chars > MAX_CHARS) return null;
    if ([...closers].some((closer) => body.includes(closer))) {
      // `found` ends where the paragraph ends, and canonicalClose keeps its length.
      const from = next.text.length - found.length;
      const { rest, cut } = restAfterClose(next, closers + loose, from);
      parts.push(body.slice(0, Math.max(0, cut - from)));
      return { paragraph: { ...first, text: parts.join(' '), sentences: [], words: first.words }, extra: j - index, rest };
    }
    parts.push(body);
  }
  return null;
}
