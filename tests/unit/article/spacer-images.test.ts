import { describe, expect, it } from 'vitest';
import { isSpacerImage, removeSpacerImages } from '@/utils/article/spacer-images';
import { afterPass, bodyOf } from './helpers';

const img = (attrs: string): Element => {
  const el = bodyOf(`<img src="https://x.example/a.gif" ${attrs}>`).querySelector('img');
  if (!el) throw new Error('no img');
  return el;
};

describe('images that only hold space', () => {
  it('are the small spacers, one-pixel counters and thin rules whose size the page states', () => {
    for (const attrs of ['width="7" height="5"', 'width="1" height="1"', 'width="10px" height="1"', 'width="464" height="2"']) expect(isSpacerImage(img(attrs))).toBe(true);
  });

  it('are never a photo: no stated size, a stated 0 (a CMS "auto"), a percentage, a small icon-sized picture', () => {
    for (const attrs of ['', 'width="570" height="0"', 'width="100%" height="1"', 'width="38" height="48"', 'width="5"']) expect(isSpacerImage(img(attrs))).toBe(false);
  });

  it('leave the body, the photo beside them stays', () => {
    const root = afterPass(removeSpacerImages)('<p><img src="https://x.example/clear.gif" width="7" height="5"></p><p><img src="https://x.example/photo.jpg" width="600" height="400"></p>');
    expect([...root.querySelectorAll('img')].map((el) => el.getAttribute('src'))).toEqual(['https://x.example/photo.jpg']);
  });
});
