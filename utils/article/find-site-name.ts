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
// The look-behind starts the run of separators once (regex-safety).
const TRAILING_NUMERIC_DATE = /(?<![,\s])[,\s]+\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/u;

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
  const side = headline.startsWith(simplify(first)) ? last : headline.endsWith(simplify(last)) ? first : null;
  // "… - РИА Новости, 16.11.2023": the day after the name is the story's, never the site's.
  const candidate = side?.replace(TRAILING_NUMERIC_DATE, '') ?? null;
  return candidate && candidate.length <= MAX_SITE_NAME_CHARS && !headline.includes(simplify(candidate)) ? candidate : null;
}

/** A URL or a bare host is where the site is, not its name. */
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*$/iu;

export function isUrlLike(text: string): boolean {
  return URL_LIKE.test(text.trim());
}

/** The names the page states for itself, best first (publisher, og:site_name, WebSite, web-app name). */
export function statedSiteNames(sources: MetadataSources): string[] {
  const { meta, jsonLd } = sources;
  const publisher = jsonLd.resolve(jsonLd.article?.['publisher']);
  return [
    // Readability's order: the publisher named in JSON-LD is the newsroom's own name,
    // og:site_name is often a slogan ("Aktuálně.cz - Víte, co se právě děje").
    isJsonObject(publisher) ? stringOf(publisher['name']) : null,
    meta.first('og:site_name'),
    jsonLd.webSite ? stringOf(jsonLd.webSite['name']) : null,
    meta.first('application-name', 'apple-mobile-web-app-title'),
  ]
    .map((candidate) => (candidate ? normalizeSpace(candidate) : ''))
    .filter((name) => name !== '' && name.length <= MAX_SITE_NAME_CHARS * 2 && !URL_LIKE.test(name));
}

/** An article is filed under a section or two; past a few, the marks belong to a list of teasers. */
const MAX_SECTIONS = 3;

/** Sections the page files the article under ("Editorial", "Thời sự"): titles carry them too. */
export function statedSections(sources: MetadataSources): string[] {
  const section = sources.meta.first('article:section') ?? stringOf(sources.jsonLd.article?.['articleSection']);
  const stated = section ? [normalizeSpace(section)] : [];
  // Microdata states it in the page itself: "— in <a itemprop="genre">Code</a>" under the headline,
  // and the <title> then reads "Headline | Code | Author".
  for (const el of Array.from(sources.doc.querySelectorAll('[itemprop~="articleSection"], [itemprop~="genre"]')).slice(0, MAX_SECTIONS)) {
    const text = normalizeSpace(el.getAttribute('content') ?? el.textContent ?? '');
    if (text !== '' && text.length <= MAX_SITE_NAME_CHARS && !stated.includes(text)) stated.push(text);
  }
  return stated;
}

export function findSiteName(sources: MetadataSources): string | null {
  const headlineText = sources.headline?.textContent ?? sources.meta.first('og:title');
  const fromTitleName = fromTitle(sources.doc, headlineText);
  return statedSiteNames(sources)[0] ?? (fromTitleName && !URL_LIKE.test(fromTitleName) ? fromTitleName : null);
}
