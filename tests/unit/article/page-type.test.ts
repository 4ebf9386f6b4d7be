import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/scripts/lib/parse-html';
import { extractArticle } from '@/utils/article/extract-article';
import { decidePageType, readPageSignals, type PageType } from '@/utils/article/page-type';
import { readMetadataSources } from '@/utils/article/metadata-sources';
import { listBlocks, blocksToText } from '@/utils/article/blocks';
import { extractHtml, seedArticle, FILLER, page } from './helpers';

const FIXTURES = join(__dirname, '../../fixtures/page-types');

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The decision and the popup's `readerable` for one of our small pages. */
function typeOf(name: string, url: string): { type: PageType; readerable: boolean } {
  const doc = parseHtml(fixture(name), url);
  const result = extractArticle(doc, url);
  if (!result.ok) throw new Error(`extraction failed: ${result.reason}`);
  const root = parseHtml(`<div id="r">${result.article.html}</div>`, url).getElementById('r');
  if (!root) throw new Error('no root');
  const signals = readPageSignals(readMetadataSources(doc));
  const blocks = listBlocks(root);
  return { type: decidePageType({ url, signals, root, blocks, text: blocksToText(blocks) }), readerable: result.article.readerable };
}

describe('page type: article or not, shared by the popup and the CLI', () => {
  it.each([
    ['vi-section-front.html', 'https://bao.example.vn/thoi-su', 'front'],
    ['fr-list.html', 'https://journal.example.fr/actualites', 'list'],
    ['en-search-results.html', 'https://news.example.com/search?q=housing', 'search'],
    ['de-sign-in.html', 'https://zeitung.example.de/konto/anmelden', 'sign-in'],
    ['es-video.html', 'https://diario.example.es/video/lanzamiento', 'video'],
    ['vi-photo-gallery.html', 'https://bao.example.vn/anh/ha-noi-co-hoa.html', 'gallery'],
    ['en-membership.html', 'https://news.example.com/membership', 'pitch'],
    ['ja-home.html', 'https://shimbun.example.jp/', 'home'],
  ] as const)('%s is not an article (%s)', (name, url, expected) => {
    const { type, readerable } = typeOf(name, url);
    expect(type).toBe(expected);
    expect(readerable).toBe(false);
  });

  it('keeps a short Vietnamese article with a "Tin liên quan" list an article', () => {
    expect(typeOf('vi-short-article.html', 'https://dongda.example.vn/tin-tuc/pho-di-bo.html')).toEqual({ type: 'article', readerable: true });
  });

  it('keeps the seed article and a long English story articles', () => {
    expect(seedArticle().readerable).toBe(true);
    expect(extractHtml(page(`<h1>Council vote</h1>${FILLER}`)).readerable).toBe(true);
  });

  it('keeps a story with a table of contents of in-page links an article', () => {
    const toc = `<ul>${['Background', 'The vote', 'Reactions', 'What next', 'Timeline', 'Sources'].map((t) => `<li><a href="#${t}">${t}</a></li>`).join('')}</ul>`;
    expect(extractHtml(page(`<h1>Council vote</h1>${toc}${FILLER}`)).readerable).toBe(true);
  });

  it('keeps an article whose site hides a login box in a pop-up on every page', () => {
    const modal = '<div id="login_modal" class="hide"><form><input type="text" name="u"><input type="password" name="p"></form></div>';
    const html = `<!doctype html><html lang="en"><head><title>NSA chief to address hackers</title></head><body>${modal}<article><h1>NSA chief to address hackers</h1><p>${'The head of the agency will speak at the conference in Las Vegas this summer, organisers said on Friday, the first time a director has accepted. '.repeat(4)}</p></article></body></html>`;
    expect(extractHtml(html, 'https://news.example.com/story/1').readerable).toBe(true);
  });

  it('keeps a short story under a login form shown on the page an article', () => {
    const login = '<div class="login"><form><input type="text" name="u"><input type="password" name="p"><button>Sign in</button></form></div>';
    const story = ['Kate Winslet is in line to replace Nicole Kidman in the post-war drama, the producers said on Thursday.', 'Kidman pulled out of the production because of her pregnancy, which she announced last week in Los Angeles.', 'Shooting is now more likely to start in late February or March, according to a source close to the film.', 'The cast includes a wealth of German talent, among them several actors from the director\'s earlier films.'].map((p) => `<p>${p}</p>`).join('');
    const html = `<!doctype html><html lang="en"><head><title>Winslet could replace Kidman</title></head><body>${login}<div class="story"><h1>Winslet could replace Kidman</h1>${story}</div></body></html>`;
    expect(extractHtml(html, 'https://news.example.com/story/2').readerable).toBe(true);
  });

  it('keeps a story told in one-sentence paragraphs before a list of related links an article', () => {
    const story = Array.from({ length: 16 }, (_, i) => `<p>Paragraph ${i + 1} of the story says one more thing about the defection of the police commander.</p>`).join('');
    const related = `<ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/news/${i}">Related headline number ${i + 1} about something else</a></li>`).join('')}</ul>`;
    const url = 'https://news.example.com/world/1';
    const root = parseHtml(`<div id="r">${story}${related}</div>`, url).getElementById('r');
    if (!root) throw new Error('no root');
    const blocks = listBlocks(root);
    const signals = { declaresArticle: false, declaresVideo: false, declaresGallery: false, declaresCollection: false, signInForm: false };
    expect(decidePageType({ url, signals, root, blocks, text: blocksToText(blocks) })).toBe('article');
    // The same summaries each between two linked headlines: a list.
    const list = Array.from({ length: 12 }, (_, i) => `<h3><a href="/news/${i}">Related headline number ${i + 1} about something else</a></h3><p>Paragraph ${i + 1} of the story says one more thing about the defection of the police commander.</p>`).join('');
    const listRoot = parseHtml(`<div id="r">${list}</div>`, url).getElementById('r');
    if (!listRoot) throw new Error('no root');
    const listBlocksOf = listBlocks(listRoot);
    expect(decidePageType({ url, signals, root: listRoot, blocks: listBlocksOf, text: blocksToText(listBlocksOf) })).not.toBe('article');
  });

  it('rejects what the body passes leave of a list: a few linked headlines or pictures, each with one summary', () => {
    const url = 'https://bao.example.vn/tin-moi-nhat';
    const signals = { declaresArticle: false, declaresVideo: false, declaresGallery: false, declaresCollection: false, signInForm: false };
    const summary = 'Một võ sư ở TP Cần Thơ vừa được trao giấy chứng nhận xác lập kỷ lục vì đã có công huấn luyện bộ môn lân sư rồng nữ.';
    const typeOfBody = (body: string): PageType => {
      const root = parseHtml(`<div id="r">${body}</div>`, url).getElementById('r');
      if (!root) throw new Error('no root');
      const blocks = listBlocks(root);
      return decidePageType({ url, signals, root, blocks, text: blocksToText(blocks) });
    };
    const headlines = Array.from({ length: 3 }, (_, i) => `<p>2${i}:15</p><p><a href="/bai-${i}.html">Võ sư huấn luyện lân sư rồng nữ xác lập kỷ lục ${i}</a></p><p>${summary}</p>`).join('');
    expect(typeOfBody(headlines)).toBe('list');
    const pictures = Array.from({ length: 3 }, (_, i) => `<p><a href="/bai-${i}.html"><img src="/anh-${i}.jpg"></a><span>08:0${i} 20/06/2018</span></p><p>${summary}</p>`).join('');
    expect(typeOfBody(pictures)).toBe('list');
    // A section front's top story alone: its linked headline, then its lead.
    expect(typeOfBody(`<h2><a href="/bai-1.html">Khuyến cáo nào dành cho hãng hàng không mới</a></h2><p>${summary} ${summary}</p>`)).toBe('front');
    // A photo story: pictures opened full size, each with its paragraph.
    const photos = Array.from({ length: 3 }, (_, i) => `<p><a href="/anh-${i}.jpg"><img src="/anh-${i}.jpg"></a></p><p>${summary}</p>`).join('');
    expect(typeOfBody(photos)).toBe('article');
    // A story with a related headline between its paragraphs tells more than a summary between two links.
    const story = `<p>${summary} ${summary} ${summary} ${summary}</p><p><a href="/bai-1.html">Xem thêm: Võ sư xác lập kỷ lục</a></p><p>${summary} ${summary}</p><p><a href="/bai-2.html">Xem thêm: Lân sư rồng nữ</a></p><p>${summary}</p><p><a href="/bai-3.html">Xem thêm: Cần Thơ</a></p><p>${summary}</p>`;
    expect(typeOfBody(story)).toBe('article');
  });

  it('keeps a listicle that gives each pick its site an article: a link showing an address is a reference, not a teaser', () => {
    const url = 'https://oss.example.jp/2019/01/ten-projects.html';
    const signals = { declaresArticle: false, declaresVideo: false, declaresGallery: false, declaresCollection: false, signInForm: false };
    const picks = ['Visual Studio Code', 'TensorFlow', 'Ansible', 'Vue.js', 'React Native', 'Angular CLI', 'Vault', 'Keras', 'Kubernetes', 'Bitcoin'];
    const typeOfBody = (link: (name: string, i: number) => string): PageType => {
      const body = picks.map((name, i) => `<h3>${i + 1}. ${name}</h3><p>${name}は、開発者の間で広く使われているオープンソースのツールで、GitHubで多くの星を獲得している。</p><p>${link(name, i)}</p>`).join('');
      const root = parseHtml(`<div id="r">${body}</div>`, url).getElementById('r');
      if (!root) throw new Error('no root');
      const blocks = listBlocks(root);
      return decidePageType({ url, signals, root, blocks, text: blocksToText(blocks) });
    };
    expect(typeOfBody((_, i) => `<a href="https://project${i}.example.org/">https://project${i}.example.org/</a>`)).toBe('article');
    expect(typeOfBody((_, i) => `<a href="https://project${i}.example.org/">www.project${i}.example.org</a>`)).toBe('article');
    // The same lines linking to stories by their headlines: a list.
    expect(typeOfBody((name, i) => `<a href="/news/${i}.html">${name}の最新版が公開、新機能を紹介</a>`)).not.toBe('article');
  });

  it('keeps a dated post about subscriptions an article, and an undated membership page a pitch', () => {
    const post = `<!doctype html><html lang="en"><head><title>Subscription option now available</title><meta property="article:published_time" content="2010-08-18"></head><body><article><h1>Subscription option now available</h1>
<p>We have finally rolled out the long awaited subscription option for the magazine, in print and digital.</p>
<p>The 12 month print subscription costs $88, and every subscriber gets the digital edition as well, with the newsletter.</p>
<p>Members who subscribe before the end of the month get the first issue free. Thank you for your support.</p></article></body></html>`;
    expect(extractHtml(post, 'https://magazine.example.com/blog/subscription-option').readerable).toBe(true);
    expect(typeOf('en-membership.html', 'https://news.example.com/membership').type).toBe('pitch');
  });

  it('keeps a post told in paragraphs beside a video an article', () => {
    const text = '<p>This week the international AIDS conference comes to the country for the first time since 1990, thanks to bipartisan action.</p><p>The administration is taking action to turn the tide on the disease by strengthening the investments that have revolutionised care.</p>';
    const html = `<!doctype html><html lang="en"><head><title>Welcome</title><meta property="og:type" content="video"></head><body><article><h1>The President welcomes the conference</h1><video src="/v.mp4"></video>${text}</article></body></html>`;
    expect(extractHtml(html, 'https://www.example.gov/blog/2012/07/22/welcome').readerable).toBe(true);
  });

  it('keeps a blog post of a few one-sentence paragraphs an article', () => {
    const html = page(`<h1>It is easier to love a brand when the brand loves you back</h1><p>Worth thinking about that the next time you are annoyed at a customer.</p><p>Or when you are dreaming up a policy designed to punish a few outlier customers while it actually annoys all of them.</p><p>Tell me again why the gift certificates you sell have an expiration date?</p>`);
    expect(extractHtml(html, 'https://blog.example.com/2012/07/easier.html').readerable).toBe(true);
  });

  it('reads the length of Japanese text in its own measure: a brief of two paragraphs, and a post with pictures between dense paragraphs, are articles', () => {
    const brief =
      '<p>文化庁は１日、アート、エンターテインメント、アニメーション、マンガの４部門で優れた作品を顕彰する今年度のメディア芸術祭賞を発表した。エンターテインメント部門の大賞にはテレビ番組が選ばれた。</p>' +
      '<p>アート部門はサウンドインスタレーション、アニメーション部門は短編映画、マンガ部門は長編の連載作品がそれぞれ大賞に選ばれ、贈呈式は６月に東京で開かれる予定だという。</p>';
    expect(extractHtml(page(`<h1>メディア芸術祭賞、テレビ番組が受賞</h1>${brief}`, 'ja'), 'https://news.example.jp/articles/1').readerable).toBe(true);
    const paragraph = '<p>そんな中、３月１日に総務省が軽減税率制度の家計への効果試算をまとめたところ、軽減税率が高所得者にとってよりお得になることが発覚しました。負担軽減額は収入が多い世帯ほど大きくなり、全世帯を年収別の５グループに分けた場合の恩恵額は年約１万６０００円から約８０００円でした。</p>';
    const post = Array.from({ length: 3 }, (_, i) => `<p><img src="/p${i}.jpg" width="600" height="400"></p>${paragraph}`).join('') + '<p><img src="/p9.jpg" width="600" height="400"></p><p><img src="/p8.jpg" width="600" height="400"></p>';
    expect(extractHtml(page(`<h1>消費増税の軽減税率は高所得者ほどお得</h1>${post}`, 'ja'), 'https://news.example.jp/2019/03/02/tax').readerable).toBe(true);
  });

  it('keeps a short post its writer signed and dated an article, and the same lines unsigned a short page', () => {
    const lines = '<p>From Brian Phillips:</p><blockquote><p>… we need not marvel that man so occupies himself with amusements (literally, to not think), gadgets, increased speed of life, and persistent noise. After all, silence and slowness lead to reflection.</p></blockquote>';
    const signed = `<!doctype html><html lang="en"><head><title>Silence and slowness</title><meta property="article:published_time" content="2012-07-14"></head><body><article><h1>Silence and slowness</h1><p class="byline">by <a rel="author" href="/about">John Cook</a></p>${lines}</article></body></html>`;
    const article = extractHtml(signed, 'https://blog.example.com/2012/07/14/silence/');
    expect(article.byline).toBe('John Cook');
    expect(article.readerable).toBe(true);
    const dated = signed.replace(/<p class="byline">.*?<\/p>/u, '');
    expect(extractHtml(dated, 'https://blog.example.com/2012/07/14/silence/').readerable).toBe(false);
  });

  it('keeps a long article whose home page URL is its own (a one-page site) only when it declares an article', () => {
    const declared = `<!doctype html><html lang="en"><head><title>Essay</title><meta property="og:type" content="article"></head><body><article><h1>An essay</h1>${FILLER}</article></body></html>`;
    expect(extractHtml(declared, 'https://essay.example/').readerable).toBe(true);
  });
});
