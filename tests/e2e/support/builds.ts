import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const output = (dir: string): string => fileURLToPath(new URL(`../../../.output/${dir}`, import.meta.url));

/** `npm run build`: what readers install. */
export const CHROME_RELEASE_BUILD = output('chrome-mv3');
/** `npm run build:e2e`: the release manifest plus the loopback origin (see wxt.config.ts). */
export const CHROME_E2E_BUILD = output('chrome-mv3-e2e');
export const FIREFOX_E2E_BUILD = output('firefox-mv2-e2e');

/** Roughly the popup's own size, so screenshots show what a reader sees. */
export const POPUP_VIEWPORT = { width: 780, height: 580 };

/** Fails at once, with the fix, when the build a test loads is missing. */
export function assertBuilt(extensionDir: string): void {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir} has no manifest.json: run \`npm run build && npm run build:e2e\` first.`);
  }
}
