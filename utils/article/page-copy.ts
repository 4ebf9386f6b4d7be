import type { SentReading } from './live-reading';
import { readPageMetadata, type PageMetadata } from './page-metadata';

/**
 * The page's metadata, read from the copy the page sent (SentReading.pageHtml) in a document of
 * our own: DOMParser's has no browsing context, so nothing in the copy runs or loads. Scripting is
 * off there, so a <noscript> holds elements, as in jsdom (the CLI and the tests): every context
 * reads the same tree.
 */
export function readSentMetadata(reading: SentReading, parser: DOMParser): PageMetadata {
  const copy = parser.parseFromString(reading.pageHtml, 'text/html');
  return readPageMetadata(copy, { address: { url: reading.url, baseUrl: reading.baseUrl } });
}
