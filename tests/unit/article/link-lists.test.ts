import { describe, expect, it } from 'vitest';
import { removeLinkLists } from '@/utils/article/link-lists';
import { afterPass } from './helpers';

const STORY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the council voted on Tuesday to extend the programme for two more years, citing strong demand from residents.</p>`).join('');
const HEADLINES = ['Apollo moon landing flags still standing', 'Inmates build satellite parts for NASA', 'How NASA launched the 2012 Olympics', 'Antarctic outpost sees first sunrise'];
const linked = (h: string, i: number) => `<li><a href="/news/${i}">${h}</a></li>`;

const clean = afterPass(removeLinkLists);

describe('lists of links to other stories inside the body', () => {
  it('removes a box of headlines set between paragraphs, with the label in its wrapper', () => {
    const box = `<ol class="grid"><li><div class="title">Space news from NBCNews.com</div><ol>${HEADLINES.map(linked).join('')}</ol></li></ol>`;
    const root = clean(`${STORY}${box}${STORY}`);
    expect(root.textContent).not.toMatch(/Space news|Apollo/u);
    expect(root.querySelectorAll('p')).toHaveLength(12);
  });

  it('removes the label before the list, and a list whose first teaser has a line of summary', () => {
    const first = '<li><a href="/news/9">A rise and fall that is out of this world</a><p>Students create a balloon experiment that is as notable for its fall as for its rise.</p></li>';
    const root = clean(`${STORY}<p>More about the search for Amelia Earhart:</p><ul>${first}${HEADLINES.map(linked).join('')}</ul>${STORY}`);
    expect(root.textContent).not.toMatch(/More about|balloon|Apollo/u);
  });

  it('removes the same headlines set as a table, a link a row, or as a paragraph, a link a line, and keeps the headline above', () => {
    const rows = HEADLINES.map((h, i) => `<tr><td><img src="/arrow.gif"></td><td><a href="/news/${i}">${h}</a></td></tr>`).join('');
    const table = `<table><tr><td></td><td>Latest Football Stories</td></tr>${rows}</table>`;
    expect(clean(`${STORY}${table}`).textContent).not.toMatch(/Latest Football|Apollo/u);
    const lines = `<p>${['Click here to bet with Example Bet!', 'Click here for more football headlines!', 'Click here for text alerts!'].map((t, i) => `<a href="https://ads.example/${i}">${t}</a>`).join('<br>')}</p>`;
    const root = clean(`<p>HITZFELD BEGINS SWISS TALKS</p>${lines}${STORY}`);
    expect(root.textContent).not.toContain('Click here');
    expect(root.textContent).toContain('HITZFELD');
  });

  it('keeps a table of figures with linked names, and a paragraph of lines with a link in one', () => {
    const results = `<table>${['Arsenal', 'Chelsea', 'Everton', 'Fulham'].map((team, i) => `<tr><td><a href="/teams/${i}">${team}</a></td><td>${20 - i} points from 12 games, ${i} draws</td></tr>`).join('')}</table>`;
    expect(clean(`${STORY}${results}`).querySelectorAll('tr')).toHaveLength(4);
    const infobox = `<table>${['Industry', 'Founder', 'Products', 'Website'].map((label, i) => `<tr><th>${label}</th><td><a href="/wiki/${i}">${HEADLINES[i]}</a></td></tr>`).join('')}</table>`;
    expect(clean(`${infobox}${STORY}`).querySelectorAll('tr')).toHaveLength(4);
    const poem = '<p>The council met at noon,<br>the <a href="/vote">vote</a> came late,<br>the residents went home,<br>the programme stayed.</p>';
    expect(clean(`${STORY}${poem}`).textContent).toContain('the residents went home');
  });

  it('keeps lists whose items are prose, in-page contents, and a post told in linked lists', () => {
    const steps = `<ol>${['Preheat the oven to 200 degrees and grease the tin.', 'Mix the <a href="/flour">flour</a> with the butter until it looks like crumbs.', 'Bake for twenty minutes and leave it to cool.'].map((t) => `<li>${t}</li>`).join('')}</ol>`;
    expect(clean(`${STORY}${steps}`).querySelectorAll('li')).toHaveLength(3);
    const contents = `<ul>${HEADLINES.map((h, i) => `<li><a href="#part-${i}">${h}</a></li>`).join('')}</ul>`;
    expect(clean(`${STORY}${contents}`).querySelectorAll('li')).toHaveLength(4);
    const bugs = (n: number) => `<p>In progress:</p><ul>${HEADLINES.map((h, i) => `<li><a href="https://bugs.example/${n}${i}">Bug ${n}${i} – ${h}</a></li>`).join('')}</ul>`;
    expect(clean(`<p>These weeks in the browser.</p>${bugs(1)}${bugs(2)}${bugs(3)}`).querySelectorAll('li')).toHaveLength(12);
  });
});
