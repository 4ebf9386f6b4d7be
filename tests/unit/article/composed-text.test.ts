import { describe, expect, it } from 'vitest';
import { composeText } from '@/utils/article/composed-text';
import { bodyOf, extractHtml } from './helpers';

/** "Ấn F5 để tiếp tục cập nhật." as some Vietnamese sites store it: "Â" and a combining acute. */
const DECOMPOSED = 'Ấn F5 để tiếp tục cập nhật.'.normalize('NFD');

describe('decomposed text', () => {
  it('is composed in every text node of the body', () => {
    const root = bodyOf(`<p>${DECOMPOSED}</p><p><em>${'Hội nghị'.normalize('NFD')}</em> tổng kết</p>`);
    composeText(root);
    expect(root.querySelector('p')?.textContent).toBe('Ấn F5 để tiếp tục cập nhật.');
    expect(root.querySelector('em')?.textContent).toBe('Hội nghị');
  });

  it('leaves a composed body as it is, marks of Thai and Hindi included', () => {
    const root = bodyOf('<p>ภาษาไทย</p><p>हिन्दी समाचार</p>');
    const nodes = Array.from(root.querySelectorAll('p'), (p) => p.firstChild);
    composeText(root);
    expect(Array.from(root.querySelectorAll('p'), (p) => p.firstChild)).toEqual(nodes);
    expect(root.textContent).toBe('ภาษาไทยहिन्दी समाचार');
  });

  it("lets the packs' words find a decomposed page's furniture", () => {
    const story = '<p>Sáng nay, thí sinh cả nước hoàn thành bài thi tổ hợp Khoa học tự nhiên. Nhiều thí sinh cho biết đề thi năm nay dễ hơn năm ngoái.</p>'.repeat(3);
    const page = `<!doctype html><html lang="vi"><head><title>Đề thi Sinh học</title></head><body><article><h1>Đề thi Sinh học</h1>${story}<p>${DECOMPOSED.replace(/\.$/u, '')}</p></article></body></html>`;
    expect(extractHtml(page.normalize('NFD')).text).not.toContain('F5');
  });
});
