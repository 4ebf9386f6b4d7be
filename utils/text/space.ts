/**
 * White space, in a module of its own with nothing at its top level: the script injected in the
 * page (entrypoints/extract.ts) needs only this of utils/text, and importing it from segment.ts
 * bundled the word patterns of tokens.ts into that script, built on every injection for nothing.
 */

/** Collapses runs of white space (including NBSP) into one space. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
