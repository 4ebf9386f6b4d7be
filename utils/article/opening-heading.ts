import { listBlockElements } from './block-elements';
import { shortText } from './bounded-text';
import { normalizeSpace, words } from '../text/segment';

/**
 * A page that states no title anywhere (no <title>, no og:title, no JSON-LD headline, no h1 —
 * pages saved without their head, old CMSs that set the headline in an h3) would open the reading
 * view with a blank header and its headline as the body's first heading. That opening heading is
 * the title: among the body's first blocks, before any prose, and long enough to read as a
 * headline rather than a label ("Categories", "World News"). The title-echo pass then takes it out
 * of the body (header-echoes.ts), as it does any headline the header prints.
 */
const LOOK_AT_FIRST = 3;
const HEADING = /^H[1-4]$/;
/** A block longer than this before the heading is prose: the heading under it is a section's. */
const PROSE_CHARS = 150;
const HEADLINE_MAX_CHARS = 200;
const MIN_HEADLINE_WORDS = 3;

export function openingHeadingTitle(root: ParentNode, lang: string | null): string {
  for (const el of listBlockElements(root).slice(0, LOOK_AT_FIRST)) {
    if (HEADING.test(el.tagName.toUpperCase())) {
      const text = normalizeSpace(shortText(el, HEADLINE_MAX_CHARS) ?? '');
      return words(text, lang).length >= MIN_HEADLINE_WORDS ? text : '';
    }
    if (shortText(el, PROSE_CHARS) === null) return '';
  }
  return '';
}
