import { describe, expect, it } from 'vitest';
import { removeTrailingLinks } from '@/utils/article/trailing-links';
import { afterPass } from './helpers';

const STORY = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1}: the council voted on Tuesday to extend the programme for two more years, citing strong demand from residents.</p>`).join('');
const HEADLINES = ['Second huge power cut hits India', 'Your Olympic athlete body match', 'Romney visit irks Polish unions', 'Author Maeve Binchy dies aged 72', 'British Olympic chief backs swimmer'];

const clean = afterPass(removeTrailingLinks);

describe('the links that follow a story', () => {
  it('removes a "Most popular" list of headlines after the story, with its heading', () => {
    const popular = `<h3>Most popular</h3><ol>${HEADLINES.map((h, i) => `<li>${i + 1}: <a href="/news/${i}">${h}</a></li>`).join('')}</ol>`;
    const root = clean(`${STORY}${popular}`);
    expect(root.textContent).not.toMatch(/Most popular|power cut/u);
    expect(root.querySelectorAll('p')).toHaveLength(4);
  });

  it('removes teasers of a headline and a line of summary each, and the thumbnails between them', () => {
    const teasers = HEADLINES.map((h, i) => `<div><img src="/t${i}.jpg"><h3><a href="/news/${i}">${h}</a></h3><p>A short summary of the other story.</p></div>`).join('');
    const root = clean(`${STORY}<h2>Elsewhere on the site</h2>${teasers}`);
    expect(root.textContent).not.toMatch(/Elsewhere|summary/u);
    expect(root.querySelector('img')).toBeNull();
  });

  it('keeps a closing paragraph with links in it, and the links of a page that is all links', () => {
    const closing = '<p>Read the <a href="/report.pdf">full report</a> and the <a href="/minutes">council minutes</a> for the details of the vote.</p>';
    expect(clean(`${STORY}${closing}`).textContent).toContain('full report');
    const directory = `<ul>${HEADLINES.map((h, i) => `<li><a href="/news/${i}">${h}</a></li>`).join('')}</ul>`;
    expect(clean(directory).querySelectorAll('li')).toHaveLength(5);
  });
});
