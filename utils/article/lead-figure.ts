import type { Figure } from './types';
import type { MetadataSources } from './metadata-sources';
import { CREDIT_ATTR, findCaptionLine, isCreditMarkup } from './captions';
import { visibleText } from './visible-text';
import { normalizeSpace } from '../text/segment';
import { closestTag } from './closest-tag';
import { hasLabelledCredit, withoutCreditJoint, withoutHiddenCreditLabel } from './caption-credit';

/**
 * The lead picture with its caption, when the page prints both above the story: Readability
 * reads from the first paragraph on and leaves the header behind, picture and caption with it
 * ("Un Népalais prie à Katmandou…" under Libération's headline). The picture is the one the
 * page names as its image (og:image and the like, find-lead-image.ts), found in the page by its
 * address; its caption by the page's caption markup. The body passes put it back at the top of
 * the body (addLeadFigure) when the body does not already show that picture.
 */

/** The lead picture is among the first pictures of a page; past these, the rest are galleries and teasers. */
const MAX_IMAGES = 40;
/** How far up from the picture its caption may stand (a header that sets the caption beside the headline). */
const MAX_CLIMB = 4;
const MAX_CAPTION_CHARS = 300;
/** Caption markup deliberate enough to be read away from the picture. */
const CAPTION_MARKUP = 'figcaption, [itemprop~="caption"]';

function pathOf(address: string, base: string): string[] {
  try {
    return new URL(address, base).pathname.split('/').filter((part) => part !== '').map((part) => decodeURIComponent(part).toLowerCase());
  } catch {
    return [];
  }
}

/** A file name that is only a size or a number ("4800.jpg", "1200x630.jpg") names no picture in particular. */
const SIZE_ONLY = /^\d+(?:x\d+)?(?:\.\w+)?$/u;
/** A path segment this long with a digit in it is an asset's id or hash ("df84b519a877…"). */
const MIN_ID_CHARS = 16;

/**
 * Two addresses of one picture: CDNs serve a picture in several crops and sizes under one
 * asset name or id ("…/24709755/DSC00889.jpg" at 1200×628 for og:image, 2400×1600 in the page).
 */
export function samePicture(a: string, b: string, base: string): boolean {
  if (a === b) return true;
  const pa = pathOf(a, base);
  const pb = pathOf(b, base);
  const fileA = pa[pa.length - 1];
  if (fileA && fileA === pb[pb.length - 1] && !SIZE_ONLY.test(fileA)) return true;
  if (pa.some((part) => part.length >= MIN_ID_CHARS && /\d/u.test(part) && pb.includes(part))) return true;
  // A resizer writes its crop and size into the file name around the asset's id
  // ("9b6b…a138_extract=67,0,1867,1050_resize=680,383_.jpg" for "9b6b…a138.jpg",
  // "1545…31dc_1545403495_3x2_md.jpg" for "…_3x2_rt.jpg"): the id is the shared word.
  const idsB = new Set(pb.flatMap(idWords));
  return pa.flatMap(idWords).some((word) => idsB.has(word));
}

/** The asset ids within a path segment: long runs of letters and digits with a digit among them. */
function idWords(part: string): string[] {
  return part.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= MIN_ID_CHARS && /\d/u.test(word));
}

/** The picture's own addresses: src first, then every size its srcset offers (og:image is often the largest). */
function addressesOf(img: Element): string[] {
  const srcset = img.getAttribute('srcset') ?? img.getAttribute('data-srcset') ?? '';
  const sizes = srcset.split(/,\s+/u).map((entry) => entry.trim().split(/\s+/u)[0] ?? '');
  return [img.getAttribute('src'), img.getAttribute('data-src'), ...sizes].filter((value): value is string => value !== null && value !== '' && !value.startsWith('data:'));
}

/** Caption markup in a box around the picture that holds no other picture: a header with the picture above the headline and the caption under it. */
function captionNearby(img: Element, isLead: (candidate: Element) => boolean): Element | null {
  let box: Element = img;
  for (let level = 0; level < MAX_CLIMB; level++) {
    const parent = box.parentElement;
    if (!parent || /^(?:BODY|HTML|MAIN|ARTICLE)$/u.test(parent.tagName.toUpperCase())) return null;
    box = parent;
    if (Array.from(box.querySelectorAll('img')).some((other) => !isLead(other) && !closestTag(other, 'noscript'))) return null;
    const caption = box.querySelector(CAPTION_MARKUP);
    if (caption && !caption.querySelector('img')) return caption;
  }
  return null;
}

function figureOf(img: Element, caption: Element, base: string, lead: string): Figure | null {
  const text = visibleText(caption, isCreditMarkup);
  if (text === '' || text.length > MAX_CAPTION_CHARS || !/\p{L}/u.test(text)) return null;
  const credit = Array.from(caption.querySelectorAll('*'))
    .filter(isCreditMarkup)
    .map((el) => withoutHiddenCreditLabel(visibleText(el)))
    .filter((c) => c !== '')
    .join(' ');
  const shown = credit === '' ? text : withoutCreditJoint(text);
  let src = lead;
  try {
    const own = addressesOf(img)[0];
    src = own ? new URL(own, base).href : lead;
  } catch {
    src = lead;
  }
  return { src, alt: normalizeSpace(img.getAttribute('alt') ?? ''), caption: shown, credit };
}

/** The lead picture as a captioned figure, or null when the page shows it without a caption (or not at all). */
export function findLeadFigure(sources: MetadataSources, leadImage: string | null): Figure | null {
  const body = sources.doc.body;
  if (!leadImage || !body) return null;
  const isLead = (img: Element): boolean => addressesOf(img).some((address) => samePicture(address, leadImage, sources.baseUrl));
  const images = Array.from(body.querySelectorAll('img')).slice(0, MAX_IMAGES);
  for (const img of images) {
    if (closestTag(img, 'noscript') || !isLead(img)) continue;
    const line = findCaptionLine(img);
    // The page's metadata is read here, with the packs: a candidate line with a credit at its end is a caption too.
    const caption = line && (line.sure || hasLabelledCredit(visibleText(line.line))) ? line.line : captionNearby(img, isLead);
    const figure = caption ? figureOf(img, caption, sources.baseUrl, leadImage) : null;
    if (figure) return figure;
  }
  return null;
}

/**
 * Puts the lead figure at the top of the body, unless the body shows that picture already or
 * holds its caption (then Readability kept the header, or the caption is read elsewhere).
 */
export function addLeadFigure(root: Element, lead: Figure | null, baseUrl: string): void {
  if (!lead) return;
  for (const img of root.querySelectorAll('img')) if (addressesOf(img).some((address) => samePicture(address, lead.src, baseUrl))) return;
  if (normalizeSpace(root.textContent ?? '').includes(lead.caption)) return;
  const doc = root.ownerDocument;
  const figure = doc.createElement('figure');
  const img = doc.createElement('img');
  img.setAttribute('src', lead.src);
  img.setAttribute('alt', lead.alt);
  const figcaption = doc.createElement('figcaption');
  figcaption.textContent = lead.caption;
  if (lead.credit !== '') {
    const credit = doc.createElement('span');
    credit.setAttribute(CREDIT_ATTR, '');
    credit.textContent = ` ${lead.credit}`;
    figcaption.append(credit);
  }
  figure.append(img, figcaption);
  root.prepend(figure);
}
