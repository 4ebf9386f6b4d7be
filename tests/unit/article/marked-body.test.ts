import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/scripts/lib/parse-html';
import { markedBodyElement, missedMarkedBody } from '@/utils/article/marked-body';
import { withMarkedBody } from '@/utils/article/read-marked-body';
import { extractHtml } from './helpers';

const POST = '<p>Dear all, I would love to invite you to the book event at the Reading Bug this coming Saturday at eleven.</p><p>There will be drawings, a reading for children and signed copies of the new book. Hope to see you there.</p>';
// A sidebar of blog furniture with more text than the post: Readability scores it higher.
const SIDEBAR = Array.from({ length: 8 }, (_, i) => `<p>Profile note ${i + 1}: I am a story artist by day and draw picture books, gallery pieces and museum exhibitions by night, and this blog collects all of it.</p>`).join('');
const STORY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the council voted on Tuesday to extend the programme for two more years, citing strong demand from residents.</p>`).join('');

const page = (main: string, aside: string) => `<!doctype html><html><head><title>Little gifts for friends</title></head><body><div id="main">${main}</div><div id="sidebar">${aside}</div></body></html>`;

describe('the body the page marks, where Readability read another part', () => {
  it('reads a short post marked entry-content, not the long sidebar beside it', () => {
    const article = extractHtml(page(`<h3>Little gifts for friends</h3><div class="post-body entry-content">${POST}</div>`, SIDEBAR));
    expect(article.text).toContain('Dear all');
    expect(article.text).not.toContain('Profile note');
    // Readability's excerpt was the first paragraph of the sidebar it read.
    expect(article.excerpt ?? '').not.toContain('Profile note');
  });

  it('reads the schema.org articleBody before a microformat', () => {
    const doc = parseHtml(page(`<div itemprop="description articleBody">${POST}</div><div class="entry-content">${STORY}</div>`, ''), 'http://example.test/');
    expect(markedBodyElement(doc)?.getAttribute('itemprop')).toBe('description articleBody');
  });

  it('trusts no mark a page uses more than once: a list of posts', () => {
    const doc = parseHtml(page(`<div class="entry-content">${POST}</div><div class="entry-content">${STORY}</div>`, ''), 'http://example.test/');
    expect(markedBodyElement(doc)).toBeNull();
  });

  it("keeps Readability's body when it overlaps the marked body, even in part", () => {
    const doc = parseHtml(page(`<div class="entry-content">${STORY}<p>Share this: Facebook Twitter</p></div>`, ''), 'http://example.test/');
    const root = parseHtml(`<div>${STORY.split('</p>').slice(0, 3).join('</p>')}</p></div>`, 'http://example.test/').body.firstElementChild;
    expect(root && missedMarkedBody(doc, root)).toBeNull();
  });

  it("keeps Readability's body when the time is up, for the read to answer that it took too long", () => {
    const doc = parseHtml(page(`<div class="entry-content">${POST}</div>`, SIDEBAR), 'http://example.test/');
    const root = parseHtml(`<div>${SIDEBAR}</div>`, 'http://example.test/').body.firstElementChild;
    if (!root) throw new Error('no root');
    const reading = { url: '', pageTitle: '', loading: false, readability: { title: null, byline: null, lang: null, dir: null, siteName: null, excerpt: null }, contentHtml: root.outerHTML, pageHtml: '', baseUrl: '' };
    const window = doc.defaultView;
    if (!window) throw new Error('no window');
    const marked = missedMarkedBody(doc, root);
    if (!marked) throw new Error('the marked body was not missed');
    expect(withMarkedBody({ reading, root }, marked, new window.DOMParser(), () => true).root).toBe(root);
  });
});
