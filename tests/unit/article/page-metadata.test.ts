import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/scripts/lib/parse-html';
import { readPageMetadata } from '@/utils/article/page-metadata';

import { SEED_FILE as SEED, SEED_URL } from '../../fixtures/seed';
const NOW = Date.UTC(2026, 0, 1);

function page(body: string, head = '', htmlAttrs = 'lang="en"', url = 'https://news.example/story'): Document {
  return parseHtml(`<!doctype html><html ${htmlAttrs}><head><title>Mayor opens the new bridge - City News</title>${head}</head><body>${body}</body></html>`, url);
}

const meta = (doc: Document) => readPageMetadata(doc, { now: NOW });

describe('the seed page (dongda-portal.html)', () => {
  const seed = meta(parseHtml(readFileSync(SEED, 'utf8'), SEED_URL));

  it('takes the dateline next to the h1, in Vietnam time, not the top bar or the sidebar', () => {
    expect(seed.published).toBe('2024-01-26T10:21:48+07:00');
    expect(seed.modified).toBeNull();
  });

  it('reads language, direction, site name and the sapo as the dek', () => {
    expect(seed.lang).toBe('vi');
    expect(seed.dir).toBe('ltr');
    expect(seed.siteName).toBe('Cổng thông tin điện tử quận Đống Đa');
    expect(seed.subtitle).toMatch(/^Ngày 25\/1 Đảng ủy Khối Doanh nghiệp quận Đống Đa đã tổ chức Hội nghị/u);
  });

  it('names no author from metadata (the "PV" signature is the body passes\' work)', () => {
    expect(seed.bylines).toEqual([]);
  });

  it('takes the first article photo as lead image, not the portal banner', () => {
    expect(seed.leadImage).toBe('http://dongda.hanoi.gov.vn/Uploads/images/2024/01/26/dang-uy-khoi-dn-1.jpg');
  });
});

