import { describe, expect, it } from 'vitest';
import { removeSkippedBoxes } from '@/utils/article/skipped-boxes';
import { afterPass } from './helpers';

const para = (id: number, attrs = ''): string => `<p${attrs}>Paragraph ${id}: the council voted on Tuesday to extend the programme for two more years, citing strong demand from residents.</p>`;
const STORY = [1, 2, 3, 4].map((i) => para(i)).join('');

const clean = afterPass(removeSkippedBoxes);

describe('boxes the page lets its reader skip', () => {
  it('removes a side box and a pull quote that open with a link to the text just after them', () => {
    const facts = '<div><a href="#continues-1">Continue reading the main story</a><h2>Dr Craig Venter</h2><ul><li>Decoded his own genome</li><li>Built a synthetic cell</li></ul></div>';
    const quote = '<div><a href="#continues-2">Continue reading the main story</a><h2>“Start Quote</h2><blockquote><p>It is just stunning.”</p></blockquote><span>End Quote</span> <span>Dr Craig Venter</span></div>';
    const root = clean(`${STORY}${facts}${para(5, ' id="continues-1"')}${quote}${para(6, ' id="continues-2"')}`);
    expect(root.textContent).not.toMatch(/Continue reading|Venter|stunning/u);
    expect(root.querySelectorAll('p')).toHaveLength(6);
  });

  it('removes a promotion whose link skips past it, in any language', () => {
    const promo = '<aside><a href="#nach-dem-newsletter">Newsletter überspringen</a><p>Melden Sie sich für unseren Newsletter an.</p><form><input type="email"></form></aside>';
    const root = clean(`${STORY}${promo}<div id="nach-dem-newsletter"></div>${para(5)}`);
    expect(root.textContent).not.toMatch(/Newsletter/u);
    expect(root.querySelectorAll('p')).toHaveLength(5);
  });

  it('keeps in-page contents, a paragraph opening with a link, a link to a later section, and a box as long as the story', () => {
    const contents = '<ul><li><a href="#a">The vote</a></li><li><a href="#b">What comes next</a></li></ul>';
    expect(clean(`${contents}<h2 id="a">The vote</h2>${STORY}<h2 id="b">What comes next</h2>${para(5)}`).querySelector('ul')).not.toBeNull();
    const opening = '<p><a href="#note">Residents</a> have asked for the programme since 2019, the mayor said.</p>';
    expect(clean(`${STORY}${opening}${para(5, ' id="note"')}`).textContent).toContain('have asked for the programme');
    const later = '<div><a href="#end">Skip to the end</a><h2>Background</h2><p>The programme began in 2019.</p></div>';
    expect(clean(`${later}${para(1)}<h2 id="end">The end</h2>`).textContent).toContain('The programme began');
    const whole = `<div><a href="#after">Skip</a>${STORY}</div>${para(5, ' id="after"')}`;
    expect(clean(whole).querySelectorAll('p')).toHaveLength(5);
  });

  // The first version measured the text between each link and its target with a Range: on an
  // encyclopedia page (hundreds of footnote links to the end) the reading ran for minutes.
  it('reads a page of a thousand footnote links in a moment, and keeps every note', () => {
    const cited = Array.from({ length: 1_000 }, (_, i) => `<p>Claim ${i} is well sourced.<sup><a href="#note-${i}">[${i}]</a></sup></p>`).join('');
    const notes = `<ol>${Array.from({ length: 1_000 }, (_, i) => `<li id="note-${i}">Source ${i}, page ${i + 1}.</li>`).join('')}</ol>`;
    const started = performance.now();
    const root = clean(`${cited}${notes}`);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(root.querySelectorAll('sup')).toHaveLength(1_000);
  }, 60_000);
});
