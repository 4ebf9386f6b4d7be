import { describe, expect, it } from 'vitest';
import { removeTeasers } from '@/utils/article/teasers';
import { afterPass } from './helpers';

const STORY = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}: the council voted on Tuesday to extend the programme for two more years, citing strong demand from residents.</p>`).join('');
const teaser = (slug: string, headline: string, summary: string, label = 'Read'): string =>
  `<h2><a href="https://paper.example/${slug}">${headline}</a></h2><p>${summary} <a href="https://paper.example/${slug}">${label}</a></p>`;

const clean = afterPass(removeTeasers);

describe("other stories' teasers under the story", () => {
  it('removes a heading and summary that both link to one other story, in any language', () => {
    const root = clean(`${STORY}${teaser('downing', "Spurs 'interest' Downing", "Downing's agent has confirmed the player would speak to Tottenham.")}${teaser('ha-noi', 'Hà Nội mở rộng phố đi bộ', 'Thành phố sẽ thí điểm thêm hai tuyến phố.', 'Đọc tiếp')}`);
    expect(root.textContent).not.toMatch(/Downing|Hà Nội/u);
    expect(root.querySelectorAll('p')).toHaveLength(8);
  });

  it('keeps a linked section heading over prose, a summary linking elsewhere, and a body of teasers', () => {
    const linkedHeading = '<h2><a href="https://paper.example/vote">The vote</a></h2><p>Residents asked for the programme in 2019, the <a href="https://council.example">council</a> said.</p>';
    expect(clean(`${STORY}${linkedHeading}`).textContent).toContain('Residents asked');
    const other = '<h2><a href="https://paper.example/a">Best kettles of the year</a></h2><p>Our pick boils fastest. <a href="https://shop.example/kettle">Buy</a></p>';
    expect(clean(`${STORY}${other}`).textContent).toContain('Our pick');
    const digest = Array.from({ length: 6 }, (_, i) => teaser(`item-${i}`, `Product ${i} reviewed at length`, `Product ${i} is the one we would buy for a small kitchen, after a month of daily use.`)).join('');
    expect(clean(`<p>Our six picks.</p>${digest}`).querySelectorAll('h2')).toHaveLength(6);
  });
});

describe('teaser cards: a list item or table cell a linked heading opens', () => {
  const card = (slug: string, headline: string, summary: string, label = 'Full Story'): string =>
    `<td><ul><li><h4><a href="https://paper.example/${slug}">${headline}</a></h4><a href="https://paper.example/${slug}"><img src="https://paper.example/${slug}.jpg"></a>${summary} <a href="https://paper.example/${slug}">${label}</a></li></ul></td>`;

  it('removes the cards and the box they leave empty, in any language', () => {
    const box = `<h3>Also In The News</h3><div><table><tbody><tr>${card('murray', 'Magic Murray downs Davydenko', 'Andy Murray has cruised past the top seed in straight sets.')}${card('ha-noi', 'Hà Nội mở rộng phố đi bộ', 'Thành phố sẽ thí điểm thêm hai tuyến phố.', 'Xem thêm')}</tr></tbody></table></div>`;
    const root = clean(`<div>${STORY}</div>${box}`);
    expect(root.textContent).not.toMatch(/Murray|Hà Nội/u);
    expect(root.querySelector('table')).toBeNull();
    expect(root.querySelectorAll('p')).toHaveLength(8);
  });

  it('keeps a card whose heading is not its first child, or whose last link leads elsewhere', () => {
    const late = '<li><p>Also:</p><h4><a href="https://paper.example/a">Another story</a></h4>Its summary in a line. <a href="https://paper.example/a">More</a></li>';
    expect(clean(`${STORY}<ul>${late}</ul>`).textContent).toContain('Its summary');
    const elsewhere = '<li><h4><a href="https://paper.example/b">A kettle review</a></h4>Our pick boils fastest. <a href="https://shop.example/kettle">Buy</a></li>';
    expect(clean(`${STORY}<ul>${elsewhere}</ul>`).textContent).toContain('Our pick');
  });
});
