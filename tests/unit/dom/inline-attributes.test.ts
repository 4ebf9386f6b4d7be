import { describe, expect, it } from 'vitest';
import { withoutInlineAttributes } from '@/utils/dom/inline-attributes';

describe('withoutInlineAttributes', () => {
  it('takes out event handlers and styles, keeping every other attribute and the text', () => {
    const html = '<div class="share" onmouseover="javascript:this.className=\'on\'" style="float:left"><a href="#" onclick="bShare.share(event);return false;" title="Weibo">新浪微博</a></div>';
    expect(withoutInlineAttributes(html)).toBe('<div class="share"><a href="#" title="Weibo">新浪微博</a></div>');
  });

  it('leaves a style that hides as `hidden`, which the passes still read', () => {
    expect(withoutInlineAttributes('<div style="display: none">x</div><p style="visibility:hidden">y</p>')).toBe('<div hidden>x</div><p hidden>y</p>');
  });

  it('never reads a name inside a quoted value, nor a tag in text or a script', () => {
    const html = '<p title="a style=&quot;x&quot; onload=y">Write &lt;b onclick="f()"&gt; in code</p><script type="application/ld+json">{"articleBody":"<p style=\\"x\\">"}</script>';
    expect(withoutInlineAttributes(html)).toBe(html);
  });

  it('reads the markup of a noscript, which a copy without scripts parses as elements', () => {
    expect(withoutInlineAttributes('<noscript><img src="a.jpg" style="width:1px"></noscript>')).toBe('<noscript><img src="a.jpg"></noscript>');
  });

  it('keeps self-closed tags, single quotes, unquoted values, and data attributes named after a handler or a style', () => {
    expect(withoutInlineAttributes("<img src=a.jpg onerror='x()' data-style=\"s\" data-onload=\"1\"/><br style=x>")).toBe('<img src=a.jpg data-style="s" data-onload="1"/><br>');
  });

  it('returns the same string when there is nothing to take out', () => {
    const html = '<article><h1 class="t">Title</h1><p>On style and onions.</p></article>';
    expect(withoutInlineAttributes(html)).toBe(html);
  });
});
