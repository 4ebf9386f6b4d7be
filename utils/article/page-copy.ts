import type { SentReading } from './live-reading';
import { readPageMetadataSteps, type PageMetadata } from './page-metadata';
import { parsePageCopy } from './parse-page-copy';
import { NEVER_OVER, runToEnd, type SliceOver } from '../steps';

/** The page's metadata, read from the copy the page sent, parsed here unless `copy` was parsed already (parsePageCopy). */
export function readSentMetadata(reading: SentReading, parser: DOMParser, copy: Document = parsePageCopy(reading, parser)): PageMetadata {
  return runToEnd(readSentMetadataSteps(reading, copy, NEVER_OVER));
}

/** The same from a parsed copy, yielding where a pause may come (readPageMetadataSteps). */
export function readSentMetadataSteps(reading: SentReading, copy: Document, sliceOver: SliceOver): Generator<void, PageMetadata> {
  return readPageMetadataSteps(copy, { address: { url: reading.url, baseUrl: reading.baseUrl } }, sliceOver);
}
