/**
 * Scripts that pack a word in a character or two (Chinese, Japanese, Korean): a paragraph
 * there tells as much in about half the characters an alphabet needs, so every length
 * threshold on text counts half as many of them.
 */
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether `text` is written in a dense script, judged on its start. */
function isDenseScript(text: string): boolean {
  return DENSE_SCRIPT.test(text.slice(0, 200));
}

/** `chars` as a threshold for `text`: half as many in a dense script. */
export function charsFor(text: string, chars: number): number {
  return isDenseScript(text) ? chars / 2 : chars;
}
