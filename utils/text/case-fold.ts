/**
 * Case-free matching without the `i` flag. With both `i` and `u`, every letter of every word of
 * a pattern is closed over Unicode case when the pattern is compiled; the popup compiles its
 * patterns on every open, and the unions of a language's vocabulary cost several times as much
 * to compile that way in Firefox and in Node (Chromium's newer V8 pays little for it). So the
 * pattern is written in lower case, compiled without `i`, and run on the text lower-cased; what
 * it returns is cut from the original text. scripts/time-first-read.ts times the first read.
 */

/** The text in lower case, of the same length, so that every index in it is an index in the text. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // "İ" lower-cases to two code units: such a character stays as it is (no word of a pack holds it).
  let folded = '';
  for (const char of text) {
    const one = char.toLowerCase();
    folded += one.length === char.length ? one : char;
  }
  return folded;
}

/**
 * A pattern written in lower case that matches the text in any case. It offers what the callers
 * of such patterns use (`exec`, `test`, `lastIndex`, `source`); the match holds the original text.
 */
export class FoldedPattern {
  private readonly pattern: RegExp;
  private lastText = '';
  private lastFolded = '';

  /** `flags` without `i`; `d` is added, so the groups can be cut from the original text. */
  constructor(source: string, flags: string) {
    if (flags.includes('i')) throw new Error('FoldedPattern: the pattern is case-free by folding, not by the i flag');
    this.pattern = new RegExp(source, `${flags}d`);
  }

  get source(): string {
    return this.pattern.source;
  }

  get lastIndex(): number {
    return this.pattern.lastIndex;
  }

  set lastIndex(index: number) {
    this.pattern.lastIndex = index;
  }

  test(text: string): boolean {
    return this.pattern.test(this.fold(text));
  }

  exec(text: string): RegExpExecArray | null {
    const match = this.pattern.exec(this.fold(text));
    if (!match) return null;
    const spans = match.indices ?? [];
    const original = Array.from(match, (_, group) => {
      const span = spans[group];
      return span ? text.slice(span[0], span[1]) : undefined;
    }) as RegExpExecArray;
    original.index = match.index;
    original.input = text;
    return original;
  }

  /** A global pattern runs over one text many times: it is folded once. */
  private fold(text: string): string {
    if (text !== this.lastText) {
      this.lastText = text;
      this.lastFolded = foldCase(text);
    }
    return this.lastFolded;
  }
}
