import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeCaptionEchoes } from '@/utils/article/caption-echoes';

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
