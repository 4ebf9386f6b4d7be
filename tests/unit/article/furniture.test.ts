import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '@/utils/article/boilerplate';
import { removeHeaderEchoes } from '@/utils/article/header-echoes';
import { bodyOf, STORY } from './helpers';

/** Furniture the reading view must not show, each in a snippet between two real paragraphs: STORY (helpers.ts), or this one in Vietnamese. */
const VI = '<p>Sáng nay, UBND quận tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả và đề ra nhiệm vụ trọng tâm cho năm tới.</p>';

function clean(html: string, title = ''): Element {
  const root = bodyOf(html);
  const ctx = { bylines: [], lang: null, title, knownBylines: [] };
  removeBoilerplate(root, ctx);
  removeHeaderEchoes(root, ctx);
  return root;
}

function keepsOnlyStory(html: string, gone: RegExp, title = ''): void {
  const root = clean(html, title);
  expect(root.textContent ?? '').not.toMatch(gone);
  expect(root.querySelectorAll('p').length).toBeGreaterThanOrEqual(1);
}

describe('furniture removed by general rules', () => {
  it('a side column’s box a layout table set before the story (a hotline), but not a lead sentence', () => {
    const story = `<div>${VI.repeat(4)}</div>`;
    keepsOnlyStory(`<div><div><p>Tổng đài 1022</p><p>Gọi 0236.1022 để phản ánh, góp ý</p></div>${story}</div>`, /Tổng đài|0236/u);
    const lead = clean(`<div><div><p>Hà Nội</p><p>Thành phố công bố kế hoạch mới.</p></div>${story}</div>`);
    expect(lead.textContent ?? '').toContain('Thành phố công bố kế hoạch mới.');
  });

  it('advertisement labels in several languages: REKLAM, Annons, [PR], 広告', () => {
    for (const label of ['REKLAM', 'Annons', '[PR]', '広告', 'Advertisement', 'Skip advertisement']) {
      keepsOnlyStory(`${STORY}<div>${label}</div>${STORY}`, new RegExp(label.replace(/[[\]]/gu, '\\$&'), 'u'));
    }
  });

  it('Chinese tool lines: a QR prompt, the report-an-error link, "分享到："', () => {
    const ZH = '<p>国务院总理李强16日主持召开国务院常务会议，部署推动经济持续回升向好的政策措施，研究加强基础设施建设等工作。</p>';
    keepsOnlyStory(`${ZH}<p>扫一扫在手机打开当前页</p>${ZH}`, /扫一扫/u);
    keepsOnlyStory(`${ZH}<p>【纠错】</p>${ZH}`, /纠错/u);
    keepsOnlyStory(`${ZH}<p>【我要纠错】 责任编辑：王五</p>`, /纠错|王五/u);
    keepsOnlyStory(`${ZH}<div>分享到：</div>${ZH}`, /分享到/u);
    // A portal's closing lines: the app prompt, "see more", report, the end mark, the disclaimer; the source's title over the story.
    keepsOnlyStory(`${ZH}<p>点击查看更多</p><p>打开APP阅读全文</p><p>举报/反馈</p>`, /查看更多|阅读全文|举报/u);
    keepsOnlyStory(`<p>原标题：国家统计局：前三季度GDP增长5.2%</p>${ZH}${ZH}<p>（完）</p>`, /原标题|完/u);
    keepsOnlyStory(`${ZH}${ZH}<p>声明：本文仅代表作者观点，不代表本站立场。</p>`, /声明/u);
  });

  it('Korean related-story pointers and box headings: "▶ 관련기사:", "[이 시각 많이 본 기사]"', () => {
    const KO = '<p>정부는 16일 국무회의를 열고 내년도 예산안을 확정했다. 총지출 규모는 656조원으로 올해보다 2.8% 늘었다.</p>';
    keepsOnlyStory(`${KO}<p>▶ 관련기사: <a href="/x">내년 예산 656조원</a></p>${KO}`, /관련기사/u);
    keepsOnlyStory(`${KO}<p>[이 시각 많이 본 기사]</p>`, /많이 본/u);
  });

  it('Japanese pointers: "【関連記事】<link>", a line "あわせて読みたい" and the list of links under it, "この記事をシェアする"', () => {
    const JA = '<p>政府は16日の閣議で、新たな経済対策を決定した。総額は17兆円規模となり、所得税の減税や低所得世帯への給付が柱となる。</p>';
    keepsOnlyStory(`${JA}<p>【関連記事】<a href="/x">経済対策の全容</a></p>${JA}`, /関連記事|全容/u);
    keepsOnlyStory(`${JA}<p>あわせて読みたい</p><ul><li><a href="/a">減税の効果は</a></li><li><a href="/b">給付金の対象</a></li></ul>${JA}`, /あわせて|減税の効果|給付金の対象/u);
    keepsOnlyStory(`${JA}<p>この記事をシェアする</p>`, /シェア/u);
  });

  it('keeps a list after a line that only begins with a pointer word', () => {
    const root = clean(`${STORY}<p>Related news from the council meeting was mixed</p><ul><li><a href="/a">Budget</a></li><li><a href="/b">Transit</a></li></ul>${STORY}`);
    expect(root.textContent).toContain('Related news from the council');
  });

  it('Arabic pointers and prompts: "اقرأ أيضا: <link>", "تابعونا على تويتر", "شارك المقال"', () => {
    const AR = '<p>أعلنت الحكومة يوم الخميس عن خطة اقتصادية جديدة تهدف إلى دعم الأسر ذات الدخل المحدود وتعزيز النمو.</p>';
    keepsOnlyStory(`${AR}<p>اقرأ أيضا: <a href="/x">الحكومة تناقش الموازنة الجديدة</a></p>${AR}`, /اقرأ/u);
    keepsOnlyStory(`${AR}<p>تابعونا على تويتر</p>${AR}`, /تابعونا/u);
    keepsOnlyStory(`${AR}<p>شارك المقال</p>`, /شارك/u);
  });

  it('Russian and Ukrainian follow prompts that name a network', () => {
    keepsOnlyStory(`${STORY}<p>Подписывайтесь на наш канал в Telegram</p>${STORY}`, /Подписывайтесь/u);
    keepsOnlyStory(`${STORY}<p>Підписуйтесь на наш канал у Telegram</p>${STORY}`, /Підписуйтесь/u);
  });

  it('a "[PR]" ad line with its link', () => {
    keepsOnlyStory(`${STORY}<p>[PR] <a href="https://ad.example/x">今なら初月無料キャンペーン実施中</a></p>${STORY}`, /PR|初月無料/u);
  });

  it('"Continue reading the main story", "Đọc tiếp", "Về trang Chủ đề", "Report an error"', () => {
    keepsOnlyStory(`${STORY}<p>Continue reading the main story</p>${STORY}`, /Continue reading/u);
    keepsOnlyStory(`${VI}<p><a href="/x">Đọc tiếp</a></p><p><a href="/chu-de">Về trang Chủ đề</a></p>${VI}`, /Đọc tiếp|Về trang/u);
    keepsOnlyStory(`${STORY}<div><a href="/report">Report an error</a></div>${STORY}`, /Report an error/u);
    keepsOnlyStory(`${STORY}<div><a href="/fehler">Fehler melden</a></div>${STORY}`, /Fehler melden/u);
    keepsOnlyStory(`${VI}<p>Lấy link</p><p><a href="#top">Lên đầu trang</a></p>`, /Lấy link|đầu trang/u);
    keepsOnlyStory(`${STORY}<p><a href="#top">Back to top</a></p>`, /Back to top/u);
    // The hint an in-story ad leaves behind (Sports Illustrated, field set).
    keepsOnlyStory(`${STORY}<div><span>Scroll to Continue</span></div>${STORY}`, /Scroll to Continue/u);
  });

  it('"Follow … on Instagram" prompts in English, Vietnamese and French', () => {
    keepsOnlyStory(`${STORY}<p>Follow BBC News on <a href="https://instagram.com/bbcnews">Instagram</a></p>`, /Follow/u);
    keepsOnlyStory(`${VI}<p>Theo dõi chúng tôi trên Zalo</p>`, /Theo dõi/u);
    keepsOnlyStory(`${STORY}<p>Suivez-nous sur Facebook</p>`, /Suivez/u);
    keepsOnlyStory(`${VI}<p><em>Theo dõi Báo Sức khỏe trên Google News</em></p>`, /Google News/u);
  });

  it('a box\'s toggles and a gallery\'s button left as lines, and the short ad label, in several languages', () => {
    keepsOnlyStory(`${STORY}<p>Show more</p><p>Show less</p><p>See Gallery</p><p>Advert</p>`, /Show|Gallery|Advert/u);
    keepsOnlyStory(`${VI}<p>Thu gọn</p>`, /Thu gọn/u);
    keepsOnlyStory(`${STORY}<p>Voir plus</p><p>Ver más</p><p>Mehr anzeigen</p>`, /Voir|Ver|Mehr/u);
  });

  it('a follow prompt that names the networks as one, and a bar of network names run together', () => {
    keepsOnlyStory(`${STORY}<p>FOLLOW US ON SOCIAL MEDIA</p><p>FacebookTwitterInstagramKOO APPYOUTUBE</p>`, /SOCIAL MEDIA|Facebook/u);
    keepsOnlyStory(`${VI}<p>Theo dõi chúng tôi trên mạng xã hội</p>`, /Theo dõi/u);
    // A sentence that names three networks is the story's.
    const named = '<p>Facebook, Twitter and YouTube all removed the video within hours, the company said.</p>';
    expect(clean(`${STORY}${named}`).textContent).toContain('removed the video');
  });

  it('Korean tool lines: the follow prompt and the tip line (the verb last), share, like and comment buttons with their counts', () => {
    const ko = '<p>정부가 내년도 예산안을 656조원 규모로 확정했다고 16일 밝혔다. 이는 올해 본예산보다 2.8% 늘어난 규모로, 역대 최저 수준의 증가율이다. 기획재정부는 이날 국무회의에서 예산안을 의결했다.</p>';
    keepsOnlyStory(`${ko}<p>네이버에서 연합뉴스 구독하기</p><p>제보는 카카오톡 okjebo</p>`, /네이버에서|제보는/u);
    keepsOnlyStory(`${ko}<p>기사 공유하기</p><p>좋아요 0</p><p>댓글 12</p>`, /공유하기|좋아요|댓글/u);
    // A sentence that opens so ends with a full stop, and stays.
    const sentence = '네이버에서 새 서비스를 시작했다.';
    expect(clean(`${ko}<p>${sentence}</p>${ko}`).textContent).toContain(sentence);
  });

  it('a follow prompt written as a sentence, in the story\'s tail only', () => {
    keepsOnlyStory(`${STORY}<p>Follow us on Twitter @example and on Facebook.</p>`, /Follow us/u);
    const opening = 'Follow-up talks on Facebook data policy will be held next week.';
    expect(clean(`${STORY}<p>${opening}</p>`).textContent).toContain(opening);
    const early = 'Follow the council on Facebook.';
    expect(clean(`<p>${early}</p>${STORY}${STORY}${STORY}${STORY}${STORY}`).textContent).toContain(early);
  });

  it('a share bar whose label and networks each sit in a block of their own', () => {
    keepsOnlyStory(`${STORY}<p>Share this:</p><p>Facebook</p><p>Twitter</p>`, /Share|Facebook|Twitter/u);
    keepsOnlyStory(`${STORY}<p>© 2024 Example News</p><p>Share this:</p><p>Facebook</p><p>Twitter</p>`, /©|Facebook/u);
  });

  it('the site inviting its readers to its programmes: "Mời quý độc giả theo dõi …"', () => {
    keepsOnlyStory(`${VI}<p>Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình Việt Nam trên TV Online!</p>`, /Mời quý/u);
    keepsOnlyStory(`${VI}<p>Mời bạn đọc xem video: Hà Nội mưa lớn</p>${VI}`, /Mời bạn đọc/u);
  });

  it("a writer's sign-off: \"Follow us!\" and the accounts under it, each a network's name and an address or a handle", () => {
    const signOff = '<p>Follow us!</p><p>Twitter: @nuttynomads</p><p>Facebook Fan Page: www.facebook.com/nuttynomads</p><p>Youtube Videos: http://www.youtube.com/user/nuttynomads</p><p>Instagram： @nomads_vn</p>';
    keepsOnlyStory(`${STORY}${signOff}`, /Follow|nuttynomads|nomads_vn/u);
    // A line that names a network before more than an address is the story's.
    const sentence = 'Twitter: the company said on Monday it would cut half of its staff.';
    expect(clean(`${STORY}<p>${sentence}</p>`).textContent).toContain(sentence);
    expect(clean(`${STORY}<p>Source: www.example.com/report</p>`).textContent).toContain('www.example.com/report');
  });

  it('keeps a sentence that mentions a network', () => {
    const sentence = 'The minister announced her resignation in a video posted on Instagram.';
    expect(clean(`${STORY}<p>${sentence}</p>`).textContent).toContain(sentence);
  });

  it('"Like this story? Share it with a friend!"', () => {
    keepsOnlyStory(`${STORY}<p>Like this story? Share it with a friend!</p>`, /Like this story/u);
  });

  it('"Image copyright Getty Images" and "Image caption" lines', () => {
    keepsOnlyStory(`${STORY}<p>Image copyright Getty Images</p>${STORY}`, /copyright/u);
  });

  it('a slide show\'s caption toggle ("HIDE CAPTION")', () => {
    keepsOnlyStory(`${STORY}<p><span>HIDE</span> CAPTION</p>${STORY}`, /CAPTION/u);
  });

  it('paywall and "one device at a time" modals', () => {
    keepsOnlyStory(`${STORY}<div><p>This article is for subscribers. Subscribe to continue reading, or log in.</p><button>Log in</button></div>`, /subscribers/u);
    keepsOnlyStory(`${STORY}<div><p>Your subscription lets you read on one device at a time.</p><a href="/here">Continue reading here</a></div>`, /one device/u);
  });

  it('next / previous links', () => {
    keepsOnlyStory(`${STORY}<div><a href="/p">« Previous article</a> <a href="/n">Next article »</a></div>`, /Previous|Next/u);
    keepsOnlyStory(`${VI}<p>Bài tiếp theo: <a href="/n">Hà Nội mở thêm phố đi bộ</a></p>`, /Bài tiếp theo/u);
  });

  it('tag lists', () => {
    keepsOnlyStory(`${STORY}<p>Tags: <a href="/t/1">council</a>, <a href="/t/2">budget</a>, <a href="/t/3">housing</a></p>`, /Tags|housing/u);
    keepsOnlyStory(`${VI}<div>Từ khóa: <a href="/t/1">Đống Đa</a> <a href="/t/2">hội nghị</a></div>`, /Từ khóa|hội nghị$/u);
  });

  it('app ads and sign-up prompts', () => {
    keepsOnlyStory(`${STORY}<div><a href="https://apps.apple.com/x">Download the app</a></div>${STORY}`, /Download the app/u);
    keepsOnlyStory(`${VI}<div><a href="/app">Tải ứng dụng</a></div>${VI}`, /Tải ứng dụng/u);
  });

  it('breadcrumbs as a bulleted list at the top', () => {
    keepsOnlyStory(`<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/news/local">Local</a></li></ul>${STORY}${STORY}`, /Home|Local/u);
    keepsOnlyStory(`<ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li></ul>${VI}${VI}`, /Trang chủ/u);
  });

  it('keeps a list of links in the body that is not at its top', () => {
    const root = clean(`${STORY}<ul><li><a href="/1">The report</a></li><li><a href="/2">The minutes</a></li></ul>${STORY}`);
    expect(root.querySelectorAll('li').length).toBe(2);
  });

  it('the headline repeated with "Published …" under it', () => {
    const title = 'Council extends the programme';
    keepsOnlyStory(`<p>${title}</p><p>Published 3 hours ago</p>${STORY}`, /Published|Council extends/u, title);
    keepsOnlyStory(`<h1>${title}</h1><div>Publié le 12 mars 2024 à 10h00</div>${STORY}`, /Publié/u, title);
  });

  it('keeps a first paragraph that starts with "Published" as a sentence', () => {
    const sentence = 'Published in 1990, the report first warned that the river banks were eroding faster than expected.';
    expect(clean(`${STORY}<p>${sentence}</p>`).textContent).toContain(sentence);
  });
});

describe('furniture that names itself in ids, roles and aria labels', () => {
  it('removes a short box whose id, role or aria-label names furniture', () => {
    keepsOnlyStory(`${STORY}<div id="share-tools"><span>Chia sẻ bài viết này với bạn bè</span></div>${STORY}`, /Chia sẻ/u);
    keepsOnlyStory(`<nav aria-label="Breadcrumb"><span>Accueil</span> › <span>Politique</span></nav>${STORY}`, /Accueil/u);
    keepsOnlyStory(`${STORY}<div role="dialog"><p>Sie lesen gerade auf einem anderen Gerät.</p></div>${STORY}`, /Gerät/u);
  });

  it('keeps a long section whatever its id says', () => {
    const root = clean(`<div id="article-tags-and-body">${STORY}${STORY}${STORY}</div>`);
    expect(root.querySelectorAll('p').length).toBe(3);
  });
});
