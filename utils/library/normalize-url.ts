/**
 * Ad and mail-campaign parameters that change the URL without changing the article.
 * Anything else in the query may select the article (`?id=123`), so it stays.
 */
const TRACKING_PARAMS = new Set(['fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'mc_cid', 'mc_eid', 'igshid']);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

/**
 * The library's key for an article: the same page shared from a newsletter, a social
 * post or with a #section anchor must update one entry, not make three.
 * Returns null for a string that is not an absolute URL.
 */
export function normalizeArticleUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (isTrackingParam(name)) url.searchParams.delete(name);
  }
  // A query emptied of trackers would leave a bare `?`: a different key for the same page.
  if (url.searchParams.size === 0) url.search = '';
  return url.href;
}

/** Schemes a saved link may use: a `javascript:` or `data:` URL is never a source to go back to. */
export function isReadableUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' || protocol === 'file:';
  } catch {
    return false;
  }
}
