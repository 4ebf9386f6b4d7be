import { expect } from 'vitest';

/** What a reader of the popup sees of the seed page: only what is rendered and visible. */
export interface SeenArticle {
  title: string;
  byline: string;
  dateline: string;
  /** Visible body paragraphs' text, in order. */
  paragraphs: string[];
  /** Visible captions under the pictures. */
  captions: string[];
  /** The outline's three group counts as shown in their headings (sections, quotes, key points). */
  groupCounts: number[];
  /** Nothing sticks out sideways: the popup never scrolls horizontally. */
  fitsWidth: boolean;
  /** The title is inside the viewport when the popup opens. */
  titleInView: boolean;
}

/**
 * Runs inside the popup (passed to `evaluate`), so it stays self-contained. "Visible" means
 * laid out with a size and not hidden by CSS.
 */
export function readSeenArticle(): SeenArticle {
  const visible = (el: Element): boolean => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  };
  const texts = (selector: string): string[] =>
    Array.from(document.querySelectorAll(selector))
      .filter(visible)
      .map((el) => (el.textContent ?? '').replace(/\s+/gu, ' ').trim())
      .filter((text) => text.length > 0);
  const title = document.querySelector('h1.article-title');
  const box = title?.getBoundingClientRect();
  const root = document.scrollingElement ?? document.documentElement;
  return {
    title: texts('h1.article-title')[0] ?? '',
    byline: texts('.byline')[0] ?? '',
    dateline: texts('time.published')[0] ?? '',
    paragraphs: texts('.article-body p'),
    captions: texts('.article-body figcaption'),
    groupCounts: Array.from(document.querySelectorAll('nav.outline .outline-group > summary .count')).map((el) => Number(el.textContent)),
    fitsWidth: root.scrollWidth <= root.clientWidth + 1,
    titleInView: box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight,
  };
}

/** The seed page's outline: 1 section (the lessons), 4 quotes, 4 key points (as tests/unit/cli.test.ts asserts). */
export const SEED_GROUP_COUNTS = [1, 4, 4];
/** Every jumpable entry: 1 section + its 5 lessons, 4 quotes, 4 key points + the 5 lessons under the last. */
export const SEED_OUTLINE_ITEMS = 19;

const LESSONS = ['Một là,', 'Hai là,', 'Ba là,', 'Bốn là,', 'Năm là,'];
const FURNITURE = ['Tin liên quan', 'Ý kiến bạn đọc', 'Chia sẻ', 'In bài viết', 'Tin mới nhất', 'Thống kê truy cập', 'Trang chủ', 'Gửi ý kiến'];

/** The seed page as a reader must see it in either browser (tests/fixtures/seed/dongda-portal.html). */
export function expectSeedAsSeen(seen: SeenArticle): void {
  expect(seen.title).toMatch(/^Đảng uy Khối Doanh nghiệp quận Đống Đa/u);
  expect(seen.titleInView).toBe(true);
  expect(seen.byline).toBe('PV');
  expect(seen.dateline).toMatch(/2024/u);
  // The sapo, then the body: 12 paragraphs of text, the five lessons each its own paragraph, in order.
  expect(seen.paragraphs[0]).toMatch(/^Ngày 25\/1 Đảng ủy Khối Doanh nghiệp/u);
  expect(seen.paragraphs.length).toBeGreaterThanOrEqual(12);
  const lessonAt = LESSONS.map((lesson) => seen.paragraphs.findIndex((p) => p.startsWith(lesson)));
  expect(lessonAt.every((at) => at > 0)).toBe(true);
  expect([...lessonAt].sort((a, b) => a - b)).toEqual(lessonAt);
  expect(seen.paragraphs.some((p) => p === 'PV')).toBe(false);
  for (const junk of FURNITURE) expect(seen.paragraphs.join('\n')).not.toContain(junk);
  // Three pictures' captions, each shown once and never as body text.
  expect(seen.captions).toEqual([
    'Ông Nguyễn Văn Quang – Phó bí thư, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối Doanh nghiệp quận Đống Đa trình bày báo cáo tại hội nghị.',
    'Toàn cảnh hội nghị.',
    'Ông Vũ Mạnh Chiến – Bí thư Đảng ủy Khối Doanh nghiệp quận Đống Đa trao huy hiệu Đảng cho các đảng viên lão thành.',
  ]);
  for (const caption of seen.captions) expect(seen.paragraphs).not.toContain(caption);
  expect(seen.groupCounts).toEqual(SEED_GROUP_COUNTS);
  expect(seen.fitsWidth).toBe(true);
}
