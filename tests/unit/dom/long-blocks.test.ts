// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { CHUNK_CHARS, DICTIONARY_CHUNK_CHARS, LINES_PROPERTY, LONG_TEXT_CHARS, splitLongBlocks } from '@/utils/dom/long-blocks';
import { SAMPLES } from '../lang/samples';

/** What SafeHtml does with a sanitized body. */
function chunkLongText(root: HTMLElement): void {
  root.classList.toggle('long-text', splitLongBlocks(root) > LONG_TEXT_CHARS);
}

function body(html: string): HTMLElement {
  const root = document.createElement('div');
  // Test input written here, not page content.
  root.innerHTML = html; // eslint-disable-line no-unsanitized/property
  chunkLongText(root);
  return root;
}

/** Text of each piece of a chunked block: what comes before the first span, then each span. */
function pieces(block: Element): string[] {
  const spans = [...block.querySelectorAll(':scope > .text-chunk')];
  const head = (block.textContent ?? '').slice(0, (block.textContent ?? '').length - spans.reduce((n, s) => n + (s.textContent ?? '').length, 0));
  return [head, ...spans.map((span) => span.textContent ?? '')];
}

describe('placeholders of a long article', () => {
  it('are as tall as each block’s text, in lines, and short articles and short blocks keep the default', () => {
    const long = body(`<p data-lede-block="0">${'word '.repeat(980)}</p>`.repeat(30) + '<p data-lede-block="30">Short.</p>');
    const [first] = long.querySelectorAll('p');
    expect((first as HTMLElement).style.getPropertyValue(LINES_PROPERTY)).toBe('82');
    expect((long.lastElementChild as HTMLElement).style.getPropertyValue(LINES_PROPERTY)).toBe('');
    const short = body(`<p data-lede-block="0">${'word '.repeat(980)}</p>`);
    expect((short.firstElementChild as HTMLElement).style.getPropertyValue(LINES_PROPERTY)).toBe('');
  });
});

describe('long blocks are laid out in pieces', () => {
  it('splits a paragraph of 1,000,000 quote marks into pieces of at most 5,000, keeping every character and the one block marker', () => {
    const marks = '“'.repeat(1_000_000);
    const root = body(`<p data-lede-block="3">${marks}</p><p data-lede-block="4">After.</p>`);
    const [first, second] = root.querySelectorAll('p');
    if (!first) throw new Error('no paragraph');
    const parts = pieces(first);
    expect(parts).toHaveLength(200);
    expect(Math.max(...parts.map((part) => part.length))).toBe(CHUNK_CHARS);
    expect(parts.join('')).toBe(marks);
    expect(root.querySelectorAll('[data-lede-block="3"]')).toHaveLength(1);
    expect(second?.textContent).toBe('After.');
    expect(root.classList.contains('long-text')).toBe(true);
  });

  it('keeps inline formatting and links in every piece', () => {
    const words = 'lorem ipsum dolor sit amet '.repeat(600);
    const root = body(`<p>Start <a href="https://example.com/x"><b>${words}</b></a> end.</p>`);
    const p = root.querySelector('p');
    if (!p) throw new Error('no paragraph');
    const parts = pieces(p);
    expect(parts.map((part) => part.length)).toEqual([5_000, 5_000, 5_000, 1_211]);
    expect(parts.join('')).toBe(`Start ${words} end.`);
    for (const span of p.querySelectorAll('.text-chunk')) expect(span.querySelector('a[href="https://example.com/x"] > b')).not.toBeNull();
  });

  it('never starts a piece with a combining mark or half of a surrogate pair', () => {
    const text = 'a\u0301\u0302'.repeat(4_000) + '👍'.repeat(4_000);
    const root = body(`<p>${text}</p>`);
    const p = root.querySelector('p');
    if (!p) throw new Error('no paragraph');
    const parts = pieces(p);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(part).toMatch(/^[^\p{M}\uDC00-\uDFFF]/u);
  });

  it('leaves an ordinary article as it is', () => {
    const html = '<h2>Title</h2><p>One paragraph.</p><ul><li>An item</li></ul>';
    const root = body(html);
    expect(root.innerHTML).toBe(html);
    expect(root.className).toBe('');
  });

  it('counts many short text nodes in one block as one run', () => {
    const root = body(`<p>${'<i>““““““““““</i>'.repeat(1_000)}</p>`);
    const p = root.querySelector('p');
    if (!p) throw new Error('no paragraph');
    expect(pieces(p).map((part) => part.length)).toEqual([5_000, 5_000]);
  });

  it('cuts Thai, whose lines break by dictionary, into pieces of at most 1,000 characters', () => {
    const run = 'ภาษาไทยเป็นภาษาที่ไม่เว้นวรรคระหว่างคำ'.repeat(160);
    const root = body(`<p>${run}</p>`);
    const p = root.querySelector('p');
    if (!p) throw new Error('no paragraph');
    const parts = pieces(p);
    expect(parts.map((part) => part.length)).toEqual([1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 80]);
    expect(parts.join('')).toBe(run);
  });

  it('ends a Thai piece at the space between two clauses when one comes in its last fifth', () => {
    const text = Array.from({ length: 20 }, () => SAMPLES.th).join(' ');
    const root = body(`<p>${text}</p>`);
    const p = root.querySelector('p');
    if (!p) throw new Error('no paragraph');
    const parts = pieces(p);
    expect(parts.join('')).toBe(text);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts.slice(0, -1)) {
      expect(part.length).toBeLessThanOrEqual(DICTIONARY_CHUNK_CHARS);
      expect(part.length).toBeGreaterThanOrEqual(DICTIONARY_CHUNK_CHARS * 0.8);
      expect(part.endsWith(' ')).toBe(true);
    }
  });

  it('leaves a Latin paragraph of 3,000 characters whole', () => {
    const words = 'lorem ipsum dolor sit amet '.repeat(111);
    const root = body(`<p>${words}</p>`);
    expect(root.querySelectorAll('.text-chunk')).toHaveLength(0);
  });
});
