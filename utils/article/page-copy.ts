import type { SentReading } from './live-reading';
import { readPageMetadata, type PageMetadata } from './page-metadata';
import { parsePageCopy } from './parse-page-copy';

/** The page's metadata, read from the copy the page sent, parsed here unless `copy` was parsed already (parsePageCopy). */
export function readSentMetadata(reading: SentReading, parser: DOMParser, copy: Document = parsePageCopy(reading, parser)): PageMetadata {
  return readPageMetadata(copy, { address: { url: reading.url, baseUrl: reading.baseUrl } });
}
