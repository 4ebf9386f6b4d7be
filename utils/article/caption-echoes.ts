import { normalizeSpace } from '../text/space';
import { closestTag } from './closest-tag';
import { dropLeadingText, rawPrefixLength } from './leading-text';
import { CREDIT_ATTR } from './captions';
import { shortText } from './bounded-text';

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

/** Long enough not to be a story's own words by chance. */
const isLongCaption = (text: string): boolean => text.length >= MIN_CAPTION_CHARS && (text.match(/ /gu) ?? []).length >= MIN_CAPTION_SPACES;

function captionTexts(root: Element): string[] {
  return Array.from(root.querySelectorAll('figcaption'))
    .map((el) => normalizeSpace(el.textContent ?? ''))
    .filter(isLongCaption);
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

/** A caption's text, and its text without the credits marked in it ("… June 18, 2015." without "Chuck Burton/AP"). */
interface ShownCaption {
  figure: Element;
  texts: string[];
  credits: string[];
}

function shownCaptions(root: Element): ShownCaption[] {
  return Array.from(root.querySelectorAll('figcaption')).map((caption) => {
    const credits = Array.from(caption.querySelectorAll(`[${CREDIT_ATTR}]`), (el) => normalizeSpace(el.textContent ?? '')).filter((text) => text !== '');
    const whole = normalizeSpace(caption.textContent ?? '');
    const copy = caption.cloneNode(true) as Element;
    for (const credit of copy.querySelectorAll(`[${CREDIT_ATTR}]`)) credit.remove();
    return { figure: closestTag(caption, 'figure') ?? caption, texts: [whole, normalizeSpace(copy.textContent ?? '')], credits };
  });
}

/**
 * The same credit twice in one caption: NPR prints "Chuck Burton/AP" in the caption's line and
 * again in a span beside it (one is shown when the caption is hidden). The first is kept.
 */
function removeRepeatedCredits(root: Element): void {
  for (const caption of root.querySelectorAll('figcaption')) {
    const seen = new Set<string>();
    for (const credit of Array.from(caption.querySelectorAll(`[${CREDIT_ATTR}]`))) {
      const text = normalizeSpace(credit.textContent ?? '');
      if (!seen.has(text)) {
        seen.add(text);
        continue;
      }
      const line = credit.parentElement;
      credit.remove();
      if (line && line !== caption && normalizeSpace(line.textContent ?? '') === '' && line.querySelector('img') === null) line.remove();
    }
  }
}

/**
 * A caption printed again as paragraphs after its picture, and its credit on the next line: the
 * copy a page keeps for its enlarged picture ("<div class="enlarge_html"><p class="caption">…</p>
 * <span class="credit">…</span>"), which Readability keeps as text. A paragraph before the
 * picture is left to the caption passes. Run after the boilerplate pass, once the caption's
 * buttons ("hide caption", "toggle caption") are gone from it.
 */
export function removeCaptionCopies(root: Element): void {
  removeRepeatedCredits(root);
  const captions = shownCaptions(root).filter((caption) => caption.texts.some(isLongCaption));
  if (captions.length === 0) return;
  const longest = Math.max(...captions.flatMap((caption) => caption.texts.map((text) => text.length)));
  for (const p of Array.from(root.querySelectorAll('p'))) {
    if (!p.isConnected || closestTag(p, 'figure', 'figcaption')) continue;
    // Read with a bound: a copy is no longer than its caption, and a story's paragraph may be long.
    const text = shortText(p, longest);
    if (text === null) continue;
    const caption = captions.find((c) => c.texts.includes(text) && isLongCaption(text) && (c.figure.compareDocumentPosition(p) & 4) !== 0);
    if (!caption) continue;
    const next = p.nextElementSibling;
    p.remove();
    if (next?.localName === 'p' && caption.credits.includes(normalizeSpace(next.textContent ?? ''))) next.remove();
  }
}
