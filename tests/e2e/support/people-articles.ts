import type { Article } from '../../../utils/article/types';
import type { Outline, Quote } from '../../../utils/outline/types';

/**
 * Three saved articles for the People and citation browser tests (chromium-people,
 * firefox-people): Nguyễn Văn Quang quoted in two of them, once in capitals; bylines with a
 * Vietnamese surname first and a news agency ("Theo TTXVN").
 */

function article(n: number, title: string, byline: string, published: string): Article {
  return {
    url: `https://tin.example.vn/bai-viet/${n}.html`,
    title,
    subtitle: null,
    bylines: [byline],
    byline,
    published,
    modified: null,
    siteName: 'Tin Hà Nội',
    lang: 'vi',
    dir: 'ltr',
    leadImage: null,
    excerpt: null,
    wordCount: 40,
    readingMinutes: 1,
    html: '',
    text: `${title}. Một đoạn văn ngắn để lưu và đọc lại khi không có mạng.`,
    figures: [],
    readerable: true,
  };
}

const quote = (speaker: string, role: string | null, text: string, block: number): Quote => ({ text, speaker, role, kind: 'direct', anchor: { block } });
const outline = (quotes: Quote[]): Outline => ({ sections: [], quotes, keyPoints: [] });

export const SAVED: [Article, Outline][] = [
  [
    article(1, 'Cầu Tứ Liên khởi công trong tháng 10', 'Nguyễn Thu Hà', '2025-09-20T08:00:00+07:00'),
    outline([quote('Nguyễn Văn Quang', 'Chủ tịch UBND quận', 'Chúng tôi sẽ giải phóng mặt bằng trước tháng 10', 2), quote('Trần Thị Mai', 'người dân', 'Nhà tôi đã nhận tiền đền bù', 4)]),
  ],
  [
    article(2, 'Quận Đống Đa hoàn thành 12 trường học mới', 'Lê Minh', '2025-10-02T09:30:00+07:00'),
    outline([quote('NGUYỄN VĂN QUANG', 'chủ tịch UBND quận', 'Mười hai trường sẽ đón học sinh từ tháng 9', 1)]),
  ],
  [article(3, 'Giá vàng tăng mạnh', 'Theo TTXVN', '2025-10-05'), outline([quote('Phạm Đức Sơn', 'chuyên gia', 'Giá vàng còn biến động', 3)])],
];

