import { describe, expect, it } from 'vitest';
import { markCaptions, normalizeCaptions } from '@/utils/article/captions';
import { parseHtml } from '@/scripts/lib/parse-html';
import { FILLER, extractHtml, page, seedArticle } from './helpers';

const SEED_CAPTIONS = [
  'Ông Nguyễn Văn Quang – Phó bí thư, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối Doanh nghiệp quận Đống Đa trình bày báo cáo tại hội nghị.',
  'Toàn cảnh hội nghị.',
  'Ông Vũ Mạnh Chiến – Bí thư Đảng ủy Khối Doanh nghiệp quận Đống Đa trao huy hiệu Đảng cho các đảng viên lão thành.',
];

describe('captions on the seed page', () => {
  it('recognises the table cell, the centred italic paragraph and the figcaption, in order', () => {
    expect(seedArticle().figures.map((figure) => figure.caption)).toEqual(SEED_CAPTIONS);
  });

  it('keeps every caption out of the body text', () => {
    const { text } = seedArticle();
    for (const caption of SEED_CAPTIONS) expect(text).not.toContain(caption);
    expect(text).not.toContain('Toàn cảnh hội nghị');
  });

  it('shows each caption under its image as a figcaption, with no image table left', () => {
    const { html } = seedArticle();
    expect(html.match(/<figure>/gu)?.length).toBe(3);
    expect(html.match(/<figcaption[ >]/gu)?.length).toBe(3);
    expect(html).not.toContain('<table');
    // The block markers stay (outline anchors point at them); the caption markers go.
    expect(html.replace(/ data-lede-block="\d+"/gu, '')).not.toContain('data-lede');
  });

  it('keeps the body paragraphs around the pictures', () => {
    const { text } = seedArticle();
    expect(text).toContain('Báo cáo tại Hội nghị, ông Nguyễn Văn Quang');
    expect(text).toContain('Có được kết quả này là do');
  });
});

