import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenHostPatterns } from '../../scripts/lib/served-address';

const RELEASE_PERMISSIONS = ['activeTab', 'scripting', 'storage'];
/** Chrome's side panel: no install warning, no access to pages (README, Permissions). Firefox's sidebar needs none. */
const CHROME_PERMISSIONS = [...RELEASE_PERMISSIONS, 'sidePanel'];
const PERMISSIONS: Record<string, string[]> = { 'chrome-mv3': CHROME_PERMISSIONS, 'firefox-mv2': RELEASE_PERMISSIONS };
const E2E_ORIGIN = 'http://127.0.0.1/*';
/**
 * The golden pages' top-level domains (`*://*.vn/*`…, never `*://*\/*`): the browser tests
 * open each golden page at its own address through the test server as proxy.
 */
const GOLDEN_HOSTS = goldenHostPatterns();

type Manifest = Record<string, unknown>;

function readManifest(build: string): Manifest {
  return JSON.parse(readFileSync(new URL(`../../.output/${build}/manifest.json`, import.meta.url), 'utf8')) as Manifest;
}

function extensionPagesPolicy(manifest: Manifest): string {
  const csp = manifest.content_security_policy;
  const policy = typeof csp === 'string' ? csp : (csp as { extension_pages?: unknown } | undefined)?.extension_pages;
  return typeof policy === 'string' ? policy : '';
}

/** The release CSP with the loopback test server added to img-src, as wxt.config.ts writes it for e2e builds. */
function withTestImages(manifest: Manifest): Manifest {
  const csp = manifest.content_security_policy;
  const policy = extensionPagesPolicy(manifest).replace('img-src \'self\' data: https:;', 'img-src \'self\' data: https: http://127.0.0.1:* http://127.0.0.2:*;');
  return { ...manifest, content_security_policy: typeof csp === 'string' ? policy : { ...(csp as object), extension_pages: policy } };
}

function without(manifest: Manifest, ...keys: string[]): Manifest {
  return Object.fromEntries(Object.entries(manifest).filter(([key]) => !keys.includes(key)));
}

describe('the release manifests ask for activeTab, scripting and storage only (and Chrome for its side panel)', () => {
  it.each(['chrome-mv3', 'firefox-mv2'])('%s: exactly those permissions, no hosts, no content scripts', (build) => {
    const manifest = readManifest(build);
    expect(manifest.permissions).toEqual(PERMISSIONS[build]);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('%s: extension pages run only their own scripts (CSP)', (build) => {
    const csp = readManifest(build).content_security_policy;
    const policy = typeof csp === 'string' ? csp : (csp as { extension_pages?: unknown } | undefined)?.extension_pages;
    expect(policy).toEqual(expect.stringContaining("script-src 'self';"));
    expect(policy).toEqual(expect.stringContaining("object-src 'none'"));
    expect(policy).toEqual(expect.stringContaining("base-uri 'none'"));
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval/u);
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('%s: images over https only, no media or fonts from anywhere (CSP)', (build) => {
    const policy = extensionPagesPolicy(readManifest(build));
    expect(policy).toEqual(expect.stringContaining("img-src 'self' data: https:;"));
    expect(policy).toEqual(expect.stringContaining("media-src 'none'"));
    expect(policy).toEqual(expect.stringContaining("font-src 'none'"));
    expect(policy).not.toMatch(/http:|127\.0\.0\.1|localhost/u);
  });

  it('chrome-mv3: the side panel is the panel page; the toolbar button keeps its popup until the reader chooses the panel', () => {
    const manifest = readManifest('chrome-mv3');
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.action).toMatchObject({ default_popup: 'popup.html' });
  });

  it('firefox-mv2: the sidebar is the panel page, and it does not open by itself on install', () => {
    const manifest = readManifest('firefox-mv2');
    expect(manifest.sidebar_action).toEqual({ default_panel: 'sidepanel.html', default_title: 'Lede', open_at_install: false });
    expect(manifest.browser_action).toMatchObject({ default_popup: 'popup.html' });
  });

  it('firefox-mv2: a fixed add-on id and "no data collected"', () => {
    expect(readManifest('firefox-mv2').browser_specific_settings).toMatchObject({
      gecko: { id: 'lede@lede.example', data_collection_permissions: { required: ['none'] } },
    });
  });
});

describe('the test builds add the loopback origin, the golden pages\' hosts, and nothing else', () => {
  // Also in img-src: the browser tests serve pages and pixels on http://127.0.0.1 and http://127.0.0.2.
  it('chrome-mv3-e2e: host permission for http://127.0.0.1/* and the golden hosts, popup and panel access for http://127.0.0.1/* only', () => {
    const e2e = readManifest('chrome-mv3-e2e');
    expect(GOLDEN_HOSTS.every((pattern) => /^\*:\/\/(\*\.)?[a-z]+\/\*$/u.test(pattern))).toBe(true);
    expect(e2e.host_permissions).toEqual([E2E_ORIGIN, ...GOLDEN_HOSTS]);
    expect(e2e.web_accessible_resources).toEqual([
      { resources: ['popup.html', 'sidepanel.html', 'library.html', 'chunks/*', 'assets/*'], matches: [E2E_ORIGIN] },
    ]);
    expect(without(e2e, 'host_permissions', 'web_accessible_resources')).toEqual(withTestImages(readManifest('chrome-mv3')));
  });

  it('firefox-mv2-e2e: the release permissions plus http://127.0.0.1/* and the golden hosts only', () => {
    const e2e = readManifest('firefox-mv2-e2e');
    expect(e2e.permissions).toEqual([...RELEASE_PERMISSIONS, E2E_ORIGIN, ...GOLDEN_HOSTS]);
    // MV2 has no `matches` for web-accessible resources: the popup is reachable by the test page.
    expect(e2e.web_accessible_resources).toEqual(['popup.html', 'sidepanel.html', 'library.html', 'chunks/*', 'assets/*']);
    expect(without(e2e, 'permissions', 'web_accessible_resources')).toEqual(
      without(withTestImages(readManifest('firefox-mv2')), 'permissions'),
    );
  });
});
