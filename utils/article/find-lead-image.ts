import type { MetadataSources } from './metadata-sources';
import { isJsonObject, stringOf } from './json-ld';
import { headlineScope } from './find-headline';
import { isInPageChromeOrLinkList } from './page-chrome';

/**
 * The picture that stands for the article: the one the page offers to social networks
 * (og:image, twitter:image), its JSON-LD image, or, when it names none, the first large
 * picture after the headline. Always an absolute http(s) URL.
 */

/** Narrower than this, a picture in the article header is an avatar or an icon. */
const MIN_WIDTH = 300;
/** Node.DOCUMENT_POSITION_FOLLOWING; Node is a window global, absent in Node.js. */
const FOLLOWING = 0x4;
// ASCII pattern on image addresses: case-insensitive without the `u` flag, the same matches (`u` would only add ſ for s and
// the Kelvin sign for k). Firefox compiles a case-insensitive Unicode pattern again in every popup it opens.
const NOT_A_PHOTO = /logo|icon|avatar|sprite|pixel|spacer|blank|placeholder|badge|emoji/i;

function absoluteUrl(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function jsonLdImage(value: unknown, resolve: (v: unknown) => unknown): string | null {
  const node = resolve(Array.isArray(value) ? value[0] : value);
  if (isJsonObject(node)) return stringOf(node['url']) ?? stringOf(node['contentUrl']);
  return stringOf(node);
}

function imageInArticle(sources: MetadataSources): string | null {
  if (!sources.headline) return null;
  const headline = sources.headline;
  // The lead photo follows the headline; pictures before it are the site's banner and menus.
  const after = Array.from(headlineScope(headline).querySelectorAll('img')).filter((img) => headline.compareDocumentPosition(img) & FOLLOWING);
  for (const img of after.slice(0, 10)) {
    const src = img.getAttribute('src') ?? img.getAttribute('data-src') ?? '';
    const width = Number(img.getAttribute('width') ?? '0');
    if (src.startsWith('data:') || NOT_A_PHOTO.test(src) || (width > 0 && width < MIN_WIDTH)) continue;
    // An img in <noscript> is markup only a browser without scripts builds (a tracking pixel, or a
    // copy of a lazy picture): the reader's browser never shows it, so Node must not pick it either.
    if (isInPageChromeOrLinkList(img) || img.closest('noscript')) continue;
    return src;
  }
  return null;
}

export function findLeadImage(sources: MetadataSources): string | null {
  const { meta, jsonLd, baseUrl } = sources;
  const candidates = [
    meta.first('og:image', 'og:image:url', 'og:image:secure_url'),
    meta.first('twitter:image', 'twitter:image:src'),
    jsonLdImage(jsonLd.article?.['image'] ?? jsonLd.article?.['thumbnailUrl'], jsonLd.resolve),
    sources.index.imageLinks[0]?.getAttribute('href') ?? null,
    meta.first('image', 'thumbnail'),
    imageInArticle(sources),
  ];
  for (const candidate of candidates) {
    const url = absoluteUrl(candidate, baseUrl);
    if (url) return url;
  }
  return null;
}
