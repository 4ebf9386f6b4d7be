import type { SavedOutline } from '../../../utils/library/schema';
import { withSearchTokens } from '../../../utils/library/search-tokens';
import { generatedRecords } from '../../../scripts/lib/generate-library';

/**
 * Five saved articles for the Timeline browser tests (chromium-timeline, firefox-timeline):
 * publish dates across two years in three zones, one article with none (placed at its save,
 * and said so), tags shared and absent, three sites. Complete records from the benchmark's
 * generator, given these titles, dates, sites and tags.
 */
const ARTICLES: Pick<SavedOutline, 'title' | 'published' | 'siteName' | 'tags' | 'savedAt'>[] = [
  { title: 'Cầu Tứ Liên khởi công trong tháng 10', published: '2025-09-20T08:00:00+07:00', siteName: 'Tin Hà Nội', tags: ['giao thông', 'Hà Nội'], savedAt: Date.UTC(2025, 8, 21) },
  { title: 'Quận Đống Đa hoàn thành 12 trường học mới', published: '2025-10-02', siteName: 'Tin Hà Nội', tags: ['Hà Nội'], savedAt: Date.UTC(2025, 9, 3) },
  { title: 'Budget talks resume after the holiday', published: '2024-12-30T22:00:00-05:00', siteName: 'Example News', tags: [], savedAt: Date.UTC(2025, 0, 2) },
  // Published at 02:00 on New Year's Day in Hanoi: January on the page, though still December in UTC.
  { title: 'Đêm bầu cử ở Hà Nội', published: '2025-01-01T02:00:00+07:00', siteName: 'VnExpress', tags: ['bầu cử'], savedAt: Date.UTC(2025, 0, 1, 12) },
  { title: 'Mưa lớn ở miền Trung', published: null, siteName: 'VnExpress', tags: ['thời tiết'], savedAt: Date.UTC(2025, 10, 3, 9) },
];

export const TIMELINE_RECORDS: SavedOutline[] = generatedRecords(0, ARTICLES.length).map((record, i) => withSearchTokens({ ...record, ...ARTICLES[i], updatedAt: ARTICLES[i]?.savedAt ?? record.savedAt }));

/** The titles as the Timeline lists them by month, newest first. */
export const BY_MONTH = [
  ['November 2025', ['Mưa lớn ở miền Trung']],
  ['October 2025', ['Quận Đống Đa hoàn thành 12 trường học mới']],
  ['September 2025', ['Cầu Tứ Liên khởi công trong tháng 10']],
  ['January 2025', ['Đêm bầu cử ở Hà Nội']],
  ['December 2024', ['Budget talks resume after the holiday']],
];