describe('dates', () => {
  it('reads datePublished and dateModified from a JSON-LD @graph', () => {
    const doc = page(
      '<h1>Mayor opens the new bridge</h1>',
      `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"City News"},
        {"@type":["NewsArticle"],"headline":"Mayor opens the new bridge","datePublished":"2023-05-02T08:00:00-04:00","dateModified":"2023-05-03T09:30:00-04:00"}]}</script>`,
    );
    expect(meta(doc)).toMatchObject({ published: '2023-05-02T08:00:00-04:00', modified: '2023-05-03T09:30:00-04:00' });
  });

  it('reads JSON-LD with raw line breaks inside strings', () => {
    const doc = page('<h1>Mayor opens the new bridge</h1>', '<script type="application/ld+json">{"@type":"BlogPosting","description":"two\nlines","datePublished":"2022-02-02"}</script>');
    expect(meta(doc).published).toBe('2022-02-02');
  });

  it('reads article:published_time and og:updated_time', () => {
    const doc = page('<h1>Mayor opens the new bridge</h1>', '<meta property="article:published_time" content="2021-11-01T10:52:50+0100"><meta property="og:updated_time" content="2021-11-02T08:00:00+0100">');
    expect(meta(doc)).toMatchObject({ published: '2021-11-01T10:52:50+01:00', modified: '2021-11-02T08:00:00+01:00' });
  });

  it('completes a day-only meta date with the time the dateline prints for that day, in the zone Chinese pages keep', () => {
    const doc = page('<h1>宇航员在太空中喝酒会怎么样？后果很严重</h1><div class="info"><span>2017-03-10 09:58:03</span></div><p>正文</p>', '<meta name="publishdate" content="2017-03-10">', 'lang="zh-CN"');
    expect(meta(doc).published).toBe('2017-03-10T09:58:03+08:00');
  });

  it('reads common meta names (DC.date.issued, sailthru.date, citation_publication_date)', () => {
    for (const name of ['DC.date.issued', 'sailthru.date', 'citation_publication_date', 'pubdate']) {
      expect(meta(page('<h1>Mayor opens the new bridge</h1>', `<meta name="${name}" content="2020-09-21">`)).published).toBe('2020-09-21');
    }
  });

  it('prefers the <time> by the headline to the ones in related lists and sidebars', () => {
    const doc = page(`
      <aside class="sidebar"><time datetime="2025-01-01T00:00:00Z">New Year</time></aside>
      <article><header><h1>Mayor opens the new bridge</h1><p class="meta">By Ann Lee · <time datetime="2023-03-14T09:00:00+01:00">14 March</time></p></header>
      <p>The bridge opened on Tuesday after four years of work and two delays.</p>
      <div class="related-posts"><ul><li><a href="/a">A</a> <time datetime="2024-12-12">x</time></li><li><a href="/b">B</a></li><li><a href="/c">C</a></li></ul></div></article>`);
    expect(meta(doc).published).toBe('2023-03-14T09:00:00+01:00');
  });

  it('reads an "Updated" dateline as the update date', () => {
    const doc = page('<h1>Mayor opens the new bridge</h1><div class="dateline">Published March 14, 2023 · Updated March 15, 2023 at 8:05 pm</div>');
    expect(meta(doc)).toMatchObject({ published: '2023-03-14', modified: '2023-03-15T20:05:00' });
  });

  it('never returns a date from the future', () => {
    const doc = page('<h1>Mayor opens the new bridge</h1>', '<meta property="article:published_time" content="2030-01-01T00:00:00Z">');
    expect(meta(doc).published).toBeNull();
  });

  it('reads a meta date a server wrote as ctime or Java writes it ("Mon Aug 03 12:45:00 EDT 2015")', () => {
    expect(meta(page('<h1>Mayor opens the new bridge</h1>', '<meta name="article:published_time" content="Mon Aug 03 12:45:00 EDT 2015">')).published).toBe('2015-08-03T12:45:00');
  });

  it('takes the day from a news URL when nothing else dates the page', () => {
    expect(meta(page('<h1>Mayor opens the new bridge</h1>', '', 'lang="en"', 'https://news.example/2019/04/28/bridge')).published).toBe('2019-04-28');
  });

  it('gives a German page\'s clock time Central European time, summer time included', () => {
    const at = (content: string) => meta(page('<h1>Mayor opens the new bridge</h1>', `<meta name="date" content="${content}">`, 'lang="de"')).published;
    expect(at('2015-04-08T12:46:00')).toBe('2015-04-08T12:46:00+02:00');
    expect(at('2015-01-08T12:46:00')).toBe('2015-01-08T12:46:00+01:00');
  });

  it('takes the zone of the country the page names (pt-BR, a .fr address), and none for a country of several zones', () => {
    const head = '<meta property="article:published_time" content="2018-12-21 12:55:00">';
    expect(meta(page('<h1>Tite diz</h1>', head, 'lang="pt-BR"')).published).toBe('2018-12-21T12:55:00-02:00');
    expect(meta(page('<h1>Tite diz</h1>', head, 'lang="pt"')).published).toBe('2018-12-21T12:55:00');
    expect(meta(page('<h1>Séisme</h1>', head, 'lang="pt"', 'https://www.journal.fr/monde/seisme')).published).toBe('2018-12-21T12:55:00+01:00');
    expect(meta(page('<h1>Séisme</h1>', head, 'lang="fr-CA"')).published).toBe('2018-12-21T12:55:00');
  });

  it('drops a "Z" the CMS stamped on the local time that the meta tags state without a zone', () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2018-12-21T12:55:00Z"}</script><meta property="article:published_time" content="2018-12-21 12:55:00">`;
    expect(meta(page('<h1>Tite diz</h1>', head, 'lang="pt-BR"')).published).toBe('2018-12-21T12:55:00-02:00');
    // Without a zone to put in its place, the Z stays.
    expect(meta(page('<h1>Tite diz</h1>', head, 'lang="pt"')).published).toBe('2018-12-21T12:55:00Z');
  });

  it('takes the day from the title, or from a date-prefixed id in the address, with the time a year-less dateline gives that day', () => {
    const titled = parseHtml('<!doctype html><html lang="es"><head><title>Una solución - 07.12.2017 - LA NACION</title></head><body><h1>Una solución</h1><p>Texto.</p></body></html>', 'https://news.example/nota');
    expect(meta(titled).published).toBe('2017-12-07');
    const yearless = page('<h1>トレンドマイクロ、アプリを発表</h1><p class="source">CNET Japan 3/9(木) 18:45配信</p><p>本文。</p>', '', 'lang="ja"', 'https://news.example/hl?a=20170309-35097838-cnetj-sci');
    expect(meta(yearless).published).toBe('2017-03-09T18:45:00+09:00');
  });

  it("gives a Korean page's dateline Korea's one zone", () => {
    const doc = page('<h1>정부, 내년 예산 656조원 확정</h1><div class="update-time">송고시간 2023-11-16 10:21</div><p>본문.</p>', '', 'lang="ko"');
    expect(meta(doc).published).toBe('2023-11-16T10:21:00+09:00');
  });

  it('reads month first only on US English pages', () => {
    const body = '<h1>Mayor opens the new bridge</h1><p class="date">03/04/2023</p>';
    expect(meta(page(body, '', 'lang="en-US"')).published).toBe('2023-03-04');
    expect(meta(page(body, '', 'lang="en-GB"')).published).toBe('2023-04-03');
  });
});

