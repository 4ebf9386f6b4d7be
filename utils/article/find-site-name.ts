import type { MetadataSources } from './metadata-sources';
import { isJsonObject, stringOf } from './json-ld';
import { normalizeSpace } from '../text/segment';

/**
 * The publication's name: the JSON-LD publisher, og:site_name, the JSON-LD WebSite, the web-app
 * name, or the part of <title> that is not the headline ("Headline - Site Name").
 */

/** Title separators between headline and site name. */
// `(?<!\s)`: a separator starts where its spaces start, never again inside them (quadratic on long runs).
const TITLE_SEPARATOR = /(?<!\s)\s+[|\-–—·»:]{1,2}\s+/u;
const MAX_SITE_NAME_CHARS = 60;

function simplify(text: string): string {
  return normalizeSpace(text).toLowerCase();
}

/** "Headline - Site" or "Site | Headline", when one side is the headline. */
function fromTitle(doc: Document, headlineText: string | null): string | null {
  if (!headlineText) return null;
  const parts = doc.title.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const headline = simplify(headlineText);
  const candidate = headline.startsWith(simplify(first)) ? last : headline.endsWith(simplify(last)) ? first : null;
  return candidate && candidate.length <= MAX_SITE_NAME_CHARS && !headline.includes(simplify(candidate)) ? candidate : null;
}

export function findSiteName(sources: MetadataSources): string | null {
  const { meta, jsonLd } = sources;
  const publisher = jsonLd.resolve(jsonLd.article?.['publisher']);
  const headlineText = sources.headline?.textContent ?? meta.first('og:title');
  const candidates = [
    // Readability's order: the publisher named in JSON-LD is the newsroom's own name,
    // og:site_name is often a slogan ("Aktuálně.cz - Víte, co se právě děje").
    isJsonObject(publisher) ? stringOf(publisher['name']) : null,
    meta.first('og:site_name'),
    jsonLd.webSite ? stringOf(jsonLd.webSite['name']) : null,
    meta.first('application-name', 'apple-mobile-web-app-title'),
    fromTitle(sources.doc, headlineText),
  ];
  for (const candidate of candidates) {
    const name = candidate ? normalizeSpace(candidate) : '';
    if (name && name.length <= MAX_SITE_NAME_CHARS * 2) return name;
  }
  return null;
}
