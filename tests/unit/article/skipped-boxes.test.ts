import { describe, expect, it } from 'vitest';
import { removeSkippedBoxes } from '@/utils/article/skipped-boxes';
import { afterPass } from './helpers';
import { parseHtml } from '@/scripts/lib/parse-html';
import { readPage } from '@/utils/read-page';

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

  // BBC's "story-feature" boxes: an analysis, a timeline, key facts (cleanportal, dragnet).
  it('keeps a box of prose of its own without its skip link, its title a line leading into it', () => {
    const analysis =
      '<div><a href="#continues-1">Continue reading the main story</a><h2>Analysis</h2>' +
      '<p>The collapse underlines the issue of illegal construction in the region. Police say the builder used sub-standard material and held no occupation certificate.</p>' +
      '<p>There are hundreds of similar buildings nearby. Demand for cheap housing is high, and homes in illegal buildings sell for less than those in legal ones.</p></div>';
    const root = clean(`${STORY}${analysis}${para(5, ' id="continues-1"')}`);
    expect(root.textContent).not.toContain('Continue reading');
    expect(root.querySelector('h2')).toBeNull();
    expect(root.querySelector('p strong')?.textContent).toBe('Analysis:');
    expect(root.querySelectorAll('hr')).toHaveLength(2);
    expect(root.textContent).toContain('There are hundreds of similar buildings nearby.');
    const tokyo = '<div><a href="#c">本文へ</a><h3>東京の人口</h3><p>' + '東京都の人口は増え続けている。'.repeat(4) + '</p><p>' + '都は住宅の供給を急いでいる。'.repeat(4) + '</p></div>';
    expect(clean(`${STORY}${tokyo}${para(5, ' id="c"')}`).querySelector('p strong')?.textContent).toBe('東京の人口：');
  });

  it('files no part of the story under a kept box: the outline has the story\'s sections only', () => {
    const text = (topic: string) => [1, 2, 3].map((i) => `<p>The council's ${topic} drew a long debate on Tuesday evening, part ${i}, as residents asked for the programme to run for two more years and the mayor agreed.</p>`).join('');
    const analysis = `<div><a href="#continues-1">Continue reading the main story</a><h2>Analysis</h2>${text('analysis')}</div>`;
    const body = `<h2>The vote</h2>${text('vote')}${analysis}<p id="continues-1">After the box, the story goes on with the council's plans.</p>${text('plan')}<h2>What comes next</h2>${text('future')}`;
    const url = 'https://news.example/council-vote';
    const page = parseHtml(`<html lang="en"><head><title>Council extends programme</title></head><body><article><h1>Council extends programme</h1>${text('intro')}${body}</article></body></html>`, url);
    const result = readPage(page, url);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.text).toContain("The council's analysis drew");
    expect(result.outline.sections.map((section) => section.title)).toEqual(['The vote', 'What comes next']);
  });

  it('removes a long newsletter promotion, and a box that is mostly links', () => {
    const notice = 'Newsletters may contain information about charities, online ads and content funded by outside parties. For more information see our privacy policy, which explains how we use your data and how long we keep it.';
    const signUp = `<aside><a href="#after-1">Skip past newsletter promotion</a><h2>Sign up to Business Today</h2><p>Get set for the working day with the news you need every morning.</p><p>${notice}</p></aside>`;
    const related = Array.from({ length: 8 }, (_, i) => `<li><a href="/story-${i}">Another story about the council and its long programme, part ${i}</a></li>`).join('');
    const links = `<div><a href="#after-2">Continue reading the main story</a><h2>More on this story</h2><ul>${related}</ul></div>`;
    const root = clean(`${STORY}${signUp}${para(5, ' id="after-1"')}${links}${para(6, ' id="after-2"')}`);
    expect(root.textContent).not.toMatch(/Sign up|Newsletters|More on this story|Another story/u);
    expect(root.querySelectorAll('p')).toHaveLength(6);
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
