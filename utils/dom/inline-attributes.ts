import { RAW_TEXT_WITHOUT_SCRIPTS, serializedTags } from './serialized-tags';

/**
 * A page's HTML without its inline event handlers (`onclick="…"`) and style attributes, before
 * an extension page parses it. The extension pages' policy (wxt.config.ts: script-src and
 * style-src 'self') refuses both, and Chrome checks and reports each one as the parser meets
 * it, even in a document of DOMParser's that never runs or shows anything: about 0.2 ms an
 * attribute, ten times the parse itself. A news page's copy with a few hundred of them took
 * 30-150 ms to parse in the popup against 4-10 ms in a web page. Nothing Lede reads is lost:
 * no pass reads a handler, and the one that reads a style asks whether it hides the element,
 * which `hidden` still says. Works on serialized HTML (utils/dom/serialized-tags.ts).
 */

/** Cheap first look, per tag: most tags hold neither. */
const MAYBE_INLINE = /\s(?:on[a-z]|style)/i;
/**
 * One attribute of a tag's attribute text, with the space before it; a quoted value is taken whole, so a name inside one is
 * never read. One space, not a run: each try on a run of spaces then ends at once (linear, tests/unit/regex-safety.test.ts).
 */
const ATTRIBUTE = /\s([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
const INLINE_NAME = /^(?:on[a-z]+|style)$/i;
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function withoutInline(attributes: string): string {
  return attributes.replace(ATTRIBUTE, (whole, name: string, value: string | undefined) => {
    if (!INLINE_NAME.test(name)) return whole;
    return name.toLowerCase() === 'style' && HIDING_STYLE.test(value ?? '') ? ' hidden' : '';
  });
}

/** `html` with every start tag's handlers and style attributes taken out (a hiding style left as `hidden`); the same string when it has none. */
export function withoutInlineAttributes(html: string): string {
  let out = '';
  let copied = 0;
  // A noscript's markup is parsed as elements where the copy is read (no scripts there).
  for (const tag of serializedTags(html, RAW_TEXT_WITHOUT_SCRIPTS)) {
    if (tag.closing || !MAYBE_INLINE.test(tag.attributes)) continue;
    const kept = withoutInline(tag.attributes);
    if (kept === tag.attributes) continue;
    const attributesAt = tag.end - 1 - tag.attributes.length;
    out += html.slice(copied, attributesAt) + kept;
    copied = tag.end - 1;
  }
  return copied === 0 ? html : out + html.slice(copied);
}
