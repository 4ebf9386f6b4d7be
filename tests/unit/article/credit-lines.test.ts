import { describe, expect, it } from 'vitest';
import { FILLER, extractHtml, withoutBoilerplate } from './helpers';

const picture = (src: string) => `<img src="https://example.test/${src}.jpg" alt="" width="560" height="320">`;

describe("a picture's credit on a line of its own", () => {
  it('goes under the picture before it as its credit, not into the text ("(Credit: Apple)" after a CNET picture)', () => {
    const html = `<!doctype html><html lang="en"><head><title>Apple may ship a smaller iPad before the end of September</title></head><body><article><h1>Apple may ship a smaller iPad before the end of September</h1><div class="image">${picture('ipad')} <span class="image-credit">(Credit: Apple)</span></div>${FILLER}</article></body></html>`;
    const article = extractHtml(html);
    expect(article.text).not.toContain('Credit');
    expect(article.figures.find((f) => f.src.endsWith('ipad.jpg'))).toMatchObject({ caption: '', credit: 'Credit: Apple' });
  });

  it('does the same for a Vietnamese or Chinese credit paragraph under a picture', () => {
    for (const [lang, line] of [['vi', 'Ảnh: Hoàng Hà'], ['zh', '图：新华社']] as const) {
      const html = `<!doctype html><html lang="${lang}"><head><title>Story</title></head><body><article><h1>Story</h1>${FILLER}<p>${picture('site')}</p><p>${line}</p>${FILLER}</article></body></html>`;
      const article = extractHtml(html);
      expect(article.text).not.toContain(line);
      expect(article.figures.find((f) => f.src.endsWith('site.jpg'))?.credit).toBe(line);
    }
  });

  it('reads a copyright holder on a line of its own as the credit ("© AP", "© Reuters/John Smith"), never a rights notice', () => {
    for (const line of ['© AP', '(© Reuters/John Smith)', '© 2012 Getty Images']) {
      const html = `<!doctype html><html lang="en"><head><title>Story</title></head><body><article><h1>Story</h1>${FILLER}<p>${picture('wire')}</p><p>${line}</p>${FILLER}</article></body></html>`;
      const article = extractHtml(html);
      expect(article.text).not.toContain('©');
      expect(article.figures.find((f) => f.src.endsWith('wire.jpg'))?.credit).toBe(line.replace(/^\((.*)\)$/u, '$1'));
    }
    const notice = '© 2024 Acme. All rights reserved.';
    const html = `<!doctype html><html lang="en"><head><title>Story</title></head><body><article><h1>Story</h1>${FILLER}<p>${picture('last')}</p><p>${notice}</p></article></body></html>`;
    expect(extractHtml(html).figures.find((f) => f.src.endsWith('last.jpg'))?.credit ?? '').toBe('');
  });

  it('reads the `cite` of a figure with no caption as its picture\'s credit ("Getty Images"), not a line of the story', () => {
    const html = `<!doctype html><html lang="en"><head><title>Story</title></head><body><article><h1>Story</h1>${FILLER}<figure>${picture('cited')}<cite>Getty Images</cite></figure>${FILLER}</article></body></html>`;
    const article = extractHtml(html);
    expect(article.text).not.toContain('Getty');
    expect(article.figures.find((f) => f.src.endsWith('cited.jpg'))).toMatchObject({ caption: '', credit: 'Getty Images' });
  });

  it('leaves a picture that has a caption alone, and takes a credit with no picture before it out of the text', () => {
    const root = withoutBoilerplate('<p>The council voted on Tuesday to extend the programme for two more years, citing strong demand.</p><p>图：新华社</p><p>The council voted on Tuesday to extend the programme for two more years, citing strong demand.</p>');
    expect(root.textContent).not.toContain('图：新华社');
    // A sentence that opens with the label is no credit line.
    const sentence = withoutBoilerplate('<p>Photo: the council chamber was full on Tuesday, as residents came to hear the vote on the programme.</p>');
    expect(sentence.textContent).toContain('council chamber');
  });
});
