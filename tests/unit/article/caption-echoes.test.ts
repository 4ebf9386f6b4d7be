import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeCaptionCopies, removeCaptionEchoes } from '@/utils/article/caption-echoes';

const CAPTION = 'Xe phóng đạn và radar tổ hợp S -400 được Nga đưa tới Syria năm 2015.';
const STORY = '“Nhu cầu của khách hàng với tổ hợp phòng không S -400 tăng đáng kể sau các sự kiện tại Syria”, TASS dẫn lời giám đốc.';

function run(html: string): string {
  const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root');
  if (!root) throw new Error('no root');
  removeCaptionEchoes(root);
  return root.innerHTML;
}

const figure = `<figure><img src="s400.jpg"><figcaption>${CAPTION}</figcaption></figure>`;

describe('a caption printed again at the start of a paragraph', () => {
  it('leaves the paragraph and stays under its picture (vi-qdnd-s400)', () => {
    expect(run(`<p>${CAPTION} ${STORY}</p>${figure}`)).toBe(`<p>${STORY}</p>${figure}`);
    expect(run(`${figure}<p><em>${CAPTION}</em>\n  ${STORY}</p>`)).toBe(`${figure}<p><em></em>${STORY}</p>`);
  });

  it('stays where the paragraph is the caption alone, or the caption is too short to tell', () => {
    expect(run(`<p>${CAPTION}</p>${figure}`)).toBe(`<p>${CAPTION}</p>${figure}`);
    const short = '<figure><img src="a.jpg"><figcaption>Hà Nội.</figcaption></figure>';
    expect(run(`<p>Hà Nội. ${STORY}</p>${short}`)).toBe(`<p>Hà Nội. ${STORY}</p>${short}`);
  });
});

describe('a caption printed again as paragraphs after its picture (a page\'s copy for the enlarged picture)', () => {
  const runCopies = (html: string): string => {
    const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root');
    if (!root) throw new Error('no root');
    removeCaptionCopies(root);
    return root.innerHTML;
  };
  const caption = 'Dylann Roof is escorted from the police department in Shelby, N.C., on June 18, 2015.';
  const credited = `<figure><img src="a.jpg"><figcaption><p>${caption} <b data-lede-credit="">Chuck Burton/AP</b></p></figcaption></figure>`;
  const story = '<p>A jury in Charleston has found Dylann Roof guilty on all 33 counts.</p>';

  it('drops the copy and the credit under it, and keeps the caption under its picture', () => {
    expect(runCopies(`${credited}<div><p>${caption}</p><p><span>Chuck Burton/AP</span></p></div>${story}`)).toBe(`${credited}<div></div>${story}`);
  });

  it('keeps one of a credit printed twice in the caption', () => {
    const twice = `<figure><img src="a.jpg"><figcaption><p>${caption} <b data-lede-credit="">Chuck Burton/AP</b></p><p><span data-lede-credit="">Chuck Burton/AP</span></p></figcaption></figure>`;
    expect(runCopies(twice)).toBe(credited);
  });

  it('keeps a paragraph before the picture, and a credit line under a paragraph that is no copy', () => {
    expect(runCopies(`<p>${caption}</p>${credited}`)).toBe(`<p>${caption}</p>${credited}`);
    const other = '<p>Chuck Burton/AP</p>';
    expect(runCopies(`${credited}${story}${other}`)).toBe(`${credited}${story}${other}`);
  });
});
