import { allLanguages } from '../lang';

/**
 * The packs' furniture labels ("Share", "Chia sẻ", "Drucken", "15 comments") and how a line is
 * read as one: the whole text of a boilerplate element, in any language we read.
 */
const LABEL_SET: ReadonlySet<string> = new Set([...allLanguages('furnitureLabels'), ...allLanguages('authorBoxLabels')].map((label) => label.normalize('NFC')));

const MAX_LABEL_CHARS = 40;

/** A label as looked up: lower case, without the marks around it ("» Next", "Share:", "[이 시각 많이 본 기사]"). */
export function labelKey(text: string): string {
  // The lookbehind starts the trailing run only once: `[…]+$` alone retries from every character of a long run (quadratic).
  return text.toLowerCase().replace(/(?<![\s:：.!›»«<>|\]】-])[\s:：.!›»«<>|\]】-]+$/u, '').replace(/^[\s›»«<>|[【-]+/u, '').normalize('NFC');
}

/** A video's running time printed beside its label ("Watch Video 2:31", "(01:12:05) Video"). */
// The text is white-space-collapsed already: one fixed space, so no run of spaces is retried from every start (regex-safety).
const DURATION = /^\(?\d{1,2}(?::\d{2}){1,2}\)? | \(?\d{1,2}(?::\d{2}){1,2}\)?$/gu;

/** A count before the label ("15 comments", "2 Kommentare"): a link to the comments, not a line of the story. */
const COUNT = /^\d[\d,.]* /u;
/**
 * Or after it, as Korean, Japanese and Chinese pages print it ("댓글 0", "좋아요 12", "Bình luận (3)"); one space, the text is
 * collapsed. Not after a colon: "Comments: 15" states a figure.
 */
const COUNT_AFTER = /(?<![:：]) \(?\d[\d,.]*\)?$/u;

export function isLabel(text: string): boolean {
  return text.length > 0 && text.length <= MAX_LABEL_CHARS && LABEL_SET.has(labelKey(text.replace(DURATION, '').replace(COUNT, '').replace(COUNT_AFTER, '')));
}
