import { describe, expect, it } from 'vitest';
import { removeTrailingHeadings } from '@/utils/article/trailing-headings';
import { bodyOf } from './helpers';

const CTX = { bylines: [], lang: null, title: '', knownBylines: [] };
const STORY = '<p>The council voted on Tuesday to extend the programme for two more years, citing strong demand from residents across the city.</p>';

function clean(html: string): Element {
  const root = bodyOf(html);
  removeTrailingHeadings(root, CTX);
  return root;
}

describe('headings that close the body with nothing after them', () => {
  it('removes an orphan heading and its orphan sub-heading, in English and in Vietnamese', () => {
    const root = clean(`${STORY}<h2>More on this story</h2><div><h3>Elsewhere</h3><div></div></div>`);
    expect(root.querySelector('h2, h3')).toBeNull();
    const vi = clean('<p>Sáng nay, UBND quận tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả và đề ra nhiệm vụ.</p><h3>Tin cùng chuyên mục</h3>');
    expect(vi.querySelector('h3')).toBeNull();
    expect(vi.querySelectorAll('p')).toHaveLength(1);
  });

  it('keeps a heading followed by its section, its pictures or its table', () => {
    expect(clean(`${STORY}<h2>What comes next</h2><p>The vote is due in March.</p>`).querySelector('h2')).not.toBeNull();
    expect(clean(`${STORY}<h2>Photos</h2><figure><img src="/a.jpg"></figure>`).querySelector('h2')).not.toBeNull();
    expect(clean(`${STORY}<h3>Results</h3><table><tr><td>1</td></tr></table>`).querySelector('h3')).not.toBeNull();
  });

  it('keeps a heading in the middle of the body and a body that is only a heading', () => {
    expect(clean(`<h2>Background</h2>${STORY}`).querySelector('h2')).not.toBeNull();
    expect(clean('<h2>Only a heading</h2>').querySelector('h2')).not.toBeNull();
  });
});
