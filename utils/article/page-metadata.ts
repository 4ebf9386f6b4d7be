/** What the page says about its article outside the body: read from the original document, before Readability changes its clone. */
export interface PageMetadata {
  title: string | null;
  subtitle: string | null;
  bylines: string[];
  published: string | null;
  modified: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  leadImage: string | null;
}

function metaContent(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : null;
}

export function readPageMetadata(doc: Document): PageMetadata {
  const dirAttr = (doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  return {
    title: metaContent(doc, 'meta[property="og:title"]'),
    subtitle: null,
    bylines: [],
    published: null,
    modified: null,
    siteName: metaContent(doc, 'meta[property="og:site_name"]'),
    lang: doc.documentElement.getAttribute('lang')?.trim() || null,
    dir: dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : null,
    leadImage: metaContent(doc, 'meta[property="og:image"]'),
  };
}
