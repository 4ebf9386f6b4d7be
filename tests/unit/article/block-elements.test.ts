import { describe, expect, it } from 'vitest';
import { firstBlockElements, listBlockElements } from '@/utils/article/block-elements';
import { bodyOf } from './helpers';

describe("the body's blocks", () => {
  const root = bodyOf('<div><p>One</p><ul><li>Two</li><li><p>Three</p></li></ul></div><table><tr><td><p>Four</p></td></tr></table><blockquote>Five</blockquote><h2>Six</h2>');

  it('are the innermost block elements in reading order, a table read whole', () => {
    expect(listBlockElements(root).map((el) => el.textContent)).toEqual(['One', 'Two', 'Three', 'Four', 'Five', 'Six']);
  });

  it('the first few are the same elements, found without the rest', () => {
    const all = listBlockElements(root);
    for (const count of [0, 1, 2, 3, 5, 6, 10]) expect(firstBlockElements(root, count)).toEqual(all.slice(0, count));
  });
});
