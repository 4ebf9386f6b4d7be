import { describe, expect, it } from 'vitest';
import { visibleText } from '@/utils/article/visible-text';
import { listBlocks } from '@/utils/article/blocks';
import { readPageMetadata } from '@/utils/article/page-metadata';
import { parseHtml } from '@/scripts/lib/parse-html';
import { bodyOf, extractHtml, FILLER } from './helpers';

describe('text as the reader sees it', () => {
  it('puts a space where a line break or a block edge joins two words', () => {
    expect(visibleText(bodyOf('<p>He was seen by a physician.<br>Police arrested the driver.</p>'))).toBe('He was seen by a physician. Police arrested the driver.');
    expect(visibleText(bodyOf('<div><div>La première fois depuis</div><div>l’indépendance du pays</div></div>'))).toBe('La première fois depuis l’indépendance du pays');
    expect(visibleText(bodyOf('<table><tr><td>Hà Nội</td><td>12,5%</td></tr></table>'))).toBe('Hà Nội 12,5%');
  });

  it('keeps inline elements joined as the page shows them', () => {
    expect(visibleText(bodyOf('<p>Vi<b>ệ</b>t Nam, <a href="/x">Hà</a> Nội</p>'))).toBe('Việt Nam, Hà Nội');
  });

  it('reads no script, style, template or noscript', () => {
    expect(visibleText(bodyOf('<p>Der Rat stimmt ab.<script>window.ads = [];</script><style>.x{}</style><template>t</template><noscript>Bitte JavaScript</noscript></p>'))).toBe('Der Rat stimmt ab.');
  });

  it('gives the body blocks their spaces', () => {
    const root = bodyOf('<p>Đoàn kiểm tra đã làm việc.<br>Kết quả sẽ công bố sau.</p>');
    expect(listBlocks(root).map((b) => b.text)).toEqual(['Đoàn kiểm tra đã làm việc. Kết quả sẽ công bố sau.']);
  });
});

describe('captions and credits', () => {
  it('keeps a credit the caption marks apart as its own string', () => {
    const html = `<!doctype html><html lang="es"><head><title>Historia</title></head><body><article>${FILLER}
      <figure><img src="/a.jpg" alt="A"><figcaption><span class="caption-text">La ciudad de Tirana en marzo de 2024.</span><span class="credit">Alketa Misja (dpa)</span></figcaption></figure>${FILLER}</article></body></html>`;
    const [figure] = extractHtml(html).figures;
    expect(figure?.caption).toBe('La ciudad de Tirana en marzo de 2024.');
    expect(figure?.credit).toBe('Alketa Misja (dpa)');
  });

  it('reads a caption’s lines with a space between them, so a credit on its own line comes apart from the caption', () => {
    const html = `<!doctype html><html lang="en"><head><title>Story</title></head><body><article>${FILLER}
      <figure><img src="/a.jpg" alt="A"><figcaption>The mayor at the opening.<br>Photo: Jane Roe</figcaption></figure>${FILLER}</article></body></html>`;
    const [figure] = extractHtml(html).figures;
    // Joined without the space ("opening.Photo: Jane Roe"), the credit would not be found (caption-credit.ts).
    expect(figure?.caption).toBe('The mayor at the opening.');
    expect(figure?.credit).toBe('Photo: Jane Roe');
  });
});

describe('the dek is visible text', () => {
  it('never reads the code of a script inside the dek element', () => {
    const html = `<!doctype html><html lang="fr"><head><title>Le conseil vote le budget</title></head><body><article>
      <h1>Le conseil vote le budget</h1><p class="chapeau">Le budget de la ville augmente de 3 % cette année.<script>var dfp = { slot: "chapeau" };</script></p>${FILLER}</article></body></html>`;
    expect(readPageMetadata(parseHtml(html, 'https://journal.example.fr/budget')).subtitle).toBe('Le budget de la ville augmente de 3 % cette année.');
  });
});