describe('captions in other markups', () => {
  it('reads a WordPress wp-caption-text under its image', () => {
    const article = extractHtml(page(`${FILLER}<div class="wp-caption"><img src="/a.jpg" alt="A"><p class="wp-caption-text">The mayor at the opening.</p></div>${FILLER}`));
    expect(article.figures).toEqual([{ src: 'http://example.test/a.jpg', alt: 'A', caption: 'The mayor at the opening.', credit: '' }]);
    expect(article.text).not.toContain('The mayor at the opening.');
  });

  it('reads the caption class names of other newsrooms: an American cutline, an Italian didascalia, a photo-text, a Spanish pie de foto', () => {
    const cutline = extractHtml(page(`${FILLER}<div><img src="/a.jpg" alt=""></div><div class="cutline">The mayor at the opening.</div>${FILLER}`));
    expect(cutline.figures.map((f) => f.caption)).toEqual(['The mayor at the opening.']);
    expect(cutline.text).not.toContain('The mayor at the opening.');
    const didascalia = extractHtml(page(`${FILLER}<div><img src="/a.jpg" alt=""></div><div class="articolo-didascalia">Il sindaco all’inaugurazione.</div>${FILLER}`, 'it'));
    expect(didascalia.figures.map((f) => f.caption)).toEqual(['Il sindaco all’inaugurazione.']);
    const photoText = extractHtml(page(`${FILLER}<div><img src="/a.jpg" alt=""></div><div class="photo-text">Thị trưởng tại lễ khánh thành.</div>${FILLER}`, 'vi'));
    expect(photoText.figures.map((f) => f.caption)).toEqual(['Thị trưởng tại lễ khánh thành.']);
    const pie = extractHtml(page(`${FILLER}<div><img src="/a.jpg" alt=""></div><p class="pie-de-foto">El alcalde en la inauguración.</p>${FILLER}`, 'es'));
    expect(pie.figures.map((f) => f.caption)).toEqual(['El alcalde en la inauguración.']);
  });

  it('does not read a paragraph after a picture as its caption for a class that only looks alike', () => {
    const article = extractHtml(page(`${FILLER}<div><img src="/a.jpg" alt=""></div><div class="outline-text">Paragraph seven goes on about the meeting, who spoke, what was decided, and why it matters for the city and its residents over the years.</div>${FILLER}`));
    expect(article.figures.map((f) => f.caption)).toEqual(['']);
  });

  it('keeps a div caption of bare text a caption after Readability rewrites the div as a paragraph', () => {
    const article = extractHtml(page(`${FILLER}<div class="media"><div class="image"><img src="/c.jpg" alt=""></div></div><div class="media-caption">Pupils at the new lab. <span>Image: The School</span></div>${FILLER}`));
    expect(article.figures.map((f) => [f.caption, f.credit])).toEqual([['Pupils at the new lab.', 'Image: The School']]);
    expect(article.text).not.toContain('Pupils at the new lab.');
  });

  it('keeps the words of a paragraph that opens with its picture and caption', () => {
    const article = extractHtml(page(`${FILLER}<p><span class="image"><img src="/d.jpg" alt=""><span class="caption">The new phone game.</span></span> Nintendo shocked the world this year by announcing its first game for phones.</p>${FILLER}`));
    expect(article.figures.map((f) => f.caption)).toEqual(['The new phone game.']);
    expect(article.text).toContain('Nintendo shocked the world this year');
  });

  it('reads figure > p.caption as the figure caption', () => {
    const article = extractHtml(page(`${FILLER}<figure><img src="/b.jpg" alt=""><p class="caption">Crowds in the square.</p></figure>${FILLER}`));
    expect(article.figures.map((f) => f.caption)).toEqual(['Crowds in the square.']);
    expect(article.text).not.toContain('Crowds in the square.');
  });

  it('reads a wholly italic short paragraph right after an image', () => {
    const article = extractHtml(page(`${FILLER}<p><img src="/c.jpg" alt=""></p><p><i>Photo: the new bridge at dawn.</i></p>${FILLER}`));
    expect(article.figures.map((f) => f.caption)).toEqual(['Photo: the new bridge at dawn.']);
  });

  it('reads a caption div that wraps one paragraph (Readability keeps only the paragraph)', () => {
    const article = extractHtml(page(`${FILLER}<div type="Photo"><div><img src="/a.jpg" alt=""></div><div class="PhotoCMS_Caption"><p>The mayor at the opening.</p></div></div>${FILLER}`, 'vi'));
    expect(article.figures.map((f) => f.caption)).toEqual(['The mayor at the opening.']);
    expect(article.text).not.toContain('The mayor at the opening.');
  });

  it('reads the unmarked line beside the picture in a caption-classed box that holds both (BBC News: div.caption > img + span)', () => {
    const box = '<div class="caption body-narrow-width"><img src="/s.jpg" alt="Mozaffar Shafeie"><span>Shafeie says Iranian audiences enjoy the presenter\'s turn of phrase</span></div>';
    const article = extractHtml(page(`${FILLER}${box}${FILLER}`));
    expect(article.figures.map((f) => f.caption)).toEqual(["Shafeie says Iranian audiences enjoy the presenter's turn of phrase"]);
    expect(article.text).not.toContain('Shafeie says');
    // The same line in an unmarked box is body text.
    expect(extractHtml(page(`${FILLER}${box.replace('caption body-narrow-width', 'body-narrow-width')}${FILLER}`)).text).toContain('Shafeie says');
  });

  it('reads an italic line set under the picture in the picture’s own paragraph, and a long one when it is centred too', () => {
    const long = `The minister hands the certificate to the director of the provincial centre ${'for culture and sport '.repeat(7)}at the ceremony.`;
    const article = extractHtml(page(`${FILLER}<p style="text-align: center;"><img src="/a.jpg" alt=""><br><em>People celebrate the new year.</em></p>${FILLER}<p style="text-align: center;"><img src="/b.jpg" alt=""></p><p style="text-align: center;"><em>${long}</em></p>${FILLER}`));
    expect(article.figures.map((f) => f.caption)).toEqual(['People celebrate the new year.', long]);
    expect(article.text).not.toContain('People celebrate');
  });

  it('reads a long italic line as the caption when the centred paragraph holds only it and the picture', () => {
    const long = `New preview showing the effects of the controls. In reality the preview takes a few seconds ${'to regenerate after every change, '.repeat(3)}which this animation skips.`;
    const article = extractHtml(page(`${FILLER}<p style="text-align: center;"><img src="/a.gif"><br><i>${long}</i></p>${FILLER}`));
    expect(article.figures.map((f) => f.caption)).toEqual([long]);
    expect(article.text).not.toContain('New preview showing');
  });

  it('reads a caption box set among indented markup, whose white space outruns its words', () => {
    const indent = `\n${' '.repeat(60)}`;
    const legend = ['Less than 5%', 'More than 5%', 'More than 10%', 'More than 20%', 'More than 30%'].map((l) => `${indent}<div class="legend">${indent}<span>&#160;</span>&#160;${l}${indent}</div>`).join('');
    const article = extractHtml(page(`${FILLER}<div class="thumb"><div class="thumbinner"><a href="/f.png" class="image"><img src="/map.png" alt=""></a>${indent}<div class="thumbcaption">${indent}Speakers of the language by census area${legend}${indent}</div></div></div>${FILLER}`));
    expect(article.figures.map((f) => f.caption)[0]).toContain('Speakers of the language by census area');
    expect(article.text).not.toContain('Speakers of the language');
  });

  it('leaves an italic phrase that the paragraph goes on after', () => {
    const article = extractHtml(page(`${FILLER}<p><img src="/a.jpg" alt=""><br><em>Not a caption</em> but the start of a paragraph that goes on.</p>${FILLER}`));
    expect(article.figures.map((f) => f.caption)).toEqual(['']);
    expect(article.text).toContain('Not a caption but the start');
  });

  it('leaves a normal paragraph after an image in the body', () => {
    const sentence = 'The council met on Tuesday and voted to extend the programme for two more years, citing strong demand.';
    const article = extractHtml(page(`${FILLER}<p><img src="/d.jpg" alt=""></p><p>${sentence}</p>${FILLER}`));
    expect(article.text).toContain(sentence);
    expect(article.figures.map((f) => f.caption)).toEqual(['']);
  });

  it('reads the caption set after a whole gallery as a caption', () => {
    const gallery = `<div class="carousel"><div class="item"><img src="/g1.jpg" alt=""></div><div class="item"><img src="/g2.jpg" alt=""></div><a href="#prev"></a><a href="#next"></a></div>`;
    const article = extractHtml(page(`${FILLER}<div class="media">${gallery}</div><div class="spacer"></div><div class="media-caption">The harbour at night.</div>${FILLER}`));
    // Readability drops the carousel's pictures here; the caption is still a caption, not a paragraph.
    expect(article.figures.filter((f) => f.caption !== '').map((f) => f.caption)).toEqual(['The harbour at night.']);
    expect(article.text).not.toContain('The harbour at night.');
  });

  it('reads a gallery caption whose class is written in camel case ("MediaCaption", "Photo-Caption")', () => {
    const gallery = `<div class="carousel"><div class="item"><img src="/g1.jpg" alt=""></div><div class="item"><img src="/g2.jpg" alt=""></div></div>`;
    for (const cls of ['MediaCaption', 'Photo-Caption']) {
      const article = extractHtml(page(`${FILLER}<div class="media">${gallery}</div><div class="${cls}">The harbour at night.</div>${FILLER}`));
      expect(article.figures.filter((f) => f.caption !== '').map((f) => f.caption)).toEqual(['The harbour at night.']);
    }
  });

  it('takes no line after a gallery for its caption when its class only holds the letters "aption" ("adaptions")', () => {
    const gallery = `<div class="carousel"><div class="item"><img src="/g1.jpg" alt=""></div><div class="item"><img src="/g2.jpg" alt=""></div></div>`;
    const article = extractHtml(page(`${FILLER}<div class="media">${gallery}</div><div class="film-adaptions">The harbour at night.</div>${FILLER}`));
    expect(article.figures.filter((f) => f.caption !== '')).toEqual([]);
  });

  it('reads a caption the page hides from screen readers (aria-hidden, its words in the alt), as every sighted reader sees it', () => {
    const words = 'The suspect after his arrest on Monday morning in Linden.';
    const figure = `<figure><img src="/a.jpg" alt="${words}"><figcaption><span aria-hidden="true">${words}</span><span><span>Credit...</span><span>Ed Murray/NJ Advance Media for NJ.com</span></span></figcaption></figure>`;
    const article = extractHtml(page(`${FILLER}${figure}${FILLER}`));
    expect(article.figures).toEqual([{ src: 'http://example.test/a.jpg', alt: words, caption: words, credit: 'Ed Murray/NJ Advance Media for NJ.com' }]);
  });

  it('keeps a figure\'s caption in that figure when Readability swaps its lazy picture for the <noscript> copy', () => {
    const figure = '<figure><img src="/a.jpg" data-src="/a.jpg" alt=""><noscript><img src="/a.jpg" alt="The harbour"></noscript><figcaption>The harbour at night. <span class="credit">AFP</span></figcaption></figure>';
    const article = extractHtml(page(`${FILLER}${figure}${FILLER}`));
    expect(article.figures.map((f) => [f.caption, f.credit])).toEqual([['The harbour at night.', 'AFP']]);
    expect(article.html.match(/<figure>/gu)?.length).toBe(1);
  });

  it('puts a figcaption that stands in a box beside its figure into that figure', () => {
    const zoom = '<div role="button" aria-label="Zoom"><figure><div><span><img src="/z.jpg" alt=""></span></div></figure></div>';
    const article = extractHtml(page(`${FILLER}<div class="block"><div class="zoomable">${zoom}</div><div class="media-caption"><figcaption><em>The new stadium from the river.</em></figcaption></div></div>${FILLER}`));
    expect(article.figures).toEqual([{ src: 'http://example.test/z.jpg', alt: '', caption: 'The new stadium from the river.', credit: '' }]);
    expect(article.html.match(/<figure>/gu)?.length).toBe(1);
    expect(article.text).not.toContain('The new stadium');
  });

  it('reads a caption box that holds only a credit as the picture’s credit, not its caption', () => {
    const article = extractHtml(page(`${FILLER}<div class="media"><div class="image"><img src="/p.jpg" alt=""></div></div><p class="article_caption"><span class="image_source">West Mercia Police</span></p>${FILLER}`));
    expect(article.figures.map((f) => [f.caption, f.credit])).toEqual([['', 'West Mercia Police']]);
    expect(article.text).not.toContain('West Mercia Police');
  });

  it('leaves a caption-classed line after a paragraph (no picture before it) alone', () => {
    const article = extractHtml(page(`${FILLER}<p>The story goes on here with words of its own about the meeting and the vote.</p><div class="caption-note">A note under the text.</div>${FILLER}`));
    expect(article.figures).toEqual([]);
  });

  it('leaves an italic paragraph that is not next to an image in the body', () => {
    const aside = 'Editor’s note: this story was updated with new figures.';
    const article = extractHtml(page(`${FILLER}<p><em>${aside}</em></p>${FILLER}`));
    expect(article.text).toContain(aside);
  });
});

