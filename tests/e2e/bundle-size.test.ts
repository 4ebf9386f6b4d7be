import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_RELEASE_BUILD, assertBuilt } from './support/builds';
import { gzippedBytes, pageScripts } from '../../scripts/lib/bundle-size';
import { EAGER_COMPILE_HINT } from '../../scripts/lib/eager-compile';

/**
 * The popup opens on every click: what it loads to open stays under 40 KB gzipped (issue 15
 * raised it from 30 KB for the side panel, the outline that follows the reader, the narrow
 * layout and the keyboard), counted in bytes as the budget was set (37.2 KB then was 37,184
 * bytes). Code fetched on first use (the settings panel, "Copy outline", the "?" overlay,
 * read aloud) is not part of opening it.
 */
const POPUP_BUDGET_BYTES = 40_000;

describe('the popup bundle', () => {
  it('loads at most 40 KB of JavaScript gzipped', () => {
    assertBuilt(CHROME_RELEASE_BUILD);
    const bytes = gzippedBytes(CHROME_RELEASE_BUILD, pageScripts(CHROME_RELEASE_BUILD, 'popup.html'));
    console.log(`popup JS: ${bytes} bytes gzipped`);
    expect(bytes).toBeLessThanOrEqual(POPUP_BUDGET_BYTES);
  });

  it('fetches the "?" overlay and read aloud only when first used', () => {
    const opened = pageScripts(CHROME_RELEASE_BUILD, 'popup.html');
    const code = opened.map((file) => readFileSync(join(CHROME_RELEASE_BUILD, file), 'utf8')).join('\n');
    // Names only their own modules use: the Web Speech API and the overlay's dialog.
    expect(code).not.toContain('SpeechSynthesisUtterance');
    expect(code).not.toContain('showModal');
  });

  it('carries no library database code: it saves through the background', () => {
    const code = pageScripts(CHROME_RELEASE_BUILD, 'popup.html').map((file) => readFileSync(join(CHROME_RELEASE_BUILD, file), 'utf8')).join('\n');
    // The list store's name and idb's upgrade hook appear only where the database is opened.
    expect(code).not.toContain('listEntries');
    expect(code).not.toContain('onupgradeneeded');
  });
});

/**
 * The side panel opens on the reader's click too (issue 15's goal: its title within 300 ms):
 * the popup's reading view plus the panel's tab tracking, within the popup's budget. It is a
 * bundle of its own, so nothing of it reaches the popup.
 */
const PANEL_BUDGET_BYTES = 40_000;

describe('the side panel bundle', () => {
  it('loads at most 40 KB of JavaScript gzipped, with none of the panel in the popup', () => {
    assertBuilt(CHROME_RELEASE_BUILD);
    const panel = pageScripts(CHROME_RELEASE_BUILD, 'sidepanel.html');
    const bytes = gzippedBytes(CHROME_RELEASE_BUILD, panel);
    console.log(`side panel JS: ${bytes} bytes gzipped`);
    expect(bytes).toBeLessThanOrEqual(PANEL_BUDGET_BYTES);
    const popupCode = pageScripts(CHROME_RELEASE_BUILD, 'popup.html').map((file) => readFileSync(join(CHROME_RELEASE_BUILD, file), 'utf8')).join('\n');
    // The storage.session key the toolbar click leaves for the panel (utils/panel/panel-tabs.ts).
    expect(popupCode).not.toContain('panelRequest');
  });
});

/**
 * The library page (issue 16) loads what shows the list of saved articles, under 60 KB gzipped
 * (68,360 bytes before issue 16 made the rest lazy). What sits behind a button is fetched when
 * it is first pressed: the People and Timeline views, the saved article's reading view with its
 * sanitizer, import, export and citations; so are the language packs, which the library needs
 * only to upgrade a version 1 database (db.ts) or to import and cite (import.ts, citations/).
 */
const LIBRARY_BUDGET_BYTES = 60_000;

/** Strings only each lazily loaded part's own code holds, to find where the build put it. */
const LIBRARY_LAZY_PARTS = {
  'the sanitizer (DOMPurify) of the reading view': 'ALLOWED_TAGS',
  'the language packs': 'honorifics',
  'the People view': 'lede-library-people',
  'the Timeline view': 'lede-library-timeline',
  'import': 'newer than this version of Lede',
} as const;

describe('the library page bundle', () => {
  it('loads at most 60 KB of JavaScript gzipped', () => {
    assertBuilt(CHROME_RELEASE_BUILD);
    const bytes = gzippedBytes(CHROME_RELEASE_BUILD, pageScripts(CHROME_RELEASE_BUILD, 'library.html'));
    console.log(`library JS: ${bytes} bytes gzipped`);
    expect(bytes).toBeLessThanOrEqual(LIBRARY_BUDGET_BYTES);
  });

  it.each(Object.entries(LIBRARY_LAZY_PARTS))('fetches %s only when first used', (_part, marker) => {
    const opened = new Set(pageScripts(CHROME_RELEASE_BUILD, 'library.html'));
    const holders = readdirSync(join(CHROME_RELEASE_BUILD, 'chunks'))
      .map((file) => `chunks/${file}`)
      .filter((file) => readFileSync(join(CHROME_RELEASE_BUILD, file), 'utf8').includes(marker));
    // In the build (the marker still names it), and in no script the page loads to open.
    expect(holders.length).toBeGreaterThan(0);
    expect(holders.filter((file) => opened.has(file))).toEqual([]);
  });
});

/**
 * The in-page extractor opens with V8's compile hint and is still the bare expression whose value
 * the injection returns (scripts/lib/eager-compile.ts): a `var extract=` there would return nothing.
 */
describe('the injected extractor (extract.js)', () => {
  it('opens with the eager compile hint, then the expression the injection returns', () => {
    assertBuilt(CHROME_RELEASE_BUILD);
    const code = readFileSync(join(CHROME_RELEASE_BUILD, 'extract.js'), 'utf8');
    expect(code.startsWith(`${EAGER_COMPILE_HINT}(function`)).toBe(true);
  });
});
