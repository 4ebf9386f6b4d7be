/**
 * Serialized HTML (outerHTML) with each run of text between two tags cut to `max` characters.
 * The page's copy crosses from the page to the extension beside Readability's body, and the
 * extension reads only its metadata: the head, the headline, short lines near it, a sample of
 * the text. A paragraph of a million characters made it a megabyte more to copy between the
 * processes and to parse, on the extension's thread in one piece, for nothing
 * (tests/e2e/firefox-hostile-layout.test.ts).
 *
 * One pass of `indexOf` over the string, no regex: the shape of outerHTML's output is fixed
 * (attribute values in double quotes, text without a raw `<`), so a tag ends at the first `>`
 * outside its quoted values, and the raw text of a script or style (a JSON-LD block) runs to
 * its closing tag and is never cut.
 */

/** Elements whose content outerHTML writes raw (a page's noscript too, where scripting runs). */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'textarea', 'title']);

/** a-z, 0-9 and "-": the characters of a lower-cased HTML tag name. */
function isNameCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45;
}

/** The index just past the `>` that ends the tag opened at `lt`, or -1. */
function tagEnd(html: string, lt: number): number {
  for (let from = lt + 1; ; ) {
    const gt = html.indexOf('>', from);
    const quote = html.indexOf('"', from);
    if (quote === -1 || gt === -1 || gt < quote) return gt === -1 ? -1 : gt + 1;
    const closing = html.indexOf('"', quote + 1);
    if (closing === -1) return -1;
    from = closing + 1;
  }
}

/** The lower-cased name of the start tag opened at `lt` (outerHTML writes HTML names in lower case). */
function startTagName(html: string, lt: number, end: number): string {
  let at = lt + 1;
  while (at < end && isNameCode(html.charCodeAt(at))) at++;
  return html.slice(lt + 1, at);
}

/** Where to cut a run that starts at `start`: `max` characters on, never between the halves of a surrogate pair. */
function cutAt(html: string, start: number, max: number): number {
  const cut = start + max;
  const before = html.charCodeAt(cut - 1);
  return before >= 0xd800 && before <= 0xdbff ? cut - 1 : cut;
}

/**
 * Whether some stretch between two `<` runs past `max`: every run of text lies within one, so
 * with none that long there is nothing to cut. One native `indexOf` per `<`, against the full
 * pass's tag parsing, which cost more than outerHTML itself on a full news page: the serialize
 * step went from 3.5 to 2.4 ms at the median in Chromium on twenty of the field set's largest
 * pages (`npm run bench:ab -- --files OLD.js,NEW.js --fresh --pages DIR`).
 */
function hasStretchPast(html: string, max: number): boolean {
  for (let at = 0; ; ) {
    const lt = html.indexOf('<', at);
    if ((lt === -1 ? html.length : lt) - at > max) return true;
    if (lt === -1) return false;
    at = lt + 1;
  }
}

export function withLongTextRunsCut(html: string, max: number): string {
  if (html.length <= max || !hasStretchPast(html, max)) return html;
  let out = '';
  let copied = 0;
  for (let at = 0; at < html.length; ) {
    const lt = html.indexOf('<', at);
    const runEnd = lt === -1 ? html.length : lt;
    if (runEnd - at > max) {
      out += html.slice(copied, cutAt(html, at, max));
      copied = runEnd;
    }
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      at = close === -1 ? html.length : close + 3;
      continue;
    }
    const end = tagEnd(html, lt);
    if (end === -1) break;
    at = end;
    const name = html.charCodeAt(lt + 1) === 47 ? '' : startTagName(html, lt, end);
    if (RAW_TEXT.has(name)) {
      const close = html.indexOf(`</${name}`, at);
      at = close === -1 ? html.length : close;
    }
  }
  return copied === 0 ? html : out + html.slice(copied);
}
