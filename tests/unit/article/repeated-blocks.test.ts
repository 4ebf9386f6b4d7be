import { describe, expect, it } from 'vitest';
import { removeRepeatedBlocks } from '@/utils/article/repeated-blocks';
import { afterPass } from './helpers';

const FIRST = 'BEIJING—Manufacturing activity in China declined in July but at a more moderate pace, according to an early gauge.';
const SECOND = 'The preliminary purchasing managers index rose to 49.5 in July compared with a final reading of 48.2 in June.';
const THIRD = 'Economists said the figures pointed to a recovery later in the year, as earlier cuts in interest rates take effect.';

const clean = afterPass(removeRepeatedBlocks);

describe('a story printed twice', () => {
  it('keeps one copy when the page prints the story again right after it (a hidden subscriber copy)', () => {
    const copy = `<h3>BY AARON BACK</h3><p>${FIRST}</p><p>${SECOND}</p>`;
    const root = clean(`<div>${copy}</div><div>${copy}</div><p>${THIRD}</p>`);
    expect(Array.from(root.querySelectorAll('p'), (p) => p.textContent)).toEqual([FIRST, SECOND, THIRD]);
  });

  it('keeps a pull quote that repeats one paragraph, and a paragraph quoted further down', () => {
    const root = clean(`<p>${FIRST}</p><p>${SECOND}</p><blockquote><p>${SECOND}</p></blockquote><p>${THIRD}</p><p>Reply</p><p>${FIRST}</p>`);
    expect(root.querySelectorAll('p')).toHaveLength(6);
  });
});
