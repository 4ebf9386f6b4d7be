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
