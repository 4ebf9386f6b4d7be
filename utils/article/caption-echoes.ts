import { normalizeSpace } from '../text/space';
import { closestTag } from './closest-tag';
import { dropLeadingText, rawPrefixLength } from './leading-text';

/**
 * A picture's caption printed again at the start of a paragraph ("Xe phóng đạn … năm 2015.
 * “Nhu cầu …”): pages scraped or rebuilt from a feed carry the caption inline as well as under
 * the picture. The reading view shows it under the picture; the paragraph keeps only its own
 * text. A caption must be long enough not to be a story's own opening words by chance.
 */
const MIN_CAPTION_CHARS = 25;
const MIN_CAPTION_SPACES = 3;
/** The paragraph must go on after the caption: a paragraph that is the caption alone is for the caption passes. */
const MIN_REST_CHARS = 20;

function captionTexts(root: Element): string[] {
  return Array.from(root.querySelectorAll('figcaption'))
    .map((el) => normalizeSpace(el.textContent ?? ''))
    .filter((text) => text.length >= MIN_CAPTION_CHARS && (text.match(/ /gu) ?? []).length >= MIN_CAPTION_SPACES);
}

export function removeCaptionEchoes(root: Element): void {
  const captions = captionTexts(root);
  if (captions.length === 0) return;
  for (const p of root.querySelectorAll('p')) {
    if (closestTag(p, 'figure', 'figcaption')) continue;
    const raw = p.textContent ?? '';
    const text = normalizeSpace(raw);
    const caption = captions.find((c) => text.length >= c.length + MIN_REST_CHARS && text.startsWith(c));
    if (caption === undefined) continue;
    let cut = rawPrefixLength(raw, caption);
    if (cut === null) continue;
    while (/\s/u.test(raw.charAt(cut))) cut++;
    dropLeadingText(p, cut);
  }
}
