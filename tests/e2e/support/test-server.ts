import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { TLSSocket } from 'node:tls';
import { proxyCertificate } from './proxy-certificate';
import { SEED_PAGE } from '../../fixtures/seed';

/** The seed page is the repository's own fixture (tests/fixtures/seed/). */
export { SEED_PAGE };
const PAGES_DIR = new URL('../pages/', import.meta.url);

/** Served at this path so the page keeps a realistic article URL. */
export const SEED_PATH = '/tin-tuc/dang-uy-khoi-doanh-nghiep-quan-dong-da.html';

/** A request to `/pwned`: a hostile payload that ran somewhere and phoned home. */
export interface PwnedHit {
  vector: string;
  /** Where the payload says it ran (`location.href`), when it could tell. */
  where: string | null;
  referer: string | null;
  secFetchSite: string | null;
}

/** Any request the server received, for tests that count what extension pages fetch. */
export interface SeenRequest {
  path: string;
  cookie: string | null;
  referer: string | null;
  /** `Origin`: sent with CORS requests, e.g. `chrome-extension://…` for an anonymous image. */
  origin: string | null;
}

export interface TestServer {
  origin: string;
  url(path: string): string;
  /**
   * Serves `html` at `address`, an absolute http or https URL (scripts/lib/served-address.ts), to a
   * browser launched with this server as its proxy (`proxy` in support/chromium.ts and
   * support/firefox.ts); it replaces what was served there before, so pages that share an
   * address are opened one after the other.
   */
  serveAt(address: string, html: string): void;
  /**
   * Every request that came through the proxy, as an absolute URL, and each tunnel asked for
   * (`CONNECT host:443`): all but the served pages got an empty 404 or a refused tunnel.
   */
  readonly proxied: readonly string[];
  readonly pwnedHits: readonly PwnedHit[];
  /** Every request, in order, `/pixel/…` tracking images included. */
  readonly requests: readonly SeenRequest[];
  close(): Promise<void>;
}

/** Width and height the seed page gives each of its photos (tests/fixtures/seed/dongda-portal.html). */
const SEED_PHOTO_SIZES: Record<string, [number, number]> = {
  'dang-uy-khoi-dn-1.jpg': [680, 453],
  'dang-uy-khoi-dn-2.jpg': [680, 383],
  'dang-uy-khoi-dn-3.jpg': [680, 453],
};

// The smallest valid GIF: beacons get a real image so no `onerror` fallback fires.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}

/**
 * Pages made by a script at run time (too big to commit), by path: `/generated/<name>.html`.
 * A promise holds the response until it settles (a slow script keeps its page loading);
 * a path ending in `.js` is served as a script.
 */
export type GeneratedPages = Record<string, () => string | Promise<string>>;

async function readPage(path: string, origin: string, generated: GeneratedPages): Promise<string | null> {
  if (path === SEED_PATH) return readFile(SEED_PAGE, 'utf8');
  const make = Object.hasOwn(generated, path) ? generated[path] : undefined;
  if (make) return make();
  const match = /^\/pages\/([a-z0-9-]+\.html)$/u.exec(path);
  if (!match?.[1]) return null;
  try {
    // Pages name the server as {{ORIGIN}}: its port is only known at run time.
    // {{LOCALHOST}} is the same server by the name `localhost`, a private host the extension must not fetch.
    return (await readFile(new URL(match[1], PAGES_DIR), 'utf8')).replaceAll('{{ORIGIN}}', origin).replaceAll('{{LOCALHOST}}', origin.replace('127.0.0.1', 'localhost'));
  } catch {
    return null;
  }
}

/**
 * A static server on 127.0.0.1 (random port) for the browser tests: the seed page,
 * the pages under tests/e2e/pages/, a `/pwned` beacon that records who called it, and
 * `/pixel/…` images; every request is logged with its cookies. It is also the browsers' proxy
 * (http, and https tunnels) for pages opened at their own address (`serveAt`).
 */
