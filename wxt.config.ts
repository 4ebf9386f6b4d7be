import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { goldenHostPatterns } from './scripts/lib/served-address';
import { eagerCompile } from './scripts/lib/eager-compile';

const GECKO_ID = 'lede@lede.example';
// Test builds only: lets the browser tests reach pages on the loopback server
// without a real toolbar click, and lets Firefox tests open the popup and the panel from a test page.
const E2E_ORIGIN = 'http://127.0.0.1/*';
const PLAIN_READABILITY_FILE = 'test-plain-readability.js';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // Test builds only: plain Readability as a file the browser tests inject into the same
    // isolated world as extract.js, so both are timed the same way in the same page.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.mode !== 'e2e') return;
      files.push({ absoluteSrc: resolve(import.meta.dirname, 'node_modules/@mozilla/readability/Readability.js'), relativeDest: PLAIN_READABILITY_FILE });
    },
  },
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  // No modulepreload helper: extension pages load their chunks from disk, and the helper
  // cost the popup half a kilobyte gzipped on every open.
  // The in-page extractor compiled whole as it loads: every read runs it cold (scripts/lib/eager-compile.ts).
  vite: () => ({ plugins: [preact(), eagerCompile('extract.js')], build: { modulePreload: false } }),
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: 'Lede',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // sidePanel (Chrome only; Firefox's sidebar_action needs no permission) shows no install
    // warning: Chromium lists it with the permissions that need no prompt. WXT adds it for the
    // sidepanel entrypoint anyway; it is named here so the manifest can be read from this file.
    permissions: ['activeTab', 'scripting', 'storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    ...(mode === 'e2e'
      ? {
          // And the golden pages' own hosts: the browser tests open each page at its real
          // address, served by the loopback server acting as the browser's proxy.
          host_permissions: [E2E_ORIGIN, ...goldenHostPatterns()],
          web_accessible_resources: [
            { resources: ['popup.html', 'sidepanel.html', 'library.html', 'chunks/*', 'assets/*'], matches: [E2E_ORIGIN] },
          ],
        }
      : {}),
    action: { default_title: 'Lede: read this article' },
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open Lede on this page',
      },
    },
    content_security_policy: {
      // Images only over https (sanitize.ts drops the rest, and private addresses; saved
      // articles load none until the reader asks); no media, fonts or other fetches at all.
      // The test builds add the loopback servers the browser tests serve pages and images from.
      extension_pages: `default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; img-src 'self' data: https:${mode === 'e2e' ? ' http://127.0.0.1:* http://127.0.0.2:*' : ''}; media-src 'none'; font-src 'none'; style-src 'self'`,
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