describe('bylines from metadata', () => {
  it.each([
    ['es', '<a href="https://elpais.example/autor/javier-casqueiro/">Javier Casqueiro</a> <span>Madrid</span> - <time>16 nov 2023 - 05:40 CET</time>', 'Javier Casqueiro'],
    ['fr', 'Par <a href="/auteur/jean-dupont">Jean Dupont</a> <span>Paris</span> Publié le 16/11/2023 à 10:21', 'Jean Dupont'],
    ['it', 'di <a href="/autore/mario-rossi/">Mario Rossi</a> Roma 16 novembre 2023', 'Mario Rossi'],
    ['vi', '<a href="/tac-gia/minh-an.html">Minh An</a> Hà Nội', 'Minh An'],
  ])('takes the link to a writer\'s page in a byline block (%s), not the place printed after it', (lang, block, name) => {
    const doc = page(`<h1>A headline of the story</h1><div class="byline">${block}</div><p>Text.</p>`, '', `lang="${lang}"`);
    expect(meta(doc).bylines).toEqual([name]);
  });

  it('takes a link to a writer\'s page by the headline as the byline where no block is marked as one', () => {
    const block = '<div class="a_md"><a href="/autor/javier-casqueiro/">Javier Casqueiro</a> Madrid - 16 nov 2023</div>';
    expect(meta(page(`<h1>El Gobierno aprueba los presupuestos</h1>${block}<p>Texto.</p>`, '', 'lang="es"')).bylines).toEqual(['Javier Casqueiro']);
    // In running text, a link to a quotations site's author page is a word of the sentence.
    const sentence = '<p>As the saying goes, <a href="https://quotes.example/quotes/authors/g/groucho_marx.html">you</a> are only as young as the woman you feel, and this long sentence says more than any byline would ever say about it.</p>';
    expect(meta(page(`<h1>A headline of the story</h1>${sentence}`)).bylines).toEqual([]);
  });

  it('takes the printed byline over a one-word author meta that it holds among more (the newsroom, a surname)', () => {
    const head = '<meta name="author" content="ASCII">';
    const doc = page('<h1>手のひらサイズのスマホの実機チェック</h1><p class="author"><a>文● オカモト／ASCII編集部</a></p><p>本文。</p>', head, 'lang="ja"');
    expect(meta(doc).bylines).toEqual(['オカモト／ASCII編集部']);
    // A full name in the metadata is the writer's, whatever the byline block adds.
    const full = page('<h1>Mayor opens the new bridge</h1><p class="byline">By Jane Doe and John Roe</p><p>Text.</p>', '<meta name="author" content="Jane Doe">');
    expect(meta(full).bylines).toEqual(['Jane Doe']);
  });

  it('leaves out a name the byline block credits for something else (the pictures, the translation)', () => {
    const vi = '<div class="author"><a href="/tac-gia/minh-an.html">Minh An</a> - Ảnh: <a href="/tac-gia/hai-long.html">Hải Long</a></div>';
    expect(meta(page(`<h1>Hà Nội mở thêm tuyến buýt điện</h1>${vi}<p>Nội dung.</p>`, '', 'lang="vi"')).bylines).toEqual(['Minh An']);
    const ja = '<div class="article__authors"><p>作者：</p><span class="author__name"><a href="/jp/profile/Diogo-Carleto/">Diogo Carleto</a></span><p>翻訳者</p><span class="author__name"><a href="/jp/profile/nakamura/">中村 真子</a></span></div>';
    expect(meta(page(`<h1>Google ChromeのNever-Slow Mode</h1>${ja}<p>本文。</p>`, '', 'lang="ja"')).bylines).toEqual(['Diogo Carleto']);
    // Two writers joined by "and" are both the story's.
    const two = '<div class="byline">By <a href="/author/jane-doe">Jane Doe</a> and <a href="/author/john-roe">John Roe</a></div>';
    expect(meta(page(`<h1>Mayor opens the new bridge</h1>${two}<p>Text.</p>`)).bylines).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads a byline box that a template calls a "widget" ("widget article__authors") as the byline', () => {
    const box = '<div class="widget article__authors"><p class="meta">作者：</p><ul><li><span class="author__name"><a href="/jp/profile/Diogo-Carleto/">Diogo Carleto</a></span></li></ul></div>';
    expect(meta(page(`<h1>Google ChromeのNever-Slow Mode</h1>${box}<p>本文。</p>`, '', 'lang="ja"')).bylines).toEqual(['Diogo Carleto']);
    // Other chrome words still count: a sidebar's author box signs no story.
    const sidebar = '<div class="sidebar-widget author-box"><span class="author__name">Site Owner</span></div>';
    expect(meta(page(`<div><h1>A headline of the story</h1><p>Text.</p></div><p>More text.</p><p>The end.</p>${sidebar}`)).bylines).toEqual([]);
  });

  it('reads the name\'s own element in a byline block, not the writer\'s title run into it', () => {
    const doc = page('<h1>Schools to face a new inspection regime</h1><span class="byline"><span class="byline-name">By Judith Burns</span><span class="byline-title">Education reporter BBC News</span></span><p>Text.</p>');
    expect(meta(doc)).toMatchObject({ bylines: ['Judith Burns'], bylinesShown: true });
  });

  it('prefers the signature the page prints to a JSON-LD author it never prints, and skips the signature\'s place', () => {
    const doc = page(
      '<article><h1>Tite diz que errou</h1><div class="c-signature"><strong class="c-signature__location">São Paulo</strong></div><p>Texto da matéria.</p><div class="c-signature"><strong class="c-signature__agency">UOL</strong></div></article>',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tite diz que errou","author":{"@type":"Person","name":"Bruno Rodrigues"}}</script>',
      'lang="pt-BR"',
    );
    expect(meta(doc)).toMatchObject({ bylines: ['UOL'], bylinesShown: true });
  });

  it('drops an organisation the JSON-LD credits when the page never prints it, and refuses it as Readability’s byline too', () => {
    const ld = (author: string) => `<script type="application/ld+json">{"@type":"Article","author":${author}}</script>`;
    const wiki = page('<h1>Nouvelle-Zélande</h1><p>La Nouvelle-Zélande est un pays insulaire.</p>', ld('{"@type":"Organization","name":"Fondation Wikimédia"}'), 'lang="fr"');
    expect(meta(wiki)).toMatchObject({ bylines: [], rejectedBylines: ['Fondation Wikimédia'] });
    // Printed, the organisation is the byline; a person the page never prints is still kept, marked unshown.
    const printed = page('<h1>Mayor opens the new bridge</h1><p class="byline">Associated Press</p><p>Text.</p>', ld('{"@type":"Organization","name":"Associated Press"}'));
    expect(meta(printed)).toMatchObject({ bylines: ['Associated Press'], bylinesShown: true });
    const person = page('<h1>Mayor opens the new bridge</h1><p>Text.</p>', ld('{"@type":"Person","name":"Ann Lee"}'));
    expect(meta(person)).toMatchObject({ bylines: ['Ann Lee'], bylinesShown: false });
  });

  it('marks a metadata author unshown when the page prints the name only as the desk editor', () => {
    const doc = page('<h1>宇航员在太空中喝酒会怎么样</h1><p>正文。</p><div id="contentLiability">[责任编辑:肖春芳]</div>', '<meta name="author" content="肖春芳">', 'lang="zh-CN"');
    expect(meta(doc)).toMatchObject({ bylines: ['肖春芳'], bylinesShown: false });
    const printed = page('<h1>宇航员在太空中喝酒会怎么样</h1><p class="info">肖春芳</p><p>正文。</p>', '<meta name="author" content="肖春芳">', 'lang="zh-CN"');
    expect(meta(printed).bylinesShown).toBe(true);
  });

  it('takes no menu item for a byline, and tells Readability\'s fallback so', () => {
    const doc = page('<ul class="gnav"><li><a href="/a">ニュース</a></li><li id="gnBylines"><a href="/bylines">個人</a></li><li><a href="/c">映像</a></li></ul><div class="article"><h1>アプリを発表</h1><p>本文。</p></div>', '', 'lang="ja"');
    expect(meta(doc)).toMatchObject({ bylines: [], rejectedBylines: ['個人'] });
  });

  it('takes no photographer for the writer: a byline-classed credit by a picture ("imageByline") is refused', () => {
    const doc = page('<div class="story"><h1>Mayor opens the new bridge</h1><div class="image"><img src="/b.jpg"><div class="imageByline">Kevork Djansezian, file</div></div><p>The mayor opened the bridge on Friday.</p></div>');
    expect(meta(doc)).toMatchObject({ bylines: [], rejectedBylines: ['Kevork Djansezian, file'] });
  });

  it('takes no section named in the title for a writer, and reads a "By" label set apart from the name', () => {
    const doc = parseHtml(
      '<!doctype html><html lang="en"><head><title>Actress is engaged - Celebrity Circuit - CBS News</title><meta name="author" content="Celebrity Circuit"></head>' +
        '<body><a class="logo" href="/">Celebrity Circuit</a><div class="story"><h1>Actress is engaged</h1><dl class="storyBlogByline"><dt>By </dt><dd><a href="/p/1">Lauren Moraski</a></dd><dt>Topics</dt><dd><a href="/t">Celebrity</a></dd></dl><p>The actress will soon walk down the aisle again.</p></div></body></html>',
      'https://news.example/story',
    );
    expect(meta(doc).bylines).toEqual(['Lauren Moraski']);
  });

  it('keeps a writer the title names when the page signs with that name too (a fiction archive: "Work - Author - Fandom")', () => {
    const doc = parseHtml(
      '<!doctype html><html lang="en"><head><title>The Long Night - AMournfulHowl - Supernatural</title><meta name="author" content="AMournfulHowl"></head>' +
        '<body><div class="work"><h1>The Long Night</h1><h3 class="byline"><a rel="author" href="/users/howl">AMournfulHowl</a></h3><p>Chapter one begins at night.</p></div></body></html>',
      'https://archive.example/works/1',
    );
    expect(meta(doc)).toMatchObject({ bylines: ['AMournfulHowl'], bylinesShown: true });
  });

  it('reads JSON-LD authors given as an array and by @id', () => {
    const doc = page(
      '<h1>Mayor opens the new bridge</h1>',
      `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Mayor opens the new bridge","author":[{"@id":"#p1"},{"@type":"Person","name":"Bo Chen"}]},{"@type":"Person","@id":"#p1","name":"Ann Lee"}]}</script>`,
    );
    expect(meta(doc).bylines).toEqual(['Ann Lee', 'Bo Chen']);
  });

  it('skips a Facebook profile URL in article:author and reads meta author', () => {
    const doc = page('<h1>Mayor opens the new bridge</h1>', '<meta property="article:author" content="https://www.facebook.com/annlee"><meta name="author" content="Ann Lee">');
    expect(meta(doc).bylines).toEqual(['Ann Lee']);
  });

  it('reads the writer\'s article:author over a meta author that names only the site\'s rights holder', () => {
    const footer = '<footer><p>© 2022 Acme Media. All rights reserved.</p><p>Reproduced only with the permission of Acme Media.</p></footer>';
    const head = '<meta name="author" content="Acme Media"><meta name="copyright" content="Copyright (c) Acme Media 2022"><meta property="article:author" content="Larry Fitzmaurice">';
    const body = `<h1>Mayor opens the new bridge</h1><p>Larry Fitzmaurice</p>${footer}`;
    expect(meta(page(body, head)).bylines).toEqual(['Larry Fitzmaurice']);
    // A blog's writer holds the rights to it and is its only author meta: still its byline.
    const blog = '<meta name="author" content="Jane Doe"><meta name="copyright" content="© 2022 Jane Doe">';
    expect(meta(page('<h1>Mayor opens the new bridge</h1><p>Jane Doe</p>', blog)).bylines).toEqual(['Jane Doe']);
  });

  it('reads the name in an element of class "writer" under the headline, not a typewriter effect', () => {
    const head = '<div class="headline-inner"><span class="writer">松村太郎</span><span class="date">2019年04月13日 09時00分</span></div>';
    expect(meta(page(`<h1>セキュリティとAI進化の両立なるか</h1>${head}<p>本文です。</p>`, '', 'lang="ja"')).bylines).toEqual(['松村太郎']);
    expect(meta(page('<h1>Mayor opens the new bridge</h1><p class="typewriter">Ann Lee</p><p>The bridge opened on Monday.</p>')).bylines).toEqual([]);
  });

  it('leaves out of a meta author list the people the page credits for pictures and styling, not for writing', () => {
    const head = '<meta name="author" content="Connie Wang,Sharokh Mirzai,Bethie Girmai,Caitlin Wooters">';
    const credits = '<footer><span>Photographed by <span>Sharokh Mirzai</span></span>; <span>Styled by <span>Bethie Girmai</span></span>; <span>Hair and makeup by Caitlin Wooters</span></footer>';
    const body = `<h1>Mayor opens the new bridge</h1><div class="byline"><span>By Connie Wang</span></div><p>The bridge opened on Monday.</p>${credits}`;
    expect(meta(page(body, head)).bylines).toEqual(['Connie Wang']);
    // Printed as a writer too ("By … and …"), a photographer who wrote stays.
    const both = `<h1>Mayor opens the new bridge</h1><p>By Connie Wang and Sharokh Mirzai</p>${credits}`;
    expect(meta(page(both, head)).bylines).toEqual(['Connie Wang', 'Sharokh Mirzai']);
  });

  it('takes no byline from the name under a pull quote, set in author markup', () => {
    const quote = '<div class="pull-quote pull-quote--large"><p>“It has huge consequences.”</p><div class="pull-quote__author"><span class="author">Boris Kingma</span></div></div>';
    const body = `<h1>Mayor opens the new bridge</h1><p>The bridge opened on Monday, says study co-author Boris Kingma.</p>${quote}<p>More text.</p>`;
    expect(meta(page(body)).bylines).toEqual([]);
    // The writer's own byline beside such a quote is still read.
    expect(meta(page(`<h1>Mayor opens the new bridge</h1><div class="author">By Ann Lee</div>${body}`)).bylines).toEqual(['Ann Lee']);
  });

  it('reads a writer once from the box under the byline, not the other links to their page', () => {
    const box =
      '<div id="author-byline"><p class="byline">By <a href="https://news.example/author/oli-coleman/">Oli Coleman</a></p>' +
      '<ul><li><a href="https://news.example/author/oli-coleman/">View author archive</a></li><li><a href="https://news.example/author/oli-coleman/feed/">Get author RSS feed</a></li></ul></div>';
    expect(meta(page(`<h1>Mayor opens the new bridge</h1>${box}<p>The bridge opened on Monday.</p>`)).bylines).toEqual(['Oli Coleman']);
    // Two writers, each with a page of their own, stay two.
    const two = '<div class="byline">By <a href="/author/ann-lee/">Ann Lee</a> and <a href="/author/bo-chen/">Bo Chen</a></div>';
    expect(meta(page(`<h1>Mayor opens the new bridge</h1>${two}<p>The bridge opened on Monday.</p>`)).bylines).toEqual(['Ann Lee', 'Bo Chen']);
  });

  it('reads a writer linked to a newsroom page of its people ("/about/editors/…", "/staff/…"), not to the folder that lists them all', () => {
    const editors = '<div class="meta"><a href="https://news.example/about/editors/jon-fingas/">Jon Fingas</a>, <a href="https://twitter.com/jonfingas">@jonfingas</a><div>1h ago</div></div>';
    expect(meta(page(`<h1>Mayor opens the new bridge</h1>${editors}<p>The bridge opened on Monday.</p>`)).bylines).toEqual(['Jon Fingas']);
    const index = '<div class="meta"><a href="https://news.example/about/staff/">Our Staff</a></div>';
    expect(meta(page(`<h1>Mayor opens the new bridge</h1>${index}<p>The bridge opened on Monday.</p>`)).bylines).toEqual([]);
    // Every writer linked in one line, not the first alone.
    const line = '<ul><li>By: <a href="/writer/paul-wiseman/"><span>Paul Wiseman</span></a>, <a href="/writer/fatima-hussein/"><span>Fatima Hussein, The Associated Press</span></a></li></ul>';
    expect(meta(page(`<h1>Mayor opens the new bridge</h1>${line}<p>The bridge opened on Monday.</p>`)).bylines).toEqual(['Paul Wiseman', 'Fatima Hussein', 'The Associated Press']);
  });

  it('reads a byline set in a nav beside the headline\'s own wrapper, not one in a menu further off', () => {
    const header =
      '<div class="head"><div class="title-wrap"><h1>Mayor opens the new bridge</h1></div>' +
      '<nav class="posted-by"><span><a href="/india">All India</a></span> <span>Edited by <span itemprop="author"><span itemprop="name">Swati Bhasin</span></span></span></nav></div>';
    expect(meta(page(`${header}<p>The bridge opened on Monday.</p>`)).bylines).toEqual(['Swati Bhasin']);
    const column =
      '<div class="col"><div class="story"><h1>Mayor opens the new bridge</h1><p>The bridge opened on Monday, the mayor said in a short speech to the crowd.</p></div>' +
      '<nav class="menu"><span itemprop="author"><span itemprop="name">Other Writer</span></span></nav></div>';
    expect(meta(page(column)).bylines).toEqual([]);
  });

  it('splits "A, B and C" into names, and turns a name written surname first ("Jong, Michiel de") around', () => {
    expect(meta(page('<h1>Mayor opens the new bridge</h1>', '<meta name="author" content="Ann Lee, Bo Chen and Carla Diaz">')).bylines).toEqual(['Ann Lee', 'Bo Chen', 'Carla Diaz']);
    expect(meta(page('<h1>Mayor opens the new bridge</h1>', '<meta name="author" content="Jong, Michiel de">')).bylines).toEqual(['Michiel de Jong']);
    const creators = '<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel B. de">';
    expect(meta(page('<h1>Mayor opens the new bridge</h1>', creators)).bylines).toEqual(['F. Kooman', 'Michiel B. de Jong']);
    // Two people, each with a given name and a surname: not one name turned around.
    expect(meta(page('<h1>Mayor opens the new bridge</h1>', '<meta name="author" content="John Smith, Jane Doe">')).bylines).toEqual(['John Smith', 'Jane Doe']);
    // Two agencies in one author field are not a surname and a given name.
    expect(meta(page('<h1>Mayor opens the new bridge</h1>', '<meta name="author" content="AP, Reuters">')).bylines).not.toContain('Reuters AP');
  });

  it('strips "By" and the page language\'s own prefix, and leaves dates out', () => {
    const en = page('<h1>Mayor opens the new bridge</h1><div class="byline">By Ann Lee | Updated Jan 5, 2024</div>');
    expect(meta(en).bylines).toEqual(['Ann Lee']);
    const fr = page('<h1>Le maire inaugure le nouveau pont</h1><span class="author">Par Sébastien Farcis</span>', '', 'lang="fr"');
    expect(meta(fr).bylines).toEqual(['Sébastien Farcis']);
    const de = page('<h1>Mayor opens the new bridge</h1><span class="author">Von Miller</span>', '', 'lang="en"');
    expect(meta(de).bylines).toEqual(['Von Miller']);
  });

  it('takes no "Updated …" line for a byline', () => {
    expect(meta(page('<h1>Mayor opens the new bridge</h1><div class="byline">Last Updated: January 7, 2025</div>')).bylines).toEqual([]);
  });

  it('ignores authors of comments and related stories', () => {
    const doc = page('<h1>Mayor opens the new bridge</h1><span class="byline">Ann Lee</span><div class="comments"><span class="comment-author">Troll</span></div>');
    expect(meta(doc).bylines).toEqual(['Ann Lee']);
  });

  it('reads the name after a "By" label set in an element of its own by the headline, with no byline markup', () => {
    const doc = page('<div class="fic-header"><h2>Super Supportive</h2> <span>by</span> <h3><a href="/profile/338123">Sleyca</a></h3><h1>ONE HUNDRED TWO: What kind of wordchain?</h1></div><p>The chapter.</p>');
    expect(meta(doc)).toMatchObject({ bylines: ['Sleyca'], bylinesShown: true });
    const german = page('<h1>Die neue Brücke</h1><p><small>von</small> <a href="/p/1">Anna Schmidt</a></p><p>Der Text.</p>', '', 'lang="de"');
    expect(meta(german).bylines).toEqual(['Anna Schmidt']);
  });

  it('takes every writer the article\'s <address> marks as its author, though the page sets its meta line in an aside', () => {
    const address = '<aside class="meta"><address aria-label="Contributor info"><a rel="author" href="/profile/julia-wong">Julia Carrie Wong</a> and <a rel="author" href="/profile/sam-levin">Sam Levin</a></address></aside>';
    expect(meta(page(`<article><h1>Protesters hold out</h1>${address}<p>The story.</p></article>`)).bylines).toEqual(['Julia Carrie Wong', 'Sam Levin']);
  });

  it('takes the name from an author card whose headshot links to the writer\'s page before the name does, not the bio beside it', () => {
    const card = '<div class="byline"><div class="author-card"><a href="/author/sam-stein"><div class="author-card__headshot"></div></a><div class="author-card__details"><a href="/author/sam-stein"><span>Sam Stein</span></a> <span class="author-card__microbio">Senior Politics Editor, The Daily Post</span></div></div></div>';
    expect(meta(page(`<h1>Trump has shown receptiveness to the agenda</h1>${card}<p>The story.</p>`)).bylines).toEqual(['Sam Stein']);
  });

  it('leaves a "by" that opens a sentence of the story alone', () => {
    const doc = page('<h1>Mayor opens the new bridge</h1><p><em>by</em> the river, <b>crowds</b> gathered.</p>');
    expect(meta(doc).bylines).toEqual([]);
  });
});

