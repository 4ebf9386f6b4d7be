import type { ExtractFailure } from './article/types';

/**
 * Pages where the browser lets no extension run, by URL, so the reader gets a reason
 * before anything is injected. Chrome's and Firefox's lists differ; both are here because
 * the check costs nothing and a wrong "can't" is caught by the injection error anyway.
 */
const RESTRICTED_SCHEMES = ['chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:', 'about:', 'moz-extension:', 'view-source:', 'resource:', 'data:', 'blob:', 'javascript:'];
const RESTRICTED_HOSTS = ['chromewebstore.google.com', 'microsoftedge.microsoft.com', 'addons.mozilla.org', 'accounts-static.cdn.mozilla.net', 'accounts.firefox.com', 'support.mozilla.org'];

export function classifyTabUrl(url: string | undefined): ExtractFailure | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'restricted';
  }
  if (RESTRICTED_SCHEMES.includes(parsed.protocol)) return 'restricted';
  if (RESTRICTED_HOSTS.includes(parsed.hostname)) return 'restricted';
  if (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return 'restricted';
  if (/\.pdf$/iu.test(parsed.pathname)) return 'pdf';
  return null;
}

/** Maps what `scripting.executeScript` throws to the reason a reader is told. */
export function classifyInjectionError(message: string, url: string | undefined): ExtractFailure {
  const text = message.toLowerCase();
  if (url?.startsWith('file:') || text.includes('file://')) return 'file-access';
  if (url && /\.pdf$/iu.test(new URL(url, 'http://x/').pathname)) return 'pdf';
  if (
    text.includes('cannot access') ||
    text.includes('cannot be scripted') ||
    text.includes('missing host permission') ||
    text.includes('gallery')
  ) {
    return 'restricted';
  }
  if (text.includes('no tab with id') || text.includes('invalid tab')) return 'no-tab';
  // Chrome: "Frame with ID 0 is showing error page", when the page did not load (or a script of
  // its own sent the tab to an address that did not answer). "Reload and try again" is the right
  // advice, but the reader should know it is the page that failed, not Lede.
  if (text.includes('showing error page')) return 'error-page';
  return 'failed';
}
