import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '@/utils/article/page-metadata';
import { parseHtml } from '@/scripts/lib/parse-html';
import { FILLER, extractHtml } from './helpers';

const subtitleOf = (body: string, lang = 'vi'): string | null =>
  readPageMetadata(parseHtml(`<!doctype html><html lang="${lang}"><head><title>T</title></head><body>${body}${FILLER}</body></html>`, 'https://bao.example.vn/a.html')).subtitle;

const SAPO = 'Nhiều người dân ở TP Huế có ý kiến trái chiều về việc trùng tu Đài tưởng niệm chiến sĩ trận vong, đặc biệt là màu sơn mới.';

describe('the lead (sapo, chapeau, standfirst) is never lost', () => {
  it('reads an h2 sapo set below the byline and date block', () => {
    expect(subtitleOf(`<article><h1>Huế xét lại màu sơn Đài tưởng niệm</h1><div>Ngọc Hiển</div><div>12/01/2018 14:52 GMT+7</div><h2>${SAPO}</h2></article>`)).toBe(SAPO);
  });

  it('reads an h2 sapo after a header that holds the h1 and the dateline', () => {
    expect(subtitleOf(`<article><header><h1>Huế xét lại màu sơn Đài tưởng niệm</h1><time>12/01/2018</time></header><h2>${SAPO}</h2></article>`)).toBe(SAPO);
  });

  it('reads a marked chapeau past a share bar of many small elements', () => {
    const bar = `<aside class="tool-bar"><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}"><span>Partager</span><i class="icon"></i><span>${i}</span></a></li>`).join('')}</ul></aside>`;
    const chapeau = 'Laurent Fabius a accueilli jeudi matin à Roissy un premier avion spécial ramenant des rescapés.';
    expect(subtitleOf(`<article><header><h1>Un troisième Français mort dans le séisme</h1>${bar}<div class="description"><h2 itemprop="description">${chapeau}</h2></div></header></article>`, 'fr')).toBe(chapeau);
  });

  it('never takes a short section heading further down for the dek', () => {
    expect(subtitleOf('<article><h1>Le conseil vote le budget</h1><p>Par Jeanne Martin</p><h2>Les réactions</h2></article>', 'fr')).toBeNull();
  });

  it('never reads past a paragraph of the story', () => {
    const story = '<p>Le conseil municipal a voté mardi soir le budget de la ville pour l’année prochaine, après un long débat sur les investissements.</p>';
    expect(subtitleOf(`<article><h1>Le conseil vote le budget</h1>${story}<h2>Les investissements prévus pour la rénovation des écoles et des piscines de la ville</h2></article>`, 'fr')).toBeNull();
  });
});

describe('a page whose headline is an h2 the title opens with (no h1)', () => {
  const pageOf = (body: string): string =>
    `<!doctype html><html lang="en"><head><title>Do sub-notebooks threaten the MacBook Air? - News</title></head><body>${body}${FILLER}</body></html>`;
  const subtitleIn = (body: string): string | null => readPageMetadata(parseHtml(pageOf(body), 'https://tech.example/news/a')).subtitle;

  it('reads the h3 right under it as the dek', () => {
    expect(subtitleIn('<div><h2>Do sub-notebooks threaten the MacBook Air?</h2><h3>Two budget options at CES</h3></div><p>By Mara Ellison</p>')).toBe('Two budget options at CES');
  });

  it('never takes an h3 that follows the story\'s first paragraph', () => {
    const story = '<p>At CES, a maker launched a new sub-notebook PC, the first of a new wave of light and cheap laptops.</p>';
    expect(subtitleIn(`<div><h2>Do sub-notebooks threaten the MacBook Air?</h2>${story}<h3>Eee PC set for battle?</h3></div>`)).toBeNull();
  });
});

describe('a standfirst box that also holds the byline and the picture caption', () => {
  it('gives the standfirst alone', () => {
    const dek = 'New Zealand’s whale whisperers worry that manmade changes in the ocean are behind the spike in beachings';
    const box = `<div class="content__wrapper--standfirst"><div class="content__standfirst"><p>${dek}</p><p>by <span itemprop="author"><a rel="author" href="/profile/jane-roe">Jane Roe</a></span> (reporting) and John Doe (photography)</p></div><figcaption class="caption">Main image: A whale expert. Photograph: John Doe</figcaption></div>`;
    expect(subtitleOf(`<header><h1>What is the sea telling us?</h1></header>${box}`, 'en')).toBe(dek);
  });

  it('keeps a dek that names a person without author markup', () => {
    const dek = 'The mayor, Jane Roe, said the bridge would reopen on Monday after two years of repairs.';
    expect(subtitleOf(`<header><h1>Bridge reopens</h1><p class="standfirst">${dek}</p></header>`, 'en')).toBe(dek);
  });
});

describe('the lead shown once', () => {
  it('shows a lead the body prints after a kicker line ("In Depth") in the body only, not again as the dek', () => {
    const lead = 'Bruce Bridgeman lived with a flat view of the world, until a trip to the cinema unexpectedly rewired his brain to see in 3D.';
    const html = `<!doctype html><html lang="en"><head><title>T</title><meta name="description" content="${lead}"></head><body><header class="story-header"><h1>Seeing in 3D at last, at 67</h1><div class="standfirst">${lead}</div></header><article><p>In Depth</p><p>${lead}</p>${FILLER}</article></body></html>`;
    const article = extractHtml(html);
    expect(article.text).toContain(lead);
    expect(article.subtitle).toBeNull();
  });
});