describe('the caption pre-pass', () => {
  it('marks pairs with data attributes only, which the post-pass removes', () => {
    const doc = parseHtml('<div id="r"><p><img src="/x.jpg"></p><p style="text-align:center"><em>Caption.</em></p></div>', 'http://example.test/');
    markCaptions(doc);
    const root = doc.getElementById('r');
    if (!root) throw new Error('no root');
    // The image, the caption, and the em inside it (the caption's mark if Readability rebuilds the paragraph).
    expect(root.querySelectorAll('[data-lede-caption], [data-lede-figure]').length).toBe(3);
    normalizeCaptions(root, { bylines: [], lang: null, title: '', knownBylines: [] });
    expect(root.innerHTML).toBe('<figure><img src="/x.jpg"><figcaption><em>Caption.</em></figcaption></figure>');
  });

  /** The mark markCaptions leaves on the line after a centred picture, or inside it: 'sure', 'candidate' or null. */
  function markAfterCentredPicture(line: string): string | null {
    const doc = parseHtml(`<div id="r"><p style="text-align: center"><img src="/x.jpg"></p>${line}</div>`, 'http://example.test/');
    markCaptions(doc);
    // The line, or the paragraph made inside it for Readability (a div of text gets one).
    const marked = (attr: string) => doc.querySelector(`#r > :last-child[${attr}], #r > :last-child [${attr}]`) !== null;
    if (marked('data-lede-caption')) return 'sure';
    return marked('data-lede-caption-candidate') ? 'candidate' : null;
  }

  it('reads a line in any script as words, and one of digits and punctuation as none', () => {
    for (const words of ['Cầu Vĩnh Tuy', '北京的夜景', 'สะพานในกรุงเทพฯ', 'جسر في القاهرة', 'नदी पर पुल']) expect(markAfterCentredPicture(`<p>${words}</p>`), words).toBe('candidate');
    for (const none of ['1/3', '— 2024 —', '（１／３）', '«…»']) expect(markAfterCentredPicture(`<p>${none}</p>`), none).toBeNull();
  });

  it('reads a caption class however the CMS joins and cases its words, and a credit by its itemprop among others', () => {
    // Upper case too: beside its picture the per-image walk reads it, though the gallery query leaves it out (CAPTION_MARKUP).
    for (const cls of ['Image_Desc', 'photo--text', 'chu-thich', 'PIE-DE-FOTO', 'wp-caption-text', 'PHOTO-CAPTION']) {
      expect(markAfterCentredPicture(`<div class="${cls}">The harbour at night.</div>`), cls).toBe('sure');
    }
    expect(markAfterCentredPicture('<div class="image description">The harbour at night.</div>')).toBe('candidate');
    const doc = parseHtml('<div id="r"><figure><img src="/x.jpg"><figcaption>The harbour. <span itemprop="name copyrightHolder">Reuters</span></figcaption></figure></div>', 'http://example.test/');
    markCaptions(doc);
    expect(doc.querySelector('[itemprop]')?.hasAttribute('data-lede-credit')).toBe(true);
  });

  it('reads text-align from the style however it is written, and only its center value', () => {
    expect(markAfterCentredPicture('<p style="color: gray; TEXT-ALIGN : Center">The harbour at night.</p>')).toBe('sure');
    expect(markAfterCentredPicture('<p style="-webkit-text-align: left; text-align:center">The harbour at night.</p>')).toBe('sure');
    expect(markAfterCentredPicture('<p style="text-align: left">The harbour at night.</p>')).toBe('candidate');
  });
});

