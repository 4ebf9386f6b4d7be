import type { Article } from '../../../utils/article/types';
import type { Outline } from '../../../utils/outline/types';

/**
 * One saved article for the highlights browser tests (chromium-highlights, firefox-highlights):
 * a sentence said twice (the reader highlights the second), inline markup inside a paragraph,
 * Vietnamese text, and blocks marked as Lede saves them.
 */
const REPEATED = 'Cầu sẽ thông xe trước Tết';

export const HIGHLIGHT_ARTICLE: Article = {
  url: 'https://tin.example.vn/cau-tu-lien.html',
  title: 'Cầu Tứ Liên khởi công trong tháng 10',
  subtitle: null,
  bylines: ['Nguyễn Thu Hà'],
  byline: 'Nguyễn Thu Hà',
  published: '2025-09-20T08:00:00+07:00',
  modified: null,
  siteName: 'Tin Hà Nội',
  lang: 'vi',
  dir: 'ltr',
  leadImage: null,
  excerpt: null,
  wordCount: 90,
  readingMinutes: 1,
  html:
    `<p data-lede-block="0">Sáng nay, UBND thành phố cho biết ${REPEATED}, theo kế hoạch đã duyệt.</p>` +
    '<p data-lede-block="1">Ông Nguyễn Văn Quang, <b>Chủ tịch UBND quận</b>, nói việc giải phóng mặt bằng đã xong 90%.</p>' +
    `<p data-lede-block="2">Người dân hỏi về tiếng ồn. Ông Quang nhắc lại: ${REPEATED}, dù trời mưa nhiều.</p>` +
    '<p data-lede-block="3">Công trình dài 4,2 km, vốn đầu tư 8.000 tỷ đồng.</p>',
  text: '',
  figures: [],
  readerable: true,
};

export const HIGHLIGHT_OUTLINE: Outline = { sections: [], quotes: [], keyPoints: [] };

/** What the reader selects: the repeated sentence in the third paragraph, not the first. */
export const SELECTED_WORDS = REPEATED;
export const SELECTED_BLOCK = 2;
export const NOTE = 'Hỏi lại sở GTVT: thông xe trước Tết?';

/**
 * The page coordinates of the first and last letter of `words` inside block `block`, for a
 * mouse drag (self-contained: it runs in the page).
 */
export function wordsRect({ words, block }: { words: string; block: number }): { x1: number; y1: number; x2: number; y2: number } | null {
  const para = document.querySelector(`.article-body [data-lede-block="${block}"]`);
  const walker = para ? document.createTreeWalker(para, NodeFilter.SHOW_TEXT) : null;
  for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
    const text = node as Text;
    const at = text.data.indexOf(words);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    const first = range.getBoundingClientRect();
    range.setStart(text, at + words.length - 1);
    range.setEnd(text, at + words.length);
    const last = range.getBoundingClientRect();
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }
  return null;
}

/** The marks on the page: their paragraph and text, and the highlights list. */
export function highlightState(): { marks: { block: string | null; text: string }[]; listed: string[]; notes: string[] } {
  return {
    marks: Array.from(document.querySelectorAll('.article-body mark.reader-highlight'), (mark) => ({
      block: mark.closest('[data-lede-block]')?.getAttribute('data-lede-block') ?? null,
      text: mark.textContent ?? '',
    })),
    listed: Array.from(document.querySelectorAll('.highlight-quote'), (quote) => quote.textContent ?? ''),
    notes: Array.from(document.querySelectorAll('.highlight-note'), (note) => note.textContent ?? ''),
  };
}

/** What the drag needs from a page, whether Playwright's (Chromium) or Puppeteer's (Firefox). */
export interface DragPage {
  /** Runs a self-contained function in the page and returns its (serializable) result. */
  inPage<R>(fn: () => R | Promise<R>): Promise<R>;
  /** `wordsRect` for SELECTED_WORDS in SELECTED_BLOCK, run in the page. */
  selectedWordsRect(): Promise<ReturnType<typeof wordsRect>>;
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void>; down(): Promise<void>; up(): Promise<void> };
}

/**
 * Where the words stand once the layout has stopped moving: measured after the fonts are in and
 * two frames, then again until two measures agree (the highlights list and a late face can still
 * shift the text; a drag measured before that once ended at ", dù trời mưa nhi" in Firefox).
 */
async function settledWordsRect(page: DragPage): Promise<NonNullable<ReturnType<typeof wordsRect>>> {
  let last: ReturnType<typeof wordsRect> = null;
  for (let tries = 0; tries < 10; tries++) {
    await page.inPage(() => document.fonts.ready.then(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))));
    const rect = await page.selectedWordsRect();
    if (!rect) throw new Error('words not on the page');
    if (last && JSON.stringify(last) === JSON.stringify(rect)) return rect;
    last = rect;
  }
  if (!last) throw new Error('words not on the page');
  return last;
}

/**
 * Drags the mouse over SELECTED_WORDS, as a reader selects them. Measured once the reading view's
 * fonts are in: a face that arrives after the measure moves the words ("…trước Tết" dragged to
 * ", dù t"), so the selection is checked and, if the text moved, the drag is done once more.
 */
export async function dragOverSelectedWords(page: DragPage): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const rect = await settledWordsRect(page);
    await page.mouse.move(rect.x1, rect.y1);
    await page.mouse.down();
    await page.mouse.move(rect.x2, rect.y2, { steps: 8 });
    await page.mouse.up();
    const selected = await page.inPage(() => getSelection()?.toString() ?? '');
    if (selected === SELECTED_WORDS) return;
    if (attempt === 2) throw new Error(`three drags selected "${selected}", not "${SELECTED_WORDS}"`);
    await page.inPage(() => getSelection()?.removeAllRanges());
  }
}