describe('language and direction', () => {
  it('normalises og:locale when the page has no lang', () => {
    expect(meta(page('<h1>Mayor opens the new bridge</h1>', '<meta property="og:locale" content="vi_VN">', '')).lang).toBe('vi-VN');
  });

  it('detects Vietnamese, Japanese and Arabic text on pages that declare nothing', () => {
    const vi = page('<h1>Tiêu đề bài viết</h1><p>Theo báo cáo của Ủy ban, các chỉ tiêu của những doanh nghiệp là rất quan trọng và được thực hiện đầy đủ.</p>', '', '');
    expect(meta(vi).lang).toBe('vi');
    const ja = page('<h1>記事の見出しです</h1><p>東京都は二十六日、新しい橋の開通式を行いました。多くの市民が集まり、記念の写真を撮りました。</p>', '', '');
    expect(meta(ja).lang).toBe('ja');
    const ar = page('<h1>عنوان المقال هنا</h1><p>افتتح رئيس البلدية الجسر الجديد يوم الثلاثاء بعد أربع سنوات من العمل المتواصل في المدينة.</p>', '', '');
    expect(meta(ar)).toMatchObject({ lang: 'ar', dir: 'rtl' });
  });

  it('trusts the article container over <html>, and dir over the language', () => {
    const doc = page('<article lang="fr" dir="rtl"><h1>Le maire inaugure le nouveau pont</h1></article>');
    expect(meta(doc)).toMatchObject({ lang: 'fr', dir: 'rtl' });
  });
});

