import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeHeaderEchoes } from '@/utils/article/header-echoes';

function run(html: string, title: string, knownBylines: string[]): string {
  const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root');
  if (!root) throw new Error('no root');
  removeHeaderEchoes(root, { bylines: [], lang: null, title, knownBylines });
  return root.innerHTML;
}

describe('lines that repeat the header at the top of the body', () => {
  it('drops the title heading Readability kept', () => {
    expect(run('<h1>שלום עולם</h1><p>Body text.</p>', 'שלום עולם', [])).toBe('<p>Body text.</p>');
  });

  it('drops a "By" line naming the known author', () => {
    expect(run('<p>By Mara Ellison</p><p>The council voted.</p>', 'T', ['Mara Ellison'])).toBe('<p>The council voted.</p>');
  });

  it('keeps a sentence that merely starts with "By"', () => {
    const html = '<p>By Tuesday the council had voted to rebuild the bridge.</p>';
    expect(run(html, 'T', ['Mara Ellison'])).toBe(html);
  });

  it('keeps a name line when no author is known', () => {
    const html = '<p>By Mara Ellison</p><p>The council voted.</p>';
    expect(run(html, 'T', [])).toBe(html);
  });
});
