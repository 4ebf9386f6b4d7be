import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHtml } from '@/scripts/lib/parse-html';
import { extractArticle } from '@/utils/article/extract-article';
import { pictureFromNoscript } from '@/utils/article/noscript-pictures';
import type { Article } from '@/utils/article/types';

const URL = 'https://news.example/2024/quantum';
const STORY = '<p>Scientists around the world are inching toward a quantum computer that could crack the codes protecting online shopping and diplomatic mail.</p>'.repeat(6);
const PICTURE = '<img alt="A lab" src="https://news.example/lab.jpg">';
/** A lead picture the page's script sets, its markup for readers without scripts in a noscript (the New Yorker's). */
const FIGURE = `<figure><div><picture><noscript>${PICTURE}</noscript></picture></div><div class="caption"><span class="caption__text">In a laboratory in Shanghai, researchers work on a quantum computer.</span><span class="caption__credit">Zhejiang Daily / AP</span></div></figure>`;

function pageWith(body: string): string {
  return `<html><head><title>Quantum</title></head><body><article><h1>Quantum</h1>${body}</article></body></html>`;
}

/** The page as a browser with scripts on holds it: a noscript's content is its text, not elements. */
function asBrowserReadsIt(doc: Document): Document {
  for (const noscript of doc.querySelectorAll('noscript')) noscript.textContent = noscript.innerHTML;
  vi.stubGlobal('DOMParser', doc.defaultView?.DOMParser);
  return doc;
}

function read(doc: Document): Article {
  const result = extractArticle(doc, URL);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

afterEach(() => vi.unstubAllGlobals());

describe("a figure's picture kept in a noscript", () => {
  for (const [how, parse] of [
    ['parsed as markup (no scripts: the CLI)', (html: string) => parseHtml(html, URL)],
    ['read as text (a browser with scripts on)', (html: string) => asBrowserReadsIt(parseHtml(html, URL))],
  ] as const) {
    it(`is the figure's picture, with its caption and credit, ${how}`, () => {
      const article = read(parse(pageWith(FIGURE + STORY)));
      expect(article.figures).toEqual([
        expect.objectContaining({ src: 'https://news.example/lab.jpg', caption: 'In a laboratory in Shanghai, researchers work on a quantum computer.', credit: 'Zhejiang Daily / AP' }),
      ]);
      expect(article.text).not.toContain('Shanghai');
    });
  }

  for (const [how, parse] of [
    ['parsed as markup', (html: string) => parseHtml(html, URL)],
    ['read as text', (html: string) => asBrowserReadsIt(parseHtml(html, URL))],
  ] as const) {
    it(`takes the place of a blurred placeholder before it, ${how}`, () => {
      const placeholder = '<img src="https://cdn.example/max/60/lab.png?q=20">';
      const figure = `<figure><div>${placeholder}<noscript><img src="https://cdn.example/max/800/lab.png"></noscript></div><figcaption>A lab in Shanghai.</figcaption></figure>`;
      expect(read(parse(pageWith(figure + STORY))).figures).toEqual([expect.objectContaining({ src: 'https://cdn.example/max/800/lab.png', caption: 'A lab in Shanghai.' })]);
    });
  }

  it('is left alone outside a figure with no placeholder before it, or holding more than one picture', () => {
    for (const body of [
      `<div><noscript>${PICTURE}</noscript></div>`,
      `<figure><noscript>${PICTURE}${PICTURE}</noscript></figure>`,
      '<figure><noscript><img alt="no source"></noscript></figure>',
      `<figure><noscript><iframe src="https://ads.example/"></iframe></noscript></figure>`,
    ]) {
      const doc = asBrowserReadsIt(parseHtml(pageWith(body), URL));
      const noscript = doc.querySelector('noscript');
      if (!noscript) throw new Error('no noscript');
      expect(pictureFromNoscript(noscript)).toBeNull();
      expect(doc.querySelector('noscript')).not.toBeNull();
    }
  });

  // Into the clone, never the page; its attributes are the page's own, as any picture's, and go through the sanitizer with the rest.
  it('comes into the clone as the picture alone, and only when the noscript holds nothing else', () => {
    const doc = asBrowserReadsIt(parseHtml(pageWith('<figure><noscript><img src="https://news.example/a.jpg" onerror="alert(1)"><b>x</b></noscript></figure>'), URL));
    const noscript = doc.querySelector('noscript');
    if (!noscript) throw new Error('no noscript');
    // Text after the picture: no lone picture.
    expect(pictureFromNoscript(noscript)).toBeNull();
    const single = asBrowserReadsIt(parseHtml(pageWith('<figure><noscript><img src="https://news.example/a.jpg" onerror="alert(1)"></noscript></figure>'), URL));
    const only = single.querySelector('noscript');
    if (!only) throw new Error('no noscript');
    const img = pictureFromNoscript(only);
    expect(img?.ownerDocument).toBe(single);
    expect(single.querySelector('figure')?.innerHTML).toBe('<img src="https://news.example/a.jpg" onerror="alert(1)">');
  });
});
