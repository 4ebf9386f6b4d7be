import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface KeyAndCertificate {
  key: string;
  cert: string;
}

let made: Promise<KeyAndCertificate> | null = null;

/**
 * One self-signed certificate per run, for the test server's https tunnels (support/test-server.ts):
 * it names no host, and the browsers under test are launched to accept it. Made by Debian's
 * `openssl` (Node can read certificates but not make them); a P-256 key takes a few ms.
 */
export function proxyCertificate(): Promise<KeyAndCertificate> {
  made ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lede-proxy-cert-'));
    try {
      const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
      await promisify(execFile)('openssl', [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=Lede test proxy',
      ]);
      return { key: await readFile(key, 'utf8'), cert: await readFile(cert, 'utf8') };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })();
  return made;
}
