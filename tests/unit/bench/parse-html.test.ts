import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml, setBrowserParsing } from '@/scripts/lib/parse-html';

const PAGE = '<html><body><figure><noscript><img src="https://x.example/a.jpg"></noscript></figure></body></html>';

afterEach(() => setBrowserParsing(false));

describe('parseHtml, as the CLI and as the reader\'s browser parse a page', () => {
  it('parses a noscript\'s content as elements by default, as text as the browser does', () => {
    expect(parseHtml(PAGE, 'https://x.example/').querySelector('noscript')?.childElementCount).toBe(1);
    setBrowserParsing(true);
    const noscript = parseHtml(PAGE, 'https://x.example/').querySelector('noscript');
    expect(noscript?.childElementCount).toBe(0);
    expect(noscript?.textContent).toBe('<img src="https://x.example/a.jpg">');
  });

  it('lends the page\'s DOMParser as the browser\'s only while it parses as the browser', () => {
    setBrowserParsing(true);
    parseHtml(PAGE, 'https://x.example/');
    expect(typeof (globalThis as { DOMParser?: unknown }).DOMParser).toBe('function');
    setBrowserParsing(false);
    parseHtml(PAGE, 'https://x.example/');
    expect((globalThis as { DOMParser?: unknown }).DOMParser).toBeUndefined();
  });
});
