import type { SentReading } from './live-reading';

/**
 * The body rebuilt from its HTML in a document of our own: one made by DOMParser has no
 * browsing context, so nothing in it runs or loads (no scripts, no images, no handlers) —
 * it is only read, then sanitized where it is shown.
 */
export function rebuildRoot(reading: SentReading, parser: DOMParser): Element | null {
  return parser.parseFromString(`<!DOCTYPE html><html><body>${reading.contentHtml}</body></html>`, 'text/html').body.firstElementChild;
}
