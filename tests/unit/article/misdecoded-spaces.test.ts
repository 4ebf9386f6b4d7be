import { describe, expect, it } from 'vitest';
import { repairMisdecodedSpaces } from '@/utils/article/misdecoded-spaces';
import { afterPass, extractHtml, FILLER } from './helpers';

const repaired = afterPass(repairMisdecodedSpaces);

describe('no-break spaces decoded twice ("Â ")', () => {
  it('turns "Â" before a no-break space back into the space, in every text node', () => {
    const root = repaired('<p>Published:Â\u00a0<b>Friday,Â\u00a0January</b> 11, 2008</p><div class="clear">Â\u00a0</div>');
    expect(root.textContent).toBe('Published:\u00a0Friday,\u00a0January 11, 2008\u00a0');
  });

  it('leaves a capital A with circumflex that begins a word alone', () => {
    expect(repaired('<p>Âge légal, Â\u00c2 et PÂTES</p>').textContent).toBe('Âge légal, ÂÂ et PÂTES');
  });

  it('lets the header\'s date echo go once mended, and leaves no "Â" spacer behind', () => {
    const article = extractHtml(
      `<!doctype html><html lang="en"><head><title>Wrong-way driver halted</title><meta property="article:published_time" content="2008-01-11T08:00:00-08:00"></head><body><article><h1>Wrong-way driver halted</h1><p>Published:Â\u00a0Friday, January 11, 2008</p><div class="clear">Â\u00a0</div>${FILLER}</article></body></html>`,
    );
    expect(article.text).not.toMatch(/Â|Published/u);
    expect(article.text).toMatch(/^Paragraph 1 of the story/u);
  });
});
