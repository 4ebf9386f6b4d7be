/**
 * schema.org JSON-LD as sites really write it: one object, an array, an `@graph`, the
 * article nested under a WebPage's `mainEntity`, people and publishers given by `@id`
 * reference, types as arrays or full URLs, and JSON with raw newlines inside strings.
 */
export type JsonObject = { [key: string]: unknown };

export interface JsonLd {
  /** The article the page presents (NewsArticle, BlogPosting, …), when it says. */
  article: JsonObject | null;
  /** The WebPage node: some sites date only that. */
  webPage: JsonObject | null;
  webSite: JsonObject | null;
  /** Every type the page's JSON-LD names ("NewsArticle", "VideoObject", "CollectionPage"): what the page says it is. */
  types: ReadonlySet<string>;
  /** Follows an `{ "@id": … }` reference to the node the page defines elsewhere; otherwise returns `value`. */
  resolve(value: unknown): unknown;
}

const ARTICLE_TYPES =
  /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$/u;

/** Enough for any real page; a page with more nodes is a catalogue, not an article. */
const MAX_NODES = 500;
const MAX_DEPTH = 6;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "NewsArticle" from "NewsArticle", "schema:NewsArticle", "https://schema.org/NewsArticle" or an array of them. */
export function typesOf(node: JsonObject): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/u, ''));
}

/** A string value, also from `{ "@value": … }` and from the first string of an array. */
export function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = stringOf(item);
      if (text) return text;
    }
    return null;
  }
  if (isJsonObject(value)) return stringOf(value['@value']);
  return null;
}

function parseScript(text: string): unknown {
  const body = text.replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/gu, '').trim();
  if (body === '') return null;
  try {
    return JSON.parse(body);
  } catch {
    // Raw line breaks and tabs inside strings are invalid JSON but common in CMS output.
    try {
      return JSON.parse(body.replace(/[\u0000-\u001f]+/gu, ' '));
    } catch {
      return null;
    }
  }
}

/** Every typed node, top-level ones first, so the page's own article comes before nested ones. */
function collectNodes(roots: unknown[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  let level: unknown[] = roots;
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0 && nodes.length < MAX_NODES; depth++) {
    const next: unknown[] = [];
    for (const value of level) {
      if (Array.isArray(value)) {
        next.push(...value);
      } else if (isJsonObject(value)) {
        if (value['@type'] !== undefined) nodes.push(value);
        for (const [key, child] of Object.entries(value)) {
          if (key !== '@context' && typeof child === 'object' && child !== null) next.push(child);
        }
      }
    }
    level = next;
  }
  return nodes.slice(0, MAX_NODES);
}

function similar(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').trim();
  const x = norm(a);
  const y = norm(b);
  return x !== '' && y !== '' && (x === y || x.includes(y) || y.includes(x));
}

/** With several articles (a live page, a "more stories" list), the one whose headline is the page's title. */
function pickArticle(articles: JsonObject[], titleHint: string | null): JsonObject | null {
  if (articles.length > 1 && titleHint) {
    const match = articles.find((node) => {
      const headline = stringOf(node['headline']) ?? stringOf(node['name']);
      return headline !== null && similar(headline, titleHint);
    });
    if (match) return match;
  }
  return articles[0] ?? null;
}

export function readJsonLd(scripts: readonly Element[], titleHint: string | null): JsonLd {
  const roots = scripts.map((script) => parseScript(script.textContent ?? '')).filter((v) => v !== null);
  const nodes = collectNodes(roots);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    // The first definition with more than an @id wins; later bare references add nothing.
    if (typeof id === 'string' && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
  }
  const ofType = (pattern: RegExp) => nodes.filter((node) => typesOf(node).some((t) => pattern.test(t)));
  return {
    article: pickArticle(ofType(ARTICLE_TYPES), titleHint),
    webPage: ofType(/^(?:WebPage|ItemPage|AboutPage|ProfilePage|CollectionPage)$/u)[0] ?? null,
    webSite: ofType(/^WebSite$/u)[0] ?? null,
    types: new Set(nodes.flatMap(typesOf)),
    resolve: (value) => {
      if (!isJsonObject(value)) return value;
      const id = value['@id'];
      if (typeof id !== 'string' || Object.keys(value).length > 1) return value;
      return byId.get(id) ?? value;
    },
  };
}
