import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeIconGraphics } from '@/utils/article/icon-graphics';
import { removePlayerChrome } from '@/utils/article/player-chrome';

const CTX = { bylines: [], lang: 'en', title: 'T', knownBylines: [], published: null };

function run(html: string, pass: typeof removeIconGraphics): string {
  const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root');
  if (!root) throw new Error('no root');
  pass(root, CTX);
  return root.innerHTML;
}

describe('inline icons of buttons and players', () => {
  it('drops an svg drawn on a small grid or sized as an icon', () => {
    expect(run('<p>Text</p><svg viewBox="0 0 40 36"><rect x="34" width="6" height="36"></rect></svg>', removeIconGraphics)).toBe('<p>Text</p>');
    expect(run('<p>Text</p><svg width="20" height="20" viewBox="0 0 200 200"></svg>', removeIconGraphics)).toBe('<p>Text</p>');
  });

  it('keeps a chart drawn on a larger grid, or sized by the page', () => {
    const chart = '<svg viewBox="0 0 600 400"><rect width="600" height="400"></rect></svg>';
    expect(run(chart, removeIconGraphics)).toBe(chart);
    const sized = '<svg width="600" height="300" viewBox="0 0 40 20"></svg>';
    expect(run(sized, removeIconGraphics)).toBe(sized);
    const unsized = '<svg><circle r="10"></circle></svg>';
    expect(run(unsized, removeIconGraphics)).toBe(unsized);
  });
});

describe('a player kept as text', () => {
  it('drops a player figure whose media the scripts set: its readout, its transcript box and its title', () => {
    const player = '<figure><div><header><p>transcript</p><div><p>0:00/0:45</p><p>-0:00</p></div></header><h2>Manhattan Blast Suspect Arrested</h2><h4>Ahmad Khan Rahami, 28, was taken into custody.</h4></div></figure>';
    expect(run(`<p>Story.</p>${player}<p>More story.</p>`, removePlayerChrome)).toBe('<p>Story.</p><p>More story.</p>');
  });

  it('keeps a player\'s picture and caption, dropping its text', () => {
    const html = '<figure><img src="poster.jpg"><p>0:00/2:06</p><h2>Explosion Rocks Manhattan</h2><figcaption>The blast site on Saturday.</figcaption></figure>';
    expect(run(html, removePlayerChrome)).toBe('<figure><img src="poster.jpg"><figcaption>The blast site on Saturday.</figcaption></figure>');
  });

  it('keeps a live blog\'s entry time alone on a line outside a figure, and drops a player readout there', () => {
    expect(run('<p>14:05</p><p>The minister arrived.</p>', removePlayerChrome)).toBe('<p>14:05</p><p>The minister arrived.</p>');
    expect(run('<p>The minister arrived.</p><div>0:00 / 1:32</div>', removePlayerChrome)).toBe('<p>The minister arrived.</p>');
  });
});
