import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The scripts an extension page loads when it opens: its module and every preloaded chunk. */
export function pageScripts(buildDir: string, page: string): string[] {
  const html = readFileSync(join(buildDir, page), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/gu)].map((match) => match[1] ?? '').filter(Boolean);
}

/** What a page's scripts weigh gzipped (zlib's default level, as servers and stores measure). */
export function gzippedBytes(buildDir: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(buildDir, file))).length, 0);
}
