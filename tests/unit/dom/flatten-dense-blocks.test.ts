// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { flattenDenseBlocks, parseInert } from '@/utils/dom/flatten-dense-blocks';
import { sanitizeToFragment } from '@/utils/article/sanitize';

const html = (fragment: DocumentFragment): string => {
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
};

describe('blocks of thousands of inline elements', () => {
  it('become their text, in the same block with its marker, before the sanitizer walks them', () => {
    const dense = `<p data-lede-block="3">${'<i>“x”</i>'.repeat(3_000)}</p>`;
    const body = flattenDenseBlocks(parseInert(`<p data-lede-block="2">Lead <a href="https://example.com/">link</a>.</p>${dense}`, window));
    expect(body.querySelectorAll('i')).toHaveLength(0);
    expect(body.querySelector('[data-lede-block="3"]')?.textContent).toBe('“x”'.repeat(3_000));
    expect(body.querySelector('[data-lede-block="2"] a')?.getAttribute('href')).toBe('https://example.com/');
  });

  it('leave ordinary articles exactly as the sanitizer would have made them from the string', () => {
    const article = '<h2>Title</h2><p>One <em>two</em> <a href="https://example.com/a">three</a>.</p><ul><li>Four</li></ul><img src="x" onerror="alert(1)">';
    const fromString = html(sanitizeToFragment(article, window, { remote: 'hold' }).fragment);
    const fromNode = html(sanitizeToFragment(flattenDenseBlocks(parseInert(article, window)), window, { remote: 'hold' }).fragment);
    expect(fromNode).toBe(fromString);
    expect(fromNode).not.toContain('onerror');
  });
});
