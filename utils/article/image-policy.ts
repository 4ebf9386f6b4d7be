/**
 * Which article images may reach the network, and how. Lede promises "no network, no
 * tracking": a saved or imported article must not tell anyone it was opened (a tracking
 * pixel is a read receipt), so its images wait until the reader asks. The live popup and
 * full tab show the page the reader is on, so its images may load, but only over https,
 * never from the reader's own machine or network, and (see sanitize.ts) without cookies
 * or referrer.
 */
export interface ImagePolicy {
  /** `load`: remote images that pass the checks load; `hold`: none do, they are only counted. */
  remote: 'load' | 'hold';
}

export type ImageSource =
  /** Show this URL. */
  | { kind: 'load'; url: string }
  /** A remote image the policy holds back until the reader asks. */
  | { kind: 'held' }
  /** Never shown: not an image URL we fetch (http, relative, private address, unknown scheme). */
  | { kind: 'dropped' };

// Inline images cost no request (and an image can fetch nothing, even an SVG one).
const INLINE = 'data:';

/**
 * Hosts on the reader's own machine or network, as the URL parser writes them (IPv4 in
 * dotted decimal whatever the page wrote, IPv6 compressed, in brackets, lower case):
 * localhost, *.localhost, *.local; 0/8, 10/8, 127/8, 169.254/16 (link-local, cloud metadata),
 * 192.168/16, 172.16/12; IPv6 ::1, ::, fc00::/7 (unique local), fe80::/10 (link-local) and
 * the rest of fc00::-ffff:: that no public image host uses; the same IPv4 ranges mapped into
 * IPv6 (::ffff:7f00:1 is 127.0.0.1). One pattern: the popup's script budget is tight.
 */
const PRIVATE_HOST =
  /^(?:localhost|.+\.local(?:host)?|(?:0|10|127)(?:\.\d+){3}|(?:169\.254|192\.168|172\.(?:1[6-9]|2\d|3[01]))(?:\.\d+){2}|\[(?:::1?|f[c-f][\da-f]{0,2}:.*|::ffff:(?:[\da-f]{1,2}|a[\da-f]{2}|7f[\da-f]{2}|a9fe|c0a8|ac1[\da-f]):[\da-f]{1,4})\])$/u;

/** Loopback, private, link-local and `.local` hosts: the reader's own machine and network. */
export function isPrivateHost(hostname: string): boolean {
  return PRIVATE_HOST.test(hostname.toLowerCase().replace(/\.$/u, ''));
}

/**
 * Test builds only (`wxt build --mode e2e`): the browser tests serve their pages and pixels
 * on http://127.0.0.1 (the article's site) and http://127.0.0.2 (a third-party image host),
 * so there those two addresses count as remote hosts. The release build replaces MODE with
 * 'production' and drops the exception. Read at each call so unit tests can stub it.
 */
function isTestServer(url: URL): boolean {
  return import.meta.env.MODE === 'e2e' && /^127\.0\.0\.[12]$/u.test(url.hostname) && /^https?:$/u.test(url.protocol);
}

function remoteUrl(src: string): URL | null {
  let url: URL;
  try {
    // No base: a relative URL would resolve against the extension, not the article's site.
    url = new URL(src);
  } catch {
    return null;
  }
  if (isTestServer(url)) return url;
  if (url.protocol !== 'https:') return null;
  return isPrivateHost(url.hostname) ? null : url;
}

/** What happens to an `<img>` whose source is `src` under `policy`. */
export function imageSourceOf(src: string | null, policy: ImagePolicy): ImageSource {
  const trimmed = src?.trim() ?? '';
  if (trimmed.startsWith(INLINE)) return { kind: 'load', url: trimmed };
  const url = remoteUrl(trimmed);
  if (!url) return { kind: 'dropped' };
  return policy.remote === 'load' ? { kind: 'load', url: url.href } : { kind: 'held' };
}
