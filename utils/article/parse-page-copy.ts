import type { SentReading } from './live-reading';
import { withoutInlineAttributes } from '../dom/inline-attributes';

/**
 * The copy of the page the page sent (SentReading.pageHtml), parsed in a document of our own:
 * DOMParser's has no browsing context, so nothing in the copy runs or loads. Scripting is off
 * there, so a <noscript> holds elements, as in jsdom (the CLI and the tests): every context
 * reads the same tree. Its handlers and styles are left out first: the extension pages' policy would
 * refuse and report each (utils/dom/inline-attributes.ts). A module of its own, without the metadata
 * code: the popup parses the copy the moment it arrives, while the finishing code may still be
 * loading (clients/extract-client.ts).
 */
export function parsePageCopy(reading: SentReading, parser: DOMParser): Document {
  return parser.parseFromString(withoutInlineAttributes(reading.pageHtml), 'text/html');
}
