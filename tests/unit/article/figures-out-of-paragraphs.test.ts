import { describe, expect, it } from 'vitest';
import { liftFiguresOutOfParagraphs } from '@/utils/article/figures-out-of-paragraphs';
import { bareContext, bodyOf } from './helpers';

const FIGURE = '<figure><img src="https://x.example/a.jpg"><figcaption>After the attacks</figcaption></figure>';

/** A paragraph holding a figure, built in the DOM: the HTML parser would not let one stand there. */
function paragraphWithFigure(before: string, after: string): Element {
  const root = bodyOf(`<p class="x"></p>${FIGURE}<p>Story</p>`);
  const [paragraph, figure] = [root.querySelector('p'), root.querySelector('figure')];
  if (!paragraph || !figure) throw new Error('no paragraph');
  paragraph.append(before, figure, after);
  return root;
}

describe('a figure set in a paragraph', () => {
  it('stands on its own, with no empty paragraph around it', () => {
    const root = paragraphWithFigure('', '');
    liftFiguresOutOfParagraphs(root, bareContext());
    expect(root.innerHTML).toBe(`${FIGURE}<p>Story</p>`);
  });

  it("parts the paragraph's words around it, as the HTML parser would, each half kept", () => {
    const root = paragraphWithFigure('Before ', ' after');
    liftFiguresOutOfParagraphs(root, bareContext());
    expect(root.innerHTML).toBe(`<p class="x">Before </p>${FIGURE}<p class="x"> after</p><p>Story</p>`);
  });
});