export async function startTestServer(generated: GeneratedPages = {}, host = '127.0.0.1'): Promise<TestServer> {
  const pwnedHits: PwnedHit[] = [];
  const requests: SeenRequest[] = [];
  const proxied: string[] = [];
  const atAddress = new Map<string, string>();
  let origin = '';

  /**
   * A browser that uses this server as its proxy asks for other hosts in absolute form
   * (`GET http://daklak.gov.vn/… HTTP/1.1`), or inside an https tunnel: a page given to
   * `serveAt` is answered, anything else (the page's images, scripts, frames) gets an empty 404
   * at once, and nothing is ever fetched from the network.
   */
  function answerAsProxy(target: URL, res: ServerResponse): void {
    target.hash = '';
    proxied.push(target.href);
    const page = atAddress.get(target.href);
    if (page === undefined) {
      res.writeHead(404, { 'content-length': '0', 'cache-control': 'no-store' }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
  }

  /** Requests inside an https tunnel (see `connect` below) come in origin form: their host says where. */
  const tunnelled = createServer((req, res) => answerAsProxy(new URL(req.url ?? '/', `https://${req.headers.host ?? 'unknown.invalid'}`), res));
  const servesHttpsAt = (host: string): boolean => [...atAddress.keys()].some((address) => address.startsWith(`https://${host}/`));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    if (/^https?:\/\//iu.test(req.url ?? '') && url.origin !== origin) {
      answerAsProxy(url, res);
      return;
    }
    requests.push({ path: url.pathname + url.search, cookie: header(req, 'cookie'), referer: header(req, 'referer'), origin: header(req, 'origin') });
    if (url.pathname.startsWith('/pixel/')) {
      // A tracking pixel, served to anyone (CORS *) so an anonymous image loads and is counted.
      // `/pixel/set-cookie…` also sets the host's own cookie (over http Chromium takes no
      // SameSite=None cookie, which needs Secure).
      const cookie = url.pathname.startsWith('/pixel/set-cookie') ? { 'set-cookie': 'tracker=t-7; Path=/; SameSite=Lax' } : {};
      res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store', 'access-control-allow-origin': '*', ...cookie }).end(PIXEL);
      return;
    }
    if (url.pathname.startsWith('/pwned')) {
      pwnedHits.push({
        vector: url.searchParams.get('vector') ?? url.pathname,
        where: url.searchParams.get('where'),
        referer: header(req, 'referer'),
        secFetchSite: header(req, 'sec-fetch-site'),
      });
      res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store' }).end(PIXEL);
      return;
    }
    if (url.pathname.startsWith('/Uploads/images/')) {
      // The seed page's photos, so a reader sees pictures with their captions as they are
      // online. Each is a placeholder of the size the page declares for it: a
      // picture that changed shape on load would move the text under a jump already made.
      const [width, height] = SEED_PHOTO_SIZES[url.pathname.split('/').pop() ?? ''] ?? [680, 453];
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#9aa5ad"/></svg>`;
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' }).end(svg);
      return;
    }
    const page = await readPage(url.pathname, origin, generated);
    if (page === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = url.pathname.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(page);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  // https through the proxy asks for a tunnel to host:443. For a host with a page given to
  // `serveAt` the tunnel is opened here and its TLS ended with a self-signed certificate, which
  // the browsers are told to accept (support/chromium.ts, support/firefox.ts); any other host is
  // refused at once.
  server.on('connect', (req: IncomingMessage, socket: Duplex) => {
    const target = req.url ?? '';
    proxied.push(`CONNECT ${target}`);
    // A browser may drop a tunnel at any time (a tab navigated away): not a failure of the test.
    socket.on('error', () => undefined);
    const host = target.replace(/:443$/u, '');
    if (host === target || !servesHttpsAt(host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    proxyCertificate().then(
      ({ key, cert }) => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        tunnelled.emit('connection', new TLSSocket(socket, { isServer: true, key, cert }));
      },
      () => socket.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    serveAt: (address, html) => {
      const key = new URL(address);
      key.hash = '';
      atAddress.set(key.href, html);
    },
    proxied,
    pwnedHits,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        tunnelled.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
