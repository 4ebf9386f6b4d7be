import type { SentReading } from './live-reading';
import { separateLooseTableCells } from './loose-table-parts';
import { withoutInlineAttributes } from '../dom/inline-attributes';

/**
 * The body rebuilt from its HTML in a document of our own: one made by DOMParser has no
 * browsing context, so nothing in it runs or loads (no scripts, no images, no handlers) —
 * it is only read, then sanitized where it is shown. Table parts Readability left without
 * their table would be dropped by the parser, their cells run together: a space or a line break is left between them.
 * Readability leaves event handlers in place: they go before the parse, as from the page's copy (utils/dom/inline-attributes.ts).
 */
export function rebuildRoot(reading: SentReading, parser: DOMParser): Element | null {
  const html = separateLooseTableCells(withoutInlineAttributes(reading.contentHtml));
  return parser.parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html').body.firstElementChild;
}
