// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@/utils/library/schema';
import { clearHighlights, drawHighlights, selectedQuote, MARK_ID_ATTRIBUTE } from '@/utils/dom/highlight-marks';
import { newAnnotation } from '@/utils/library/annotations';

/** Saved article HTML as Lede stores it: blocks carry their index. */
const SAVED_HTML =
  '<p data-lede-block="0">The council met on <b>Tuesday</b>.</p>\n' +
  '<p data-lede-block="1">The mayor said the bridge will open in March.</p>\n' +
  '<ul>\n  <li data-lede-block="2">Residents asked about noise.</li>\n  <li data-lede-block="3">The mayor said the bridge will open in March.</li>\n</ul>';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  // The test's own fixed markup, standing in for what SafeHtml appends after sanitizing.
  el.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.replaceChildren(el);
  return el;
}

/** The reader drags from `startText` (its `startAt`-th letter) to `endText`. */
function select(container: HTMLElement, start: [string, number], end: [string, number]): Range {
  const find = (words: string): Text => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.includes(words)) return node as Text;
    throw new Error(`no text node with "${words}"`);
  };
  const range = document.createRange();
  const from = find(start[0]);
  const to = find(end[0]);
  range.setStart(from, from.data.indexOf(start[0]) + start[1]);
  range.setEnd(to, to.data.indexOf(end[0]) + end[1]);
  return range;
}

function annotationFor(container: HTMLElement, range: Range, id: string, note = ''): Annotation {
  const quote = selectedQuote(container, range);
  if (!quote) throw new Error('nothing selected');
  return newAnnotation(quote, note, 1_700_000_000_000, id);
}

function marked(container: HTMLElement, id: string): string {
  return Array.from(container.querySelectorAll(`mark[${MARK_ID_ATTRIBUTE}="${id}"]`), (m) => m.textContent?.replace(/\s+/gu, ' ')).join('|');
}

describe('highlights on the rendered article', () => {
  it('stores a selection over two paragraphs as collapsed words, its block and its context', () => {
    const el = body(SAVED_HTML);
    const range = select(el, ['Tuesday', 3], ['The mayor', 9]);
    expect(selectedQuote(el, range)).toEqual({ quote: 'sday. The mayor', prefix: 'The council met on Tue', suffix: ' said the bridge will open in Ma', block: 0 });
  });

  it('wraps the words in marks, across inline markup and paragraphs, and takes them away again unchanged', () => {
    const el = body(SAVED_HTML);
    const before = el.innerHTML;
    const annotation = annotationFor(el, select(el, ['met on', 0], ['The mayor', 9]), 'a1');
    expect(drawHighlights(el, [annotation])).toEqual(new Set());
    expect(marked(el, 'a1')).toBe('met on |Tuesday|.|The mayor');
    clearHighlights(el);
    expect(el.innerHTML).toBe(before);
  });

  it('marks the repeat the reader chose, in the list item, not the first paragraph with the same words', () => {
    const el = body(SAVED_HTML);
    const annotation = annotationFor(el, select(el, ['The mayor said', 0], ['The mayor said', 45]), 'second');
    expect(annotation.quote).toBe('The mayor said the bridge will open in March.');
    // The first match of these words is in block 1; the reader's is in the list's second item.
    const listed = el.querySelectorAll('li')[1];
    if (!listed) throw new Error('no list');
    const secondQuote = selectedQuote(el, (() => {
      const r = document.createRange();
      r.selectNodeContents(listed);
      return r;
    })());
    if (!secondQuote) throw new Error('nothing selected');
    const repeat = newAnnotation(secondQuote, '', 1, 'repeat');
    expect(repeat.block).toBe(3);
    // Drawn again on a fresh copy of the page, as on re-opening.
    const reopened = body(SAVED_HTML);
    drawHighlights(reopened, [repeat]);
    expect(reopened.querySelector('mark')?.closest('li')?.getAttribute('data-lede-block')).toBe('3');
  });

  it('finds highlights again when the article is rendered differently (split blocks, other white space, wrappers)', () => {
    const el = body(SAVED_HTML);
    const annotation = annotationFor(el, select(el, ['Residents', 0], ['noise.', 6]), 'r', 'Ask the council');
    const rerendered = body(
      '<div class="text-chunk"><p data-lede-block="0">The council   met on <b>Tues</b><i>day</i>.</p></div>' +
        '<p data-lede-block="1">The mayor said the bridge will open in March.</p><ol><li data-lede-block="2"><span>Residents</span>\n asked about <em>noise</em>.</li></ol>',
    );
    expect(drawHighlights(rerendered, [annotation])).toEqual(new Set());
    expect(marked(rerendered, 'r')).toBe('Residents| asked about |noise|.');
  });

  it('draws two overlapping highlights without nesting marks, and reports one whose words are gone', () => {
    const el = body(SAVED_HTML);
    const first = annotationFor(el, select(el, ['Residents', 0], ['Residents asked', 15]), 'first');
    const second = { ...annotationFor(el, select(el, ['asked about', 0], ['noise.', 6]), 'second'), created: 1_800_000_000_000 };
    const gone: Annotation = { ...first, id: 'gone', quote: 'Nothing like this is in the article at all', prefix: '', suffix: '' };
    expect(drawHighlights(el, [second, first, gone])).toEqual(new Set(['gone']));
    expect(marked(el, 'first')).toBe('Residents asked');
    expect(marked(el, 'second')).toBe(' about noise.');
    expect(el.querySelector('mark mark')).toBeNull();
  });

  it('never turns a stored quote or note into markup: marks only wrap the text that is there', () => {
    const el = body('<p data-lede-block="0">Say &lt;img src=x onerror=alert(1)&gt; out loud.</p>');
    const hostile: Annotation = { id: 'h', quote: '<img src=x onerror=alert(1)>', prefix: 'Say ', suffix: ' out', block: 0, note: '<script>alert(1)</script>', created: 1 };
    drawHighlights(el, [hostile]);
    expect(el.querySelector('img, script')).toBeNull();
    expect(marked(el, 'h')).toBe('<img src=x onerror=alert(1)>');
  });
});
