import { describe, expect, it } from 'vitest';
import { extractHtml, FILLER } from './helpers';

/** A blog page whose only h1 is its logo: the story's headline is an h2, the byline an unmarked line under it. */
function page(line: string, story = FILLER, title = 'Kindle Direct Delivery for Hacker Monthly'): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
    <div id="top"><h1><a href="/"><img src="/logo.png" alt=""></a></h1></div>
    <div id="post"><h2>Kindle Direct Delivery for Hacker Monthly</h2>${line}${story}</div></body></html>`;
}

describe('an unmarked "By …" line under the headline', () => {
  it('names the author, without the date after the name', () => {
    const article = extractHtml(page('<div class="date"><span>By Lim Cheng Soon, 20 September 2011</span></div>'));
    expect(article.bylines).toEqual(['Lim Cheng Soon']);
  });

  it('reads the first line only: a title or the paper follows the name on a line of its own', () => {
    const article = extractHtml(page('<p><strong>By Elizabeth Mullener</strong><br><em>Staff writer</em></p>'));
    expect(article.bylines).toEqual(['Elizabeth Mullener']);
  });

  it('is not a sentence of the story, nor a line far below the headline', () => {
    expect(extractHtml(page('<p>By Friday.</p>')).bylines).toEqual([]);
    const far = Array.from({ length: 25 }, (_, i) => `<p>Line ${i} of the story goes on.</p>`).join('');
    expect(extractHtml(page('', `${far}<p>By Jane Doe</p>${FILLER}`)).bylines).toEqual([]);
  });

  it('is not repeated in the text once the header shows it', () => {
    const lead = '<p>Supriya Jindal with her youngest son outside their home, the week before her husband takes office in the state capital.</p>';
    const article = extractHtml(page('', `${lead}<p><strong>By Elizabeth Mullener</strong><br><em>Staff writer</em></p>${FILLER}`));
    expect(article.bylines).toEqual(['Elizabeth Mullener']);
    expect(article.text).not.toContain('Mullener');
  });

  it('gives way to a signed line that opens the story', () => {
    const article = extractHtml(
      page('<div class="posted"><a href="/a">Posted</a> by <a href="/about">Submission</a> on March 20, 2001</div>', `<h4>by William Moss</h4>${FILLER}`),
    );
    expect(article.bylines).toEqual(['William Moss']);
  });
});