describe('a credit printed between the picture and its caption', () => {
  it('pairs the caption with the picture and keeps the credit as its credit, apart from the text', () => {
    const photo = '<div class="photo-right"><img src="http://example.test/kids.jpg"><span class="byline">STAFF PHOTO BY KATHY ANDERSON</span><span class="caption">Slade, Supriya and Selia Jindal</span></div>';
    const article = extractHtml(page(`${FILLER}${photo}${FILLER}`));
    expect(article.figures.map((f) => [f.caption, f.credit])).toEqual([['Slade, Supriya and Selia Jindal', 'STAFF PHOTO BY KATHY ANDERSON']]);
    expect(article.text).not.toContain('KATHY ANDERSON');
  });

  it('keeps a credit set as a paragraph of its own (p.source) with its caption, not as a paragraph of the story', () => {
    const photo = '<div class="photo"><img src="http://example.test/hajj.jpg" width="150"><p class="source"><a href="http://example.test/slideshow">Jamal Saidi/Reuters</a></p><p class="caption">General al-Hajj was killed by a car bomb yesterday</p></div>';
    const article = extractHtml(page(`${FILLER}${photo}${FILLER}`));
    expect(article.figures.map((f) => [f.caption, f.credit])).toEqual([['General al-Hajj was killed by a car bomb yesterday', 'Jamal Saidi/Reuters']]);
    expect(article.text).not.toContain('Saidi');
  });
  it('steps over a credit (cite) between a zoom box and its caption, and keeps it as the credit', () => {
    const zoom = '<div class="zoom"><div class="tip"><p><a>Enlarge Image</a></p></div><a><img src="http://example.test/gym-small.jpg" alt="image"></a><div class="full"><a class="close">Close</a><img src="http://example.test/gym.jpg" alt="image"></div></div>';
    const photo = `<div class="inset">${zoom}<cite>Getty Images</cite><p class="targetCaption">Gen. Petraeus, shown working out in July 2011 in his quarters.</p></div>`;
    const article = extractHtml(page(`${FILLER}${photo}${FILLER}`));
    expect(article.figures.filter((f) => f.caption !== '').map((f) => [f.caption, f.credit])).toEqual([['Gen. Petraeus, shown working out in July 2011 in his quarters.', 'Getty Images']]);
    expect(article.text).not.toMatch(/Petraeus|Getty/u);
  });

  it('reads a photo_credit box that holds the caption as the caption, with the credit line before it', () => {
    const box = (credit: string) => `<div class="inlinePhoto"><img src="http://example.test/obama.jpg" alt="">${credit}<div class="photo_credit_container"><p>The president waves after speaking in Oakland on Monday.</p></div></div>`;
    for (const [credit, expected] of [['<p class="photo_credit">Saul Loeb / AFP - Getty Images</p>', 'Saul Loeb / AFP - Getty Images'], ['', '']]) {
      const article = extractHtml(page(`${FILLER}${box(credit ?? '')}${FILLER}`));
      expect(article.figures.map((f) => [f.caption, f.credit])).toEqual([['The president waves after speaking in Oakland on Monday.', expected]]);
      expect(article.text).not.toMatch(/waves|Loeb/u);
    }
  });
});

