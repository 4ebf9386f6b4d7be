import { describe, expect, it } from 'vitest';
import { removeTrailingHeadings } from '@/utils/article/trailing-headings';
import { afterPass, bodyOf, STORY } from './helpers';

type Ctx = { bylines: string[]; lang: string | null; title: string; knownBylines: string[] };

function cleanWith(html: string, ctx: Partial<Ctx>): { root: Element; ctx: Ctx } {
  const root = bodyOf(html);
  const full: Ctx = { bylines: [], lang: null, title: '', knownBylines: [], ...ctx };
  removeTrailingHeadings(root, full);
  return { root, ctx: full };
}

const clean = afterPass(removeTrailingHeadings);

describe('headings that close the body with nothing after them', () => {
  it('removes an orphan heading and its orphan sub-heading, in English and in Vietnamese', () => {
    const root = clean(`${STORY}<h2>More on this story</h2><div><h3>Elsewhere</h3><div></div></div>`);
    expect(root.querySelector('h2, h3')).toBeNull();
    const vi = clean('<p>Sáng nay, UBND quận tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả và đề ra nhiệm vụ.</p><h3>Tin cùng chuyên mục</h3>');
    expect(vi.querySelector('h3')).toBeNull();
    expect(vi.querySelectorAll('p')).toHaveLength(1);
  });

  it('removes a closing line that announces with a colon, and keeps one followed by what it announces', () => {
    for (const label of ['For more information:', '<strong><em>More money and business news:</em></strong>', 'Đọc thêm：']) {
      const root = clean(`${STORY}<p>${label}</p>`);
      expect(root.querySelectorAll('p')).toHaveLength(1);
    }
    expect(clean(`${STORY}<p>The statement read:</p><blockquote><p>We will appeal.</p></blockquote>`).textContent).toContain('The statement read:');
    expect(clean(`${STORY}<p>Officials said the plan rests on three things: money, time and will.</p>`).querySelectorAll('p')).toHaveLength(2);
    // A code block or a list item ending in a colon is content, not a label.
    expect(clean(`${STORY}<pre>if ready:</pre>`).querySelector('pre')).not.toBeNull();
    expect(clean(`${STORY}<ul><li>Milk</li><li>Bring:</li></ul>`).querySelectorAll('li')).toHaveLength(2);
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

  it('hands a closing byline heading to the bylines when the header names no one', () => {
    const { root, ctx } = cleanWith(`${STORY}<h3 class="byline">BY CHARLES FORELLE AND DAVID ROMÁN</h3>`, { lang: 'en' });
    expect(root.querySelector('h3')).toBeNull();
    expect(ctx.bylines).toEqual(['Charles Forelle', 'David Román']);
    const de = cleanWith('<p>Der Stadtrat hat am Dienstag beschlossen, das Programm um zwei weitere Jahre zu verlängern.</p><h4>Von Hans Meier</h4>', { lang: 'de' });
    expect(de.ctx.bylines).toEqual(['Hans Meier']);
    const vi = cleanWith('<p>Sáng nay, UBND quận tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả và đề ra nhiệm vụ.</p><h4>Theo TTXVN</h4>', { lang: 'vi' });
    expect(vi.ctx.bylines).toEqual(['TTXVN']);
  });

  it('removes a closing byline heading the header already shows, keeps one naming someone else', () => {
    const echo = cleanWith(`${STORY}<h3>By Charles Forelle and David Román</h3>`, { lang: 'en', knownBylines: ['Charles Forelle', 'David Román'] });
    expect(echo.root.querySelector('h3')).toBeNull();
    expect(echo.ctx.bylines).toEqual([]);
    const other = cleanWith(`${STORY}<h3>By Jane Doe</h3>`, { lang: 'en', knownBylines: ['Charles Forelle'] });
    expect(other.root.querySelector('h3')?.textContent).toBe('By Jane Doe');
    expect(other.ctx.bylines).toEqual([]);
  });

  it('still removes a closing heading that only starts like a byline', () => {
    for (const label of ['By the numbers', 'BY THE NUMBERS', 'By Hand']) {
      const { root, ctx } = cleanWith(`${STORY}<h2>${label}</h2>`, { lang: 'en' });
      expect(root.querySelector('h2')).toBeNull();
      expect(ctx.bylines).toEqual([]);
    }
  });

  it("removes the site's ways out closing the body, with a heading over them, and at most three", () => {
    const root = clean(`${STORY}<h3>More from us</h3><p><a href="/business/">Business</a></p><p>Have your say on the latest news and sport in our <a href="/forums">Forums</a></p>`);
    expect(root.querySelector('h3')).toBeNull();
    expect(root.textContent).not.toContain('Business');
    expect(root.textContent).not.toContain('Forums');
    // Paragraphs of lone links are a directory: the last three go, the rest stays.
    const links = ['Sport', 'Business', 'Travel', 'Science', 'Culture'].map((name) => `<p><a href="/${name.toLowerCase()}/">${name}</a></p>`).join('');
    expect(clean(`${STORY}${links}`).querySelectorAll('a')).toHaveLength(2);
  });

  it("takes a call to subscribe and the heading over it, and keeps the story's last line set as a heading", () => {
    const story = '<div><h2><span>Others tweeted that the edited drawing was harmful.</span></h2><figure></figure></div><div><h2>Still, Lovato will continue to slay, either as a human or mermaid.</h2></div>';
    const root = clean(`${STORY}${story}<h3>BuzzFeed Daily</h3><p>Keep up with the latest daily buzz with the BuzzFeed Daily newsletter!</p>`);
    expect(root.textContent).toContain('continue to slay');
    expect(root.textContent).not.toContain('BuzzFeed Daily');
  });

  it('keeps a closing sentence that ends in a link', () => {
    const root = clean(`${STORY}<p>Read the report at <a href="http://gov.example/report.pdf">the ministry site</a>.</p>`);
    expect(root.textContent).toContain('the ministry site');
  });
});
