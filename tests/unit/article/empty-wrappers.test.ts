import { describe, expect, it } from 'vitest';
import { removeEmptyWrappers } from '@/utils/article/body-passes';
import { bodyOf } from './helpers';

describe('wrappers that show nothing', () => {
  it('removes an empty div and span', () => {
    const root = bodyOf('<div><p>Text</p><div> </div><span></span></div>');
    removeEmptyWrappers(root);
    expect(root.innerHTML).toBe('<div><p>Text</p></div>');
  });

  it('leaves a space for a span of spaces between two words (Word\'s list bullets: "§ Teaching", not "§Teaching")', () => {
    const root = bodyOf('<p><span>§<span>\u00a0\u00a0\u00a0</span></span>Teaching: load</p>');
    removeEmptyWrappers(root);
    expect(root.textContent).toBe('§ Teaching: load');
  });
});
