import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
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

export interface TestServer {
  origin: string;
  url(path: string): string;
  readonly pwnedHits: readonly PwnedHit[];
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

/** Pages made by a script at run time (too big to commit), by path: `/generated/<name>.html`. */
export type GeneratedPages = Record<string, () => string>;

async function readPage(path: string, origin: string, generated: GeneratedPages): Promise<string | null> {
  if (path === SEED_PATH) return readFile(SEED_PAGE, 'utf8');
  const make = Object.hasOwn(generated, path) ? generated[path] : undefined;
  if (make) return make();
  const match = /^\/pages\/([a-z0-9-]+\.html)$/u.exec(path);
  if (!match?.[1]) return null;
  try {
    // Pages name the server as {{ORIGIN}}: its port is only known at run time.
    return (await readFile(new URL(match[1], PAGES_DIR), 'utf8')).replaceAll('{{ORIGIN}}', origin);
  } catch {
    return null;
  }
}

/**
 * A static server on 127.0.0.1 (random port) for the browser tests: the seed page,
 * the pages under tests/e2e/pages/, and a `/pwned` beacon that records who called it.
 */
export async function startTestServer(generated: GeneratedPages = {}): Promise<TestServer> {
  const pwnedHits: PwnedHit[] = [];
  let origin = '';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
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
      // The seed page's photos, so a reader sees pictures with their captions (a broken picture
      // hides its caption). Each is a placeholder of the size the page declares for it: a
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
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    pwnedHits,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
