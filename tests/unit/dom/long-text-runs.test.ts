// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { withLongTextRunsCut } from '@/utils/dom/long-text-runs';

/** A page serialized as the copy is: outerHTML of a parsed document. */
function serialized(body: string, head = ''): string {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
  return doc.documentElement.outerHTML;
}

describe('withLongTextRunsCut', () => {
  it('cuts a run of text past the bound and keeps every tag around it', () => {
    const html = serialized(`<h1>Title</h1><p>${'a'.repeat(500)}</p><p>Short.</p>`);
    const cut = withLongTextRunsCut(html, 100);
    expect(cut).toBe(html.replace('a'.repeat(500), 'a'.repeat(100)));
  });

  it('returns the same string when no stretch between two tags is that long, and reads a long attribute value as no text', () => {
    const html = serialized(`<p>${'word '.repeat(30)}</p><img src="data:image/png;base64,${'A'.repeat(500)}"><p>Short.</p>`);
    expect(withLongTextRunsCut(html, 200)).toBe(html);
  });

  it('returns the same string when no run is that long', () => {
    const html = serialized(`<p>${'word '.repeat(30)}</p><p>${'word '.repeat(30)}</p>`);
    expect(withLongTextRunsCut(html, 200)).toBe(html);
  });

  it('never cuts the raw text of a script (a JSON-LD block) or a style, whatever it holds', () => {
    const jsonLd = JSON.stringify({ '@type': 'NewsArticle', articleBody: `${'x'.repeat(400)} <b>` });
    const html = serialized('<p>Body.</p>', `<script type="application/ld+json">${jsonLd}</script><style>${'p{}'.repeat(200)}</style>`);
    expect(withLongTextRunsCut(html, 100)).toBe(html);
  });

  it('reads a ">" inside an attribute value as part of the tag, and a long value as no text', () => {
    const html = serialized(`<div data-props="${'a>b '.repeat(100)}"><p>${'c'.repeat(300)}</p></div>`);
    const doc = new DOMParser().parseFromString(withLongTextRunsCut(html, 100), 'text/html');
    expect(doc.querySelector('div')?.getAttribute('data-props')).toBe('a>b '.repeat(100));
    expect(doc.querySelector('div > p')?.textContent).toBe('c'.repeat(100));
  });

  it('skips comments, and never leaves half a surrogate pair', () => {
    const html = serialized(`<!-- <p>${'z'.repeat(300)} --><p>${'a'.repeat(99)}😀${'b'.repeat(200)}</p>`);
    const cut = withLongTextRunsCut(html, 100);
    expect(cut).toContain(`<!-- <p>${'z'.repeat(300)} -->`);
    expect(cut).toContain(`<p>${'a'.repeat(99)}</p>`);
  });

  it('gives a copy that parses to the same tree, with the long text cut', () => {
    const html = serialized(`<article><h1>T</h1><p class="lead">${'é'.repeat(1_000)}</p><ul><li>one</li></ul></article>`);
    const doc = new DOMParser().parseFromString(withLongTextRunsCut(html, 100), 'text/html');
    expect(doc.querySelector('p.lead')?.textContent).toBe('é'.repeat(100));
    expect(doc.querySelector('article ul li')?.textContent).toBe('one');
  });
});
