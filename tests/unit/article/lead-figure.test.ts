import { describe, expect, it } from 'vitest';
import { samePicture } from '@/utils/article/lead-figure';
import { FILLER, extractHtml } from './helpers';

const BASE = 'http://example.test/';

function pageWithHeader(header: string, og: string, body = FILLER): string {
  return `<!doctype html><html lang="en"><head><title>Harbour reopens</title><meta property="og:image" content="${og}"></head><body><header>${header}</header><article>${body}</article></body></html>`;
}

describe('the lead picture and its caption above the story', () => {
  it('puts the captioned lead picture the page names as its image at the top of the body, caption and credit apart', () => {
    const header = '<h1>Harbour reopens</h1><figure><img src="https://cdn.test/photo/7551-harbour.jpg?width=750" alt=""><figcaption>The harbour at dawn, 30 April. (Photo Jane Roe. AFP)</figcaption></figure>';
    const article = extractHtml(pageWithHeader(header, 'https://cdn.test/photo/7551-harbour.jpg?width=1200'));
    expect(article.figures[0]).toEqual({ src: 'https://cdn.test/photo/7551-harbour.jpg?width=750', alt: '', caption: 'The harbour at dawn, 30 April.', credit: 'Photo Jane Roe. AFP' });
    expect(article.html.indexOf('<figure>')).toBeLessThan(article.html.indexOf('Paragraph 1'));
    expect(article.text).not.toContain('The harbour at dawn');
  });

  it('finds a figcaption set beside the headline, away from the picture, when the box holds no other picture', () => {
    const header = '<div class="media"><div class="pic"><picture><img src="https://i.cdn.test/media/df84b519a877d652e950ecd4248320ee/0_507_4039_2693/master/4039.jpg" alt=""></picture></div><div class="head"><h1>Harbour reopens</h1><figcaption>The harbour master at work.</figcaption></div></div>';
    const article = extractHtml(pageWithHeader(header, 'https://i.cdn.test/media/df84b519a877d652e950ecd4248320ee/0_320_4800_2880/master/4800.jpg'));
    expect(article.figures.map((f) => f.caption)).toEqual(['The harbour master at work.']);
  });

  it('reads a plain line under the lead picture as its caption when a credit label ends it, and not otherwise', () => {
    const header = (line: string) => `<h1>Harbour reopens</h1><div><img src="https://cdn.test/photo/harbour-88.jpg" alt=""></div><p>${line}</p>`;
    const credited = extractHtml(pageWithHeader(header('The harbour at dawn, 30 April. Photo: Reuters'), 'https://cdn.test/photo/harbour-88.jpg'));
    expect(credited.figures.map((f) => [f.caption, f.credit])).toEqual([['The harbour at dawn, 30 April.', 'Photo: Reuters']]);
    const plain = extractHtml(pageWithHeader(header('Updated on 30 April at dawn.'), 'https://cdn.test/photo/harbour-88.jpg'));
    expect(plain.figures).toEqual([]);
  });

  it('adds nothing when the body already shows the lead picture, or the page prints no caption for it', () => {
    const inBody = `<figure><img src="https://cdn.test/a/harbour-77.jpg" alt=""><figcaption>Boats in the harbour.</figcaption></figure>${FILLER}`;
    const shown = extractHtml(pageWithHeader('<h1>Harbour reopens</h1><figure><img src="https://cdn.test/b/harbour-77.jpg"><figcaption>Boats in the harbour.</figcaption></figure>', 'https://cdn.test/og/harbour-77.jpg', inBody));
    expect(shown.figures.map((f) => f.caption)).toEqual(['Boats in the harbour.']);
    const uncaptioned = extractHtml(pageWithHeader('<h1>Harbour reopens</h1><img src="https://cdn.test/photo/harbour-77.jpg">', 'https://cdn.test/photo/harbour-77.jpg'));
    expect(uncaptioned.figures).toEqual([]);
  });
});

describe('the lead picture found by a size its srcset offers', () => {
  it('matches og:image against every srcset entry, and drops the dash left before a credit marked apart', () => {
    const header = '<h1>Harbour reopens</h1><figure><img src="https://cdn.test/p/harbour-a1_md.jpg" srcset="https://cdn.test/p/harbour-a1_th.jpg 100w, https://cdn.test/p/harbour-a1_xl.jpg 2400w" alt=""><figcaption>The harbour at dawn - <span class="credits">Jane Roe/AFP</span></figcaption></figure>';
    const article = extractHtml(pageWithHeader(header, 'https://cdn.test/p/harbour-a1_xl.jpg'));
    expect(article.figures.map((f) => [f.caption, f.credit])).toEqual([['The harbour at dawn', 'Jane Roe/AFP']]);
  });
});

describe('two addresses of one picture', () => {
  it('are the same picture when they share the file name or an asset id, not a size-only file name', () => {
    expect(samePicture('https://cdn.test/thumbor/1200x628/uploads/24709755/DSC00889.jpg', 'https://duet.cdn.test/thumbor/2400x1600/uploads/24709755/DSC00889.jpg', BASE)).toBe(true);
    expect(samePicture('https://i.test/img/media/df84b519a877d652e950ecd4248320ee/0_320/master/4800.jpg', 'https://i.test/img/media/df84b519a877d652e950ecd4248320ee/0_507/master/4039.jpg', BASE)).toBe(true);
    expect(samePicture('https://i.test/img/a/master/4800.jpg', 'https://i.test/img/b/master/4800.jpg', BASE)).toBe(false);
    expect(samePicture('https://i.test/a/harbour.jpg', 'https://i.test/a/bridge.jpg', BASE)).toBe(false);
  });

  it('are the same picture when a resizer wrote its crop and size around the asset id in the file name', () => {
    expect(samePicture('//cdn.test/resize/9b6b601b440031309c748f864087a138_extract=67,0,1867,1050_resize=680,383_.jpg', '//cdn.test/original/9b6b601b440031309c748f864087a138.jpg', BASE)).toBe(true);
    expect(samePicture('https://f.test/2018/12/21/15454034955c1cfc67131dc_1545403495_3x2_md.jpg', 'https://f.test/2018/12/21/15454034955c1cfc67131dc_1545403495_3x2_rt.jpg', BASE)).toBe(true);
    // Short words (dates, sizes, a 10-digit time stamp) are no asset id.
    expect(samePicture('https://f.test/a/harbour_1545403495_3x2_md.jpg', 'https://f.test/a/bridge_1545403495_3x2_md.jpg', BASE)).toBe(false);
  });
});
