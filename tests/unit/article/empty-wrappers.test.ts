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

  it('removes list items with no text (a bare bullet) and a list left with none, keeps an item with a picture', () => {
    const root = bodyOf('<ul><li>First point</li><li> </li><li><span></span></li></ul><ul><li>\u00a0</li></ul><ol><li><img src="/a.jpg"></li></ol>');
    removeEmptyWrappers(root);
    expect(root.innerHTML).toBe('<ul><li>First point</li></ul><ol><li><img src="/a.jpg"></li></ol>');
  });

  it('removes a paragraph or list item of line breaks alone (a blank line), keeps a div of breaks between loose lines', () => {
    const root = bodyOf('<p><b><br><span></span></b></p><p>Story</p><ul><li><br></li></ul><div>Line one<div><br></div>Line two</div>');
    removeEmptyWrappers(root);
    expect(root.innerHTML).toBe('<p>Story</p><div>Line one<div><br></div>Line two</div>');
  });

  it('removes the line breaks that open a block before its text or follow a block, keeps those between lines of loose text', () => {
    const root = bodyOf('<div><br>\n<br><div><p>Portsmouth made the best start.</p></div><br>More<br><br>Lines</div>');
    removeEmptyWrappers(root);
    expect(root.innerHTML).toBe('<div>\n<div><p>Portsmouth made the best start.</p></div>More<br><br>Lines</div>');
  });
});