describe('a picture and its caption inside a lightbox link', () => {
  const box = (attrs: string) =>
    `<div class="article__photo"><a ${attrs}><div class="photo-image"><img src="https://cdn.test/r/harbour_680.jpg" alt=""></div><div class="photo-desc">The harbour at dawn. | Foto: Reuters</div></a></div>`;

  it('keeps both when the link opens the picture full size (Readability would drop the box as mostly links)', () => {
    const article = extractHtml(page(`${FILLER}${box('href="/gallery/harbour/" data-img="//cdn.test/original/harbour.jpg"')}${FILLER}`));
    expect(article.figures.map((f) => [f.caption, f.credit])).toEqual([['The harbour at dawn.', 'Foto: Reuters']]);
    expect(article.text).not.toContain('The harbour at dawn');
  });

  it('leaves a link to another page alone (a teaser card is no picture of the story)', () => {
    const doc = parseHtml(`<!doctype html><html><body>${box('href="/other-story/"')}</body></html>`, 'http://example.test/');
    markCaptions(doc);
    expect(doc.querySelector('a')).not.toBeNull();
  });
});

describe('a caption made mostly of links', () => {
  const thumb = (caption: string) =>
    `<div class="thumb"><div class="thumbinner"><a href="/wiki/File:Haka.jpg" class="image"><img src="https://cdn.test/haka.jpg" alt=""></a><div class="thumbcaption">${caption}</div></div></div>`;

  it('keeps its picture and words, its links made text (Readability would drop the box as linky)', () => {
    const article = extractHtml(page(`${FILLER}${thumb('<a href="/wiki/Battalion">Māori Battalion</a> <a href="/wiki/Haka">haka</a> in Egypt, 1941')}${FILLER}`));
    expect(article.figures.map((f) => f.caption)).toEqual(['Māori Battalion haka in Egypt, 1941']);
  });

  it('leaves a teaser, one link holding all its words, to Readability', () => {
    const doc = parseHtml(`<!doctype html><html><body>${thumb('<a href="/other-story/">Another story entirely</a>')}</body></html>`, 'http://example.test/');
    markCaptions(doc);
    expect(doc.querySelector('.thumbcaption a')).not.toBeNull();
  });
});