describe('dek, lead image and site name', () => {
  it('takes a marked standfirst, never the meta description', () => {
    const marked = page('<h1>Mayor opens the new bridge</h1><p class="article__standfirst">Four years late, the crossing links the two halves of town.</p>', '<meta name="description" content="SEO text">');
    expect(meta(marked).subtitle).toBe('Four years late, the crossing links the two halves of town.');
    const unmarked = page('<h1>Mayor opens the new bridge</h1><p>The first paragraph of the story is not a dek.</p>', '<meta name="description" content="The first paragraph">');
    expect(meta(unmarked).subtitle).toBeNull();
  });

  it('takes an h2 right after the h1 as the subtitle', () => {
    expect(meta(page('<h1>Mayor opens the new bridge</h1><h2>The crossing cost twice the budget</h2>')).subtitle).toBe('The crossing cost twice the budget');
  });

  it('resolves og:image against the page and falls back to JSON-LD image', () => {
    expect(meta(page('<h1>Mayor opens the new bridge</h1>', '<meta property="og:image" content="/img/bridge.jpg">')).leadImage).toBe('https://news.example/img/bridge.jpg');
    const ld = page('<h1>Mayor opens the new bridge</h1>', '<script type="application/ld+json">{"@type":"NewsArticle","image":{"@type":"ImageObject","url":"https://cdn.example/b.jpg"}}</script>');
    expect(meta(ld).leadImage).toBe('https://cdn.example/b.jpg');
  });

  it('reads the site name from the JSON-LD publisher, og:site_name, or the title', () => {
    const ld = page('<h1>Mayor opens the new bridge</h1>', '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"City News"}}</script>');
    expect(meta(ld).siteName).toBe('City News');
    expect(meta(page('<h1>Mayor opens the new bridge</h1>', '<meta name="application-name" content="CityApp">')).siteName).toBe('CityApp');
    expect(meta(page('<h1>Mayor opens the new bridge</h1>')).siteName).toBe('City News');
  });

  it("leaves the story's day out of a site name read from the title", () => {
    const doc = parseHtml('<!doctype html><html lang="ru"><head><title>Правительство утвердило бюджет - РИА Новости, 16.11.2023</title></head><body><h1>Правительство утвердило бюджет</h1><p>Текст.</p></body></html>', 'https://ria.example/20231116/budzhet.html');
    expect(meta(doc).siteName).toBe('РИА Новости');
  });
});

