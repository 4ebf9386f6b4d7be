import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * How a page's `<noscript>` is parsed. jsdom runs no script, so it parses a noscript's content
 * as elements, as a browser with scripts off does; the reader's browser has scripts on and
 * parses it as text (the HTML parser's scripting flag), and the in-page part reads what the
 * browser built. `setBrowserParsing(true)` (bench:quality's --as-browser) parses pages here as
 * the reader's browser does, so what differs between the two shows on a bench.
 */
let asBrowser = false;

export function setBrowserParsing(on: boolean): void {
  asBrowser = on;
}

/** The DOMParser a page's window lent the global scope, parsed as the browser does (below). */
let lentParser: unknown = null;

const NOSCRIPT = /(<noscript\b[^>]*>)([\s\S]*?)(<\/noscript\s*>)/giu;

/** The page's noscripts' content escaped, so the parser keeps it as their text. */
function noscriptsAsText(html: string): string {
  return html.replace(NOSCRIPT, (_whole, open: string, content: string, close: string) => open + content.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;') + close);
}

/**
 * Parses a saved page in Node the way the CLI, the benchmarks and the tests need it:
 * no scripts, no subresources, and no page CSS, because jsdom's CSS parser throws on
 * some real stylesheets ("Cannot create property 'border-width' on string") and the
 * article never depends on styles. Inline `style` attributes are kept: captions are
 * recognised partly by `text-align:center`.
 */
export function parseHtml(html: string, url: string): Document {
  const withoutStyles = html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/giu, '');
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(asBrowser ? noscriptsAsText(withoutStyles) : withoutStyles, { url, virtualConsole });
  // The in-page part parses a noscript's text with the browser's DOMParser (noscript-pictures.ts); Node has none of its
  // own. The page's window lends its one; parsed as the CLI does, no page keeps an earlier page's (closed) window's.
  if (asBrowser) {
    lentParser = dom.window.DOMParser;
    Object.assign(globalThis, { DOMParser: lentParser });
  } else if (lentParser !== null && (globalThis as { DOMParser?: unknown }).DOMParser === lentParser) {
    Reflect.deleteProperty(globalThis, 'DOMParser');
    lentParser = null;
  }
  return dom.window.document;
}
