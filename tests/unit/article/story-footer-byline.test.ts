import { describe, expect, it } from 'vitest';
import { extractHtml, FILLER } from './helpers';

const footer = (name: string) => `<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn"><a href="https://www.blogger.com/profile/1" rel="author" itemprop="author">${name}</a></span></span> at 7:28 PM</div>`;
const post = (opening: string, name: string) =>
  `<!doctype html><html><head><title>Little gifts for friends</title></head><body><div class="post hentry"><h3 class="post-title entry-title">Little gifts for friends</h3><div class="post-header"><div class="post-header-line-1"></div></div><div class="post-body entry-content">${opening}${FILLER}</div>${footer(name)}</div></body></html>`;

describe('the byline in a story’s own footer', () => {
  it('reads the writer a blog post names in its footer, under the headline, in the post’s container', () => {
    expect(extractHtml(post('', 'Mina Lowe')).byline).toBe('Mina Lowe');
  });

  it('lets the post’s own "Posted by" line win over the blog’s account in the footer', () => {
    expect(extractHtml(post('<p><em>Posted by Andrew Hayden, Software Engineer on Google Play</em></p>', 'Android Developers')).byline).toBe('Andrew Hayden');
  });

  it('reads no writer from a footer outside any story container: the page’s own', () => {
    const html = `<!doctype html><html><head><title>Little gifts for friends</title></head><body><h1>Little gifts for friends</h1><div>${FILLER}</div><div class="footer">${footer('Site Admin')}</div></body></html>`;
    expect(extractHtml(html).byline).toBeNull();
  });
});
