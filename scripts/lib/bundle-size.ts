import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** `import … from "./x.js"` and `import "./x.js"`: loaded with the module. `import("./x.js")` is not. */
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/gu;

function staticImports(buildDir: string, file: string): string[] {
  const code = readFileSync(join(buildDir, file), 'utf8');
  return [...code.matchAll(STATIC_IMPORT)].map((match) => normalize(relative(buildDir, join(buildDir, dirname(file), match[1] ?? ''))));
}

/**
 * The scripts an extension page loads when it opens: its module scripts and everything they
 * import statically, followed through the chunks. Chunks imported with `import()` (code
 * fetched on first use, such as the settings panel) are not part of opening the page.
 */
export function pageScripts(buildDir: string, page: string): string[] {
  const html = readFileSync(join(buildDir, page), 'utf8');
  const pending = [...html.matchAll(/<script[^>]*\ssrc="\/([^"]+\.js)"/gu)].map((match) => match[1] ?? '').filter(Boolean);
  const seen = new Set<string>();
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...staticImports(buildDir, file));
  }
  return [...seen];
}

/** What a page's scripts weigh gzipped (zlib's default level, as servers and stores measure). */
export function gzippedBytes(buildDir: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(buildDir, file))).length, 0);
}
