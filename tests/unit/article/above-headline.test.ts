import { describe, expect, it } from 'vitest';
import { removeFurnitureAboveHeadline } from '@/utils/article/above-headline';
import { bareContext, bodyOf } from './helpers';

const STORY = '<p>DAN SHITTU and Marlon King have been recalled to the starting line-up for this afternoon\'s game at St Mary\'s.</p><p>Shittu replaces Matt Jackson, who drops out of the squad altogether.</p>';

function clean(html: string, title = 'Aidy recalls big guns', lang: string | null = 'en'): Element {
  const root = bodyOf(html);
  removeFurnitureAboveHeadline(root, { ...bareContext(), title, lang });
  return root;
}

describe('furniture above the headline', () => {
  it("removes a section's name, a box's label and its links above the headline's echo, and leaves the echo to the header pass", () => {
    const box = '<table><tr><td><a href="/a">Hospital radio launches funding drive</a></td></tr><tr><td><a href="/b">Win tickets to see Mika</a></td></tr></table>';
    const root = clean(`<p>Local Sport</p><p>EDITOR'S CHOICE</p>${box}<p>VOTE</p><p>Aidy recalls big guns</p>${STORY}`);
    expect(root.textContent).not.toMatch(/Local Sport|EDITOR|Mika|VOTE/u);
    expect(root.querySelector('p')?.textContent).toBe('Aidy recalls big guns');
  });

  it('works in any language, and keeps the lead picture and its caption', () => {
    const root = clean('<p><a href="/thoi-su">Thời sự</a></p><figure><img src="https://x.example/a.jpg"><figcaption>Toàn cảnh hội nghị</figcaption></figure><h2>Quận Đống Đa tổng kết năm 2023</h2><p>Sáng 26/1, quận tổ chức hội nghị.</p>', 'Quận Đống Đa tổng kết năm 2023', 'vi');
    expect(root.textContent).not.toContain('Thời sự');
    expect(root.querySelector('figcaption')?.textContent).toBe('Toàn cảnh hội nghị');
  });

  it('leaves everything when a line above is no furniture: a byline, a date, a sentence; or when no echo comes', () => {
    for (const line of ['<p>By Kevin Affleck</p>', '<p>By <a href="/staff/ka">Kevin Affleck</a></p>', '<p>1 January 2008</p>', '<p>The club confirmed the news on Tuesday, after weeks of talks.</p>']) {
      expect(clean(`<p>Local Sport</p>${line}<p>Aidy recalls big guns</p>${STORY}`).textContent).toContain('Local Sport');
    }
    expect(clean(`<p>Local Sport</p>${STORY}`).textContent).toContain('Local Sport');
  });
});
