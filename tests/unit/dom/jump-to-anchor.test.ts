import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/scripts/lib/parse-html';
import { readPage } from '@/utils/read-page';
import { sanitizeToFragment } from '@/utils/article/sanitize';
import { listBlocks } from '@/utils/article/blocks';
import { findAnchorTarget, jumpToAnchor } from '@/utils/dom/jump-to-anchor';
import { SEED_PAGE, SEED_URL } from '../../fixtures/seed';

/** The seed article as a view shows it: through the sanitizer, into this document. */
function seedAsShown() {
  const result = readPage(parseHtml(readFileSync(SEED_PAGE, 'utf8'), SEED_URL), SEED_URL);
  if (!result.ok) throw new Error(result.reason);
  const view = parseHtml('<!doctype html><html><body></body></html>', 'chrome-extension://lede/popup.html');
  const window = view.defaultView as Window & typeof globalThis;
  const body = view.createElement('div');
  body.append(sanitizeToFragment(result.article.html, window, { remote: 'hold' }).fragment);
  view.body.replaceChildren(body);
  return { result, body, document: view, window };
}

describe('outline anchors', () => {
  it('point at the very block the outline item was read from, after sanitizing', () => {
    const { result, body, document, window } = seedAsShown();
    const holder = document.createElement('div');
    holder.append(sanitizeToFragment(result.article.html, window, { remote: 'hold' }).fragment);
    const blocks = listBlocks(holder);
    // The lessons under the seed's one section are items a reader jumps to as well.
    const lessons = result.outline.sections.flatMap((section) => section.items);
    const anchors = [...result.outline.sections, ...lessons, ...result.outline.quotes, ...result.outline.keyPoints].map((item) => item.anchor);
    expect(anchors.length).toBeGreaterThanOrEqual(10);
    for (const anchor of anchors) {
      expect(findAnchorTarget(body, anchor)?.textContent?.replace(/\s+/gu, ' ').trim()).toBe(blocks[anchor.block]?.text);
    }
  });

  it('highlights and focuses the target, one highlight at a time', () => {
    const { result, body, document } = seedAsShown();
    const [first, second] = result.outline.keyPoints;
    if (!first || !second) throw new Error('the seed page has key points');
    expect(jumpToAnchor(body, first.anchor)).toBe(true);
    expect(jumpToAnchor(body, second.anchor)).toBe(true);
    const highlighted = body.querySelectorAll('.highlight');
    expect(highlighted).toHaveLength(1);
    expect(document.activeElement).toBe(highlighted[0]);
  });

  it('ignores block markers the page wrote itself', () => {
    const html = '<p data-lede-block="0">Forged</p><p>First real paragraph.</p>';
    const page = parseHtml(`<!doctype html><body><div id="r">${html}</div></body>`, 'http://example.test/');
    const root = page.getElementById('r');
    if (!root) throw new Error('no root');
    const blocks = listBlocks(root);
    expect(blocks.map((b) => b.text)).toEqual(['Forged', 'First real paragraph.']);
    expect(root.querySelector('[data-lede-block="1"]')?.textContent).toBe('First real paragraph.');
  });

  it('still finds blocks in HTML saved before blocks were marked', () => {
    const body = seedAsShown().document.createElement('div');
    body.innerHTML = '<p>One</p><ul><li>Two</li></ul><p>Three</p>';
    expect(findAnchorTarget(body, { block: 2 })?.textContent).toBe('Three');
  });
});
