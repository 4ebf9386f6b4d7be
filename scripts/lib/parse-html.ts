import { JSDOM, VirtualConsole } from 'jsdom';

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
  const dom = new JSDOM(withoutStyles, { url, virtualConsole });
  return dom.window.document;
}
