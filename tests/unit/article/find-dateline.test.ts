import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/scripts/lib/parse-html';
import { readPageMetadata } from '@/utils/article/page-metadata';

/** The visible dateline in the page patterns of Vietnamese dailies and portals (tests/fixtures/pages/vi-*). */
const NOW = Date.UTC(2026, 0, 1);
const TITLE = 'Hà Nội đề xuất hạ đê sông Hồng';
const BODY = '<p>Với cách làm trên, mặt đường Nghi Tàm sau khi cải tạo sẽ tương ứng với cao độ đường gom dân sinh và hai bên nhà dân.</p>';

function published(body: string): { published: string | null; modified: string | null } {
  const doc = parseHtml(`<!doctype html><html lang="vi"><head><title>${TITLE} - Báo</title></head><body>${body}</body></html>`, 'https://bao.example.vn/bai-viet.html');
  const { published: p, modified } = readPageMetadata(doc, { now: NOW });
  return { published: p, modified };
}

describe('the visible dateline', () => {
  it('is read inside a main column whose class says "sidebar" (VnExpress "sidebar-1")', () => {
    const got = published(`<div class="sidebar-1"><div class="header-content"><ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li></ul><span class="date">Thứ năm, 16/2/2017, 14:35 (GMT+7)</span></div><h1>${TITLE}</h1>${BODY}</div><div class="sidebar-2"><ul><li>Tin khác <span>17/2/2017 09:00</span></li></ul></div>`);
    expect(got.published).toBe('2017-02-16T14:35:00+07:00');
  });

  it("passes over another header's clock, a section bar with an h1 of its own, for the story's dateline", () => {
    const got = published(`<div class="bar"><h1>Thời sự</h1><span>16/02/2017 14:35</span></div><h1>${TITLE}</h1><div>Thứ năm, 12/2/2017, 08:10</div>${BODY}`);
    expect(got.published).toBe('2017-02-12T08:10:00+07:00');
    // Below the headline, a block of the story with an h1 of its own keeps its dateline.
    const below = published(`<h1>${TITLE}</h1><div><span>Thứ năm, 12/2/2017, 08:10</span><h1>Ý kiến bạn đọc</h1></div>${BODY}`);
    expect(below.published).toBe('2017-02-12T08:10:00+07:00');
  });

  it('reads a time and a date set in two elements with nothing between them (minified pages)', () => {
    const got = published(`<div class="box-date"><span class="time">09:30</span><span class="date">12/03/2018</span></div><h1>${TITLE}</h1>${BODY}`);
    expect(got.published).toBe('2018-03-12T09:30:00+07:00');
  });

  it('is read beside the headline even when every block is a "box-widget" (Công an nhân dân)', () => {
    const got = published(`<div class="main"><h1 class="box-widget title-news">${TITLE}</h1><div class="box-widget timepost">Thứ Ba, 14/08/2018, 07:40</div><div class="box-widget post-content">${BODY}</div></div>`);
    expect(got.published).toBe('2018-08-14T07:40:00+07:00');
  });

  it('takes an update label alone near the headline as the dateline ("Cập nhật: 07:25, 09/06/2019")', () => {
    const got = published(`<div id="header"><div class="ngay">Chủ nhật, 10/06/2019</div></div><div class="left"><div class="ctitle"><a href="/xa-hoi/">Xã hội</a></div><h1>${TITLE}</h1><div class="ddate">Cập nhật: 07:25, 09/06/2019</div>${BODY}</div>`);
    expect(got).toEqual({ published: '2019-06-09T07:25:00+07:00', modified: null });
  });

  it('keeps "Cập nhật" as the update when the same line gives the publication first', () => {
    const got = published(`<h1>${TITLE}</h1><div class="meta">Đăng: 08/06/2019 10:00 | Cập nhật: 09/06/2019 07:25</div>${BODY}`);
    expect(got).toEqual({ published: '2019-06-08T10:00:00+07:00', modified: '2019-06-09T07:25:00+07:00' });
  });

  it("lets a portal's banner day give way to the same day's dateline with its time", () => {
    const got = published(`<div id="banner"><div class="date-time">Thứ Năm, 20/09/2018</div></div><div class="box-news-detail"><div class="title-news-detail">${TITLE}</div><div class="date-news-detail">Ngày đăng: 20/9/2018 9:15</div>${BODY}</div>`);
    expect(got.published).toBe('2018-09-20T09:15:00+07:00');
  });

  it('reads the time after a bar ("Ngày đăng: 24/03/2018 | 08:15") and a Vietnamese afternoon mark ("3:20 CH")', () => {
    expect(published(`<h1>${TITLE}</h1><div class="news-date">Ngày đăng: 24/03/2018 | 08:15</div>${BODY}`).published).toBe('2018-03-24T08:15:00+07:00');
    expect(published(`<h1>${TITLE}</h1><div class="news-date"><span>Đăng lúc:</span> 15/01/2019 3:20 CH</div>${BODY}`).published).toBe('2019-01-15T15:20:00+07:00');
  });

  it('keeps a day-only publication when a later update states another day with its time', () => {
    const doc = parseHtml(`<!doctype html><html lang="en"><head><title>Mayor opens the bridge</title></head><body><h1>Mayor opens the bridge</h1><p class="published">Published January 5, 2024</p><p>The new bridge over the river opened to traffic on Friday after three years of works.</p><p class="updated">Updated January 6, 2024 3:05 pm</p></body></html>`, 'https://news.example/story');
    const got = readPageMetadata(doc, { now: NOW });
    expect(got.published).toBe('2024-01-05');
  });
  it("never takes a caption's date, even when the caption sits short inside a short picture box", () => {
    const got = published(`<h1>${TITLE}</h1><div class="image"><img src="a.jpg"><div class="imageCaption">Ảnh chụp ngày 03/06/2007 tại Hà Nội.</div></div>${BODY}<p class="meta">26/01/2024 10:21</p>`);
    expect(got.published).toBe('2024-01-26T10:21:00+07:00');
  });

  it('still reads a dateline printed beside a picture box', () => {
    const got = published(`<h1>${TITLE}</h1><div class="meta"><span class="date">26/01/2024 10:21</span></div><div class="image"><img src="a.jpg"><p class="caption">Ảnh minh họa</p></div>${BODY}`);
    expect(got.published).toBe('2024-01-26T10:21:00+07:00');
  });
});
