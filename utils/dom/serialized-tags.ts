/**
 * The tags of serialized HTML (outerHTML), in order, for the few rewrites done on a page's HTML
 * before it is parsed in an extension page. Its shape is fixed: text never holds a raw `<`,
 * attribute values are quoted, and only raw-text elements (script, style…) and comments hold
 * markup-like text, which is skipped.
 */

export interface SerializedTag {
  /** Where the tag starts (its `<`) and ends (after its `>`). */
  start: number;
  end: number;
  /** Lower-cased. */
  name: string;
  closing: boolean;
  /** Everything between the name and the `>`: ` class="a" hidden`, or ` /` on a self-closed tag. */
  attributes: string;
}

/** What the HTML parser reads as text: a noscript too, as where the page ran scripts (its serialization). */
export const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'textarea', 'title']);
/** The same where scripting is off, as in a document of DOMParser's: a noscript's content is markup there. */
export const RAW_TEXT_WITHOUT_SCRIPTS: ReadonlySet<string> = new Set([...RAW_TEXT].filter((name) => name !== 'noscript'));
/** A tag never holds a bare `<` outside its quoted values: stopping there keeps a text of "a<a<a<…" linear (each try ends at the next `<`, not at the end of the text). */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>/gu;

/**
 * Each tag of `html`; the content of a `rawText` element is passed over, so a `<p>` in a
 * script's text is not a tag.
 */
export function* serializedTags(html: string, rawText: ReadonlySet<string> = RAW_TEXT): Generator<SerializedTag> {
  const tag = new RegExp(TAG.source, TAG.flags);
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const name = match[2]?.toLowerCase();
    if (!name) continue;
    const closing = match[1] === '/';
    yield { start: match.index, end: tag.lastIndex, name, closing, attributes: match[3] ?? '' };
    if (!closing && rawText.has(name)) {
      const end = new RegExp(`</${name}`, 'giu');
      end.lastIndex = tag.lastIndex;
      tag.lastIndex = end.exec(html)?.index ?? html.length;
    }
  }
}
