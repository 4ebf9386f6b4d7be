/**
 * The start of an excerpt, in a module without imports: the injected script (entrypoints/extract.ts)
 * cuts Readability's excerpt with it, and every module it imports runs on the page's thread at
 * each injection (utils/read-live-part.ts).
 */

/**
 * The most an excerpt holds. Readability's fallback is the whole first paragraph: on a page of one
 * paragraph of a million characters it crossed from the page to the extension, and on to the view,
 * beside the body that already holds it, and each crossing is parsed on the extension's thread in
 * one piece (tests/e2e/firefox-hostile-layout.test.ts). A stated description is a few sentences;
 * the longest excerpt of a golden page has 810 characters.
 */
export const EXCERPT_MAX_CHARS = 2_000;

/** The start of a text an excerpt is read from, as it crosses from the page: at most EXCERPT_MAX_CHARS, never half a surrogate pair. */
export function excerptStart(text: string): string {
  const start = text.trimStart();
  if (start.length <= EXCERPT_MAX_CHARS) return start;
  const last = start.charCodeAt(EXCERPT_MAX_CHARS - 1);
  return start.slice(0, last >= 0xd800 && last <= 0xdbff ? EXCERPT_MAX_CHARS - 1 : EXCERPT_MAX_CHARS);
}