describe('the headline and the byline candidates', () => {
  it('takes the h1 the <title> opens with, not the header h1 that holds the site name it ends with', () => {
    const doc = parseHtml('<!doctype html><html lang="en"><head><title>Evolve: Shared Mutable History — evolve extension for Mercurial</title></head><body><div class="header"><h1><a href="index.html">evolve extension for Mercurial</a></h1></div><div class="body"><h1>Evolve: Shared Mutable History<a class="headerlink" href="#x">¶</a></h1><p>Once you have mastered mutable history in a single repository, you can move up to the next level.</p></div></body></html>', 'https://docs.example/evolve.html');
    expect(meta(doc).titleContext.headlineText).toBe('Evolve: Shared Mutable History');
  });

  it('takes the title block the <title> opens with when the only h1 is the site\'s logo', () => {
    const doc = parseHtml('<!doctype html><html lang="en"><head><title>Conversations with a Cryptid - Chapter 1 - Jane Roe [Archive of Stories]</title></head><body><h1 class="heading"><a href="/">Archive of Stories beta</a></h1><div class="work"><h2 class="title heading">Conversations with a Cryptid</h2><h3 class="byline heading"><a rel="author" href="/users/jane">Jane Roe</a></h3><p>The man was over a century old. There had to be more to it, and in hindsight it was not the best idea.</p></div></body></html>', 'https://stories.example/works/1');
    expect(meta(doc).titleContext.headlineText).toBe('Conversations with a Cryptid');
  });

  it('finds the headline and its byline in a wrapper named for the body beside its footer ("region-body-and-footer")', () => {
    const doc = page('<div id="region-body-and-footer"><div class="story-header"><h1>Mayor opens the new bridge</h1><p class="byline">Jane Roe</p></div><p>The bridge opened on Monday after three years of work on the river crossing.</p></div><div id="site-footer"><p class="byline">Ann Other</p></div>');
    expect(meta(doc)).toMatchObject({ bylines: ['Jane Roe'], titleContext: { headlineText: 'Mayor opens the new bridge' } });
  });

  it('passes over a byline-marked paper by the headline ("From The Times") to the writer\'s byline that opens the story', () => {
    const doc = parseHtml('<!doctype html><html lang="en"><head><title>Cruise ship struck by winter bug - Times Online</title></head><body><div class="story-head"><span>From </span><span class="byline">The Times</span><h1>Cruise ship struck by winter bug</h1></div><div class="story-column"><img src="ship.jpg" alt=""><div class="article-author"><span class="byline">Anil Dawar</span></div><p>A cruise ship launched less than a month ago has been hit by a stomach bug that left almost 80 passengers in their cabins.</p></div></body></html>', 'https://www.timesonline.co.uk/tol/news/article3111656.ece');
    expect(meta(doc).bylines).toEqual(['Anil Dawar']);
  });

  it('reads no byline from a box the page lets its reader skip (an analysis signed by a correspondent), and Readability\'s is refused too', () => {
    const box = '<div class="story-feature"><a class="hidden" href="#story_continues_2">Continue reading the main story</a><h2>Analysis</h2><div class="byline"><span class="byline-name">Sameer Hashmi</span><span class="byline-title">Mumbai business reporter</span></div><p>The collapse underlines the issue of illegal construction.</p></div>';
    const story = `<h1>Building collapse near Mumbai kills 40</h1><p>At least 40 people have died after a building under construction collapsed, police say.</p>${box}<p id="story_continues_2">Bodies are still being pulled out of the rubble, our correspondent says.</p>`;
    expect(meta(page(story))).toMatchObject({ bylines: [], rejectedBylines: expect.arrayContaining(['Sameer Hashmi']) as string[] });
    // The same byline outside such a box is the story's.
    expect(meta(page(story.replace('href="#story_continues_2"', 'href="/more"'))).bylines).toEqual(['Sameer Hashmi']);
  });

  it('reads no byline from an anchor whose id only starts like "author" (an RFC reference "AUTHORING")', () => {
    const doc = page('<h1>Mayor opens the new bridge</h1><p>Clients authenticate as per [<a href="#ref-AUTHORING">AUTHORING</a>].</p><p>[<a id="ref-AUTHORING">AUTHORING</a>] Doe, J., "Authoring", 2014.</p>');
    expect(meta(doc).bylines).toEqual([]);
  });
});
