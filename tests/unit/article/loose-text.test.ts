import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { looseLineAbove, wrapLooseText } from '@/utils/article/loose-text';
import { listBlocks, blocksToText, articleText } from '@/utils/article/blocks';

function body(html: string): Element {
  const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root');
  if (!root) throw new Error('no root');
  wrapLooseText(root);
  return root;
}

describe('text outside any paragraph', () => {
  it('keeps the text of a wrapper that holds no paragraph', () => {
    expect(blocksToText(listBlocks(body('<div> Test </div>')))).toBe('Test');
  });

  it('keeps loose text between paragraphs, in order', () => {
    const root = body('<span><p>abc</p><p>def</p> ghi <b>jkl</b></span>');
    expect(blocksToText(listBlocks(root))).toBe('abc\n\ndef\n\nghi jkl');
  });

  it('leaves paragraphs, list items and inline markup as they are', () => {
    const html = '<p>One <b>two</b></p><ul><li>three</li><li>four <em>five</em></li></ul>';
    expect(body(html).innerHTML).toBe(html);
  });

  it('keeps the loose text of a list item that holds a nested list', () => {
    const root = body('<ul><li>Parent item<ul><li>child</li></ul></li></ul>');
    expect(blocksToText(listBlocks(root))).toBe('Parent item\n\nchild');
  });

  it('does not wrap an image with no text', () => {
    expect(body('<div><img src="a.jpg"><p>text</p></div>').innerHTML).toBe('<div><img src="a.jpg"><p>text</p></div>');
  });
});

describe('the text of a story told in pictures', () => {
  const caption = (text: string) => `<figure><img src="a.jpg"><figcaption>${text}</figcaption></figure>`;
  const long = 'One-pieces and bikinis are so passe. The hottest swimsuit among the stars is the monokini, worn by a singer in Miami.';

  it('keeps the captions when the page has barely any prose and the captions say more (a slideshow slide)', () => {
    expect(articleText(listBlocks(body(`<p>Singer wore a monokini.</p>${caption(long)}`)))).toBe(`Singer wore a monokini.\n\n${long}`);
  });

  it('leaves the captions out of an article with a paragraph of prose or more', () => {
    const prose = `<p>${'The council voted on Tuesday to extend the programme. '.repeat(6)}</p>`;
    expect(articleText(listBlocks(body(`${prose}${caption(long)}${caption(long)}${caption(long)}`)))).not.toContain('monokini');
  });
});

describe('the loose line above the first block', () => {
  const root = (html: string): Element => {
    const el = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root');
    if (!el) throw new Error('no root');
    return el;
  };
  const lineOf = (html: string): string | null => looseLineAbove(root(html))?.map((node) => node.textContent).join('') ?? null;

  it('finds bare text and spans before the first block, at any depth', () => {
    expect(lineOf('<section><span>In Depth</span> <span>| 19 July 2012</span><div><p>Story.</p></div></section>')).toBe('In Depth | 19 July 2012');
    expect(lineOf('Kicker <b>line</b><p>Story.</p>')).toBe('Kicker line');
  });

  it('finds none when the first block opens the body, or text above sits in what is no line', () => {
    expect(lineOf('<p>Story.</p> loose after')).toBeNull();
    expect(lineOf('<div><div>Boxed</div></div><section><p>Story.</p></section>')).toBeNull();
  });
});
