import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/scripts/lib/parse-html';
import { readPage } from '@/utils/read-page';

import { SEED_FILE as SEED, SEED_URL } from '../fixtures/seed';

function extractSeed() {
  const result = readPage(parseHtml(readFileSync(SEED, 'utf8'), SEED_URL), SEED_URL);
  if (!result.ok) throw new Error(`extraction failed: ${result.reason}`);
  return result;
}

describe('the seed page (dongda-portal.html)', () => {
  it('reads the title without the portal name', () => {
    expect(extractSeed().article.title).toMatch(/^Đảng uy Khối Doanh nghiệp quận Đống Đa/u);
    expect(extractSeed().article.title).not.toContain('Cổng thông tin');
  });

  it('keeps the page language and the site name', () => {
    const { article } = extractSeed();
    expect(article.lang).toBe('vi');
    expect(article.dir).toBe('ltr');
    expect(article.siteName).toBe('Cổng thông tin điện tử quận Đống Đa');
  });

  it('keeps the five lessons in the body text', () => {
    const { text } = extractSeed().article;
    for (const lesson of ['Một là,', 'Hai là,', 'Ba là,', 'Bốn là,', 'Năm là,']) expect(text).toContain(lesson);
  });

  it('leaves the related links and the comment form out', () => {
    const { text } = extractSeed().article;
    expect(text).not.toContain('Tin liên quan');
    expect(text).not.toContain('Ý kiến bạn đọc');
  });

  it('never changes the page it reads', () => {
    const page = parseHtml(readFileSync(SEED, 'utf8'), SEED_URL);
    const before = page.documentElement.outerHTML;
    readPage(page, SEED_URL);
    expect(page.documentElement.outerHTML).toBe(before);
  });
});