describe('captions without caption markup', () => {
  it('reads the one short line a figure of one picture holds as its caption', () => {
    const article = extractHtml(page(`${FILLER}<figure><img src="https://cdn.test/harbour.jpg" alt=""><p>Boats wait outside the harbour.</p></figure>${FILLER}`));
    expect(article.figures.map((f) => f.caption)).toEqual(['Boats wait outside the harbour.']);
    expect(article.text).not.toContain('Boats wait outside');
  });

  it('reads a short line right after a picture that ends in a credit, in any pack’s label, as its caption', () => {
    const vi = extractHtml(page(`${FILLER}<div><img src="https://cdn.test/cau.jpg" alt=""></div><p>Cầu Vĩnh Tuy nhìn từ bờ sông - Ảnh: Duy Thành</p>${FILLER}`, 'vi'));
    expect(vi.figures.map((f) => [f.caption, f.credit])).toEqual([['Cầu Vĩnh Tuy nhìn từ bờ sông', 'Ảnh: Duy Thành']]);
    expect(vi.text).not.toContain('Cầu Vĩnh Tuy nhìn');
    const en = extractHtml(page(`${FILLER}<div><img src="https://cdn.test/station.jpg" alt=""></div><div>Crowds at the station on Monday. Photo: Reuters</div>${FILLER}`));
    expect(en.figures.map((f) => [f.caption, f.credit])).toEqual([['Crowds at the station on Monday.', 'Photo: Reuters']]);
    expect(en.text).not.toContain('Crowds at the station');
  });

  it('marks the short line after a picture only as a candidate in the page, and leaves no mark in the body when it has no credit', () => {
    const doc = parseHtml(`<!doctype html><html><body><div><img src="https://cdn.test/cau.jpg" alt=""></div><p>The bridge reopened on Monday.</p></body></html>`, 'http://example.test/');
    markCaptions(doc);
    expect(doc.querySelector('[data-lede-caption]')).toBeNull();
    expect(doc.querySelector('p')?.getAttribute('data-lede-caption-candidate')).toBe('1');
    const article = extractHtml(page(`${FILLER}<div><img src="https://cdn.test/cau.jpg" alt=""></div><p>The bridge reopened on Monday after two years.</p>${FILLER}`));
    expect(article.html).not.toContain('candidate');
  });

  it('reads a line after a picture that repeats its alt text as its caption, not a short alt', () => {
    const box = (alt: string) => `<div><img src="https://cdn.test/rice.jpg" alt="${alt}"></div><div>Declan Rice po vítězství na Aston Ville. | Reuters</div>`;
    expect(extractHtml(page(`${FILLER}${box('Declan Rice po vítězství na Aston Ville.')}${FILLER}`, 'cs')).figures.map((f) => [f.caption, f.credit])).toEqual([['Declan Rice po vítězství na Aston Ville.', 'Reuters']]);
    expect(extractHtml(page(`${FILLER}${box('Declan Rice')}${FILLER}`, 'cs')).figures.map((f) => [f.caption, f.credit])).toEqual([['', '']]);
  });

  it('leaves a plain paragraph after a picture in the body', () => {
    const article = extractHtml(page(`${FILLER}<div><img src="https://cdn.test/cau.jpg" alt=""></div><p>The bridge reopened on Monday after two years.</p>${FILLER}`));
    expect(article.figures.map((f) => f.caption)).toEqual(['']);
    expect(article.text).toContain('The bridge reopened on Monday');
  });
});

describe("a caption inside the page's own figcaption", () => {
  it('stays in that figcaption, with no second one nested in it', () => {
    const story = '<p>Investigators said the card skimmers were found at three gas stations in the county over the summer months.</p>'.repeat(6);
    const figure = '<figure><img src="https://news.example/a.jpg"><figcaption><div class="caption-text">Jake Frith talks about the investigation.</div></figcaption></figure>';
    const { html, figures } = extractHtml(page(`<h1>Skimmers found</h1>${figure}${story}`));
    expect(html.match(/<figcaption[ >]/gu)?.length).toBe(1);
    expect(figures.map((f) => f.caption)).toEqual(['Jake Frith talks about the investigation.']);
  });
});
