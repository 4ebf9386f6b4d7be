import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage } from 'playwright-core';
import { startTestServer, type TestServer } from './support/test-server';
import { CHROME_E2E_BUILD } from './support/builds';
import { launchChromiumWithExtension, popupUrlFor, type ChromiumWithExtension } from './support/chromium';
import { PopupPage, type PopupSnapshot } from './support/popup';

const PATH = '/handlers-and-styles.html';
const PARAGRAPH = 'The council voted on Tuesday to keep the old bridge open to cyclists while the new one is built downstream.';

/** A news page as many are: share buttons with inline handlers, styled blocks, a hidden login box, in and around the story. */
function pageWithInlineCode(): string {
  const share = Array.from({ length: 40 }, (_, i) => `<div class="share" style="float:left;width:24px" onmouseover="this.className='on'" onmouseout="this.className='share'"><a href="#" onclick="share(${i});return false;" style="color:#333">Share ${i}</a></div>`).join('');
  const story = Array.from({ length: 8 }, (_, i) => `<p style="text-indent:1em" onclick="track(${i})">${PARAGRAPH} Paragraph ${i + 1} adds the detail the reader came for.</p>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge stays open to cyclists</title></head>
<body onload="init()"><div style="display:none" class="login"><input type="password"></div>${share}
<article><h1 style="font-size:2em">Bridge stays open to cyclists</h1>${story}<img src="/x.png" onerror="this.remove()" style="width:10px"></article>${share}</body></html>`;
}

describe('Chromium (e2e build): the popup reads a page full of inline handlers and styles without one refusal of its own policy', () => {
  let server: TestServer;
  let chromium: ChromiumWithExtension;
  let seen: PopupSnapshot;
  const refusals: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ [PATH]: pageWithInlineCode });
    chromium = await launchChromiumWithExtension(CHROME_E2E_BUILD);
    const tab = await chromium.context.newPage();
    await tab.goto(`${server.origin}${PATH}`, { waitUntil: 'load' });
    const popupUrl = await popupUrlFor(chromium, tab);
    const popup = await chromium.context.newPage();
    popup.on('console', (message: ConsoleMessage) => {
      if (/Content Security Policy/iu.test(message.text())) refusals.push(message.text());
    });
    await popup.goto(popupUrl);
    seen = await new PopupPage((fn) => popup.evaluate(fn)).settled();
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('shows the story', () => {
    expect(seen.view).toBe('article');
    expect(seen.title).toBe('Bridge stays open to cyclists');
    expect(seen.firstParagraph).toContain(PARAGRAPH);
  });

  // Chrome checks and reports each inline handler or style the popup's parser meets, in a copy
  // that never runs: ten times the parse itself (utils/dom/inline-attributes.ts).
  it("reports no refusal of the extension pages' policy: the page's inline code never reaches its parser", () => {
    expect(refusals).toEqual([]);
  });
});
