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

  it('keeps lists whose items are prose, in-page contents, and a post told in linked lists', () => {
    const steps = `<ol>${['Preheat the oven to 200 degrees and grease the tin.', 'Mix the <a href="/flour">flour</a> with the butter until it looks like crumbs.', 'Bake for twenty minutes and leave it to cool.'].map((t) => `<li>${t}</li>`).join('')}</ol>`;
    expect(clean(`${STORY}${steps}`).querySelectorAll('li')).toHaveLength(3);
    const contents = `<ul>${HEADLINES.map((h, i) => `<li><a href="#part-${i}">${h}</a></li>`).join('')}</ul>`;
    expect(clean(`${STORY}${contents}`).querySelectorAll('li')).toHaveLength(4);
    const bugs = (n: number) => `<p>In progress:</p><ul>${HEADLINES.map((h, i) => `<li><a href="https://bugs.example/${n}${i}">Bug ${n}${i} – ${h}</a></li>`).join('')}</ul>`;
    expect(clean(`<p>These weeks in the browser.</p>${bugs(1)}${bugs(2)}${bugs(3)}`).querySelectorAll('li')).toHaveLength(12);
  });
});
