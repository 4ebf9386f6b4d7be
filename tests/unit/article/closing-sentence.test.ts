import { describe, expect, it } from 'vitest';
import { removeClosingFurnitureSentence } from '@/utils/article/closing-sentence';
import { afterPass, STORY } from './helpers';

const clean = afterPass(removeClosingFurnitureSentence);

describe('a furniture sentence run into the last paragraph', () => {
  it("takes a live page's reload prompt and an ad marker out of the last paragraph, keeping its sentences", () => {
    const vi = clean(`${STORY}<p>Gợi ý đáp án môn Sinh học mã đề 201. Ấn F5 để tiếp tục cập nhật.</p>`);
    expect(vi.lastElementChild?.textContent).toBe('Gợi ý đáp án môn Sinh học mã đề 201.');
    const en = clean(`${STORY}<p>The vote is due in <em>May</em>. Advertisement</p>`);
    expect(en.lastElementChild?.textContent).toBe('The vote is due in May.');
  });

  it('keeps the opener mid-paragraph, in an earlier paragraph, or as a paragraph of its own', () => {
    const mid = '<p>Ấn F5 để tiếp tục cập nhật. Thí sinh làm bài trong 50 phút.</p>';
    expect(clean(`${STORY}${mid}`).textContent).toContain('Ấn F5');
    expect(clean(`<p>Kết quả sẽ có sau. Ấn F5 để tiếp tục cập nhật.</p>${STORY}`).textContent).toContain('Ấn F5');
    // After the story's words in an element of their own, the sentence stays: the block is the story's.
    expect(clean(`${STORY}<p><strong>Kết quả sẽ có sau</strong> Ấn F5 để tiếp tục cập nhật.</p>`).textContent).toContain('Ấn F5');
    // The body's only block is the story.
    expect(clean('<p>Ấn F5 để tiếp tục cập nhật.</p>').textContent).toContain('Ấn F5');
  });

  it('removes the last block when the furniture sentence is all it holds', () => {
    const root = clean(`${STORY}<p>Ấn F5 để tiếp tục cập nhật.</p>`);
    expect(root.textContent).not.toContain('Ấn F5');
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });

  it('reads only the end of a very long last paragraph', () => {
    const long = `<p>${'The council met again. '.repeat(50000)}Advertisement</p>`;
    const root = clean(`${STORY}${long}`);
    expect(root.textContent?.endsWith('The council met again.')).toBe(true);
  });
});
