import { describe, expect, it } from 'vitest';
import { STORY, withoutBoilerplate } from './helpers';

describe('a story\'s tool bar', () => {
  it('leaves with its text size, print and send tools, in any pack\'s language', () => {
    const bars = [
      '<p>Font size: <a href="#">Decrease</a> <a href="#">Increase</a></p>',
      '<p>Font size: <a href="#">+</a> <a href="#">-</a></p>',
      '<div><span>Print article:</span> <a href="/print">Print</a></div>',
      '<p><a href="/p">Printer-friendly version</a> <a href="/f">Email-a-friend</a> <a href="/r">Respond</a></p>',
      '<div>Cỡ chữ: <a href="#">A-</a> <a href="#">A+</a> | <a href="/in">In bài</a></div>',
      '<div>Schriftgröße: <button>+</button> <button>-</button> <a href="/d">Drucken</a></div>',
    ];
    for (const bar of bars) {
      const root = withoutBoilerplate(`${STORY}${bar}${STORY}`);
      expect(root.textContent, bar).not.toMatch(/Font size|Print|Respond|Cỡ chữ|Schriftgröße/u);
      expect(root.textContent).toContain('The council voted');
    }
  });

  it('takes a tool alone on its line beside another tool, and keeps one alone', () => {
    const root = withoutBoilerplate(`${STORY}<p>Teilen</p><p>Drucken</p>`);
    expect(root.textContent).not.toMatch(/Teilen|Drucken/u);
    expect(withoutBoilerplate(`${STORY}<p>Save</p>`).textContent).toContain('Save');
  });

  it('takes a list of tools when most of its items are tools', () => {
    const root = withoutBoilerplate(`${STORY}<ul><li>Discuss Story <em>On Newsvine</em></li><li>Email</li><li>Instant Message</li><li>Print</li></ul>`);
    expect(root.querySelector('ul')).toBeNull();
  });

  it('takes a count of comments alone on its line', () => {
    for (const line of ['15 comments', '2 comments:', '1,204 Comments']) {
      const root = withoutBoilerplate(`${STORY}<p><a href="#comments">${line}</a></p>`);
      expect(root.textContent, line).not.toContain('omments');
    }
  });

  it('keeps the story\'s own lines and lists that name the same things', () => {
    const kept = [
      '<p>Print sales fell, and the email newsletter grew.</p>',
      '<p>Increase: 4 per cent. Decrease: 2 per cent.</p>',
      '<ul><li>Email the council before Friday.</li><li>Print the form and sign it.</li></ul>',
      '<ul><li>Email</li><li>Phone calls from residents</li><li>Letters sent to the mayor</li></ul>',
      '<p>Comments: 15</p>',
      // The writer's address: a tool's word alone is no tool bar.
      '<p>Email: <a href="mailto:a.ribbink@ru.ac.za">A.Ribbink@ru.ac.za</a></p>',
      '<p><span>Email:</span> <a href="mailto:a.ribbink@ru.ac.za">A.Ribbink@ru.ac.za</a></p>',
    ];
    for (const html of kept) {
      const root = withoutBoilerplate(`${STORY}${html}`);
      expect(root.innerHTML, html).toContain(html);
    }
  });
});

describe('a source label whose source is the paper\'s logo', () => {
  it('leaves with the logo, or alone at the top of the body', () => {
    for (const html of [`<div>Article from: <a href="/"><img src="/logo.gif" alt="The Daily Telegraph"></a></div>${STORY}`, `<p>Article from:</p>${STORY}`, `<p>Nguồn:</p>${STORY}`]) {
      const root = withoutBoilerplate(html);
      expect(root.textContent, html).not.toMatch(/Article from|Nguồn/u);
      expect(root.textContent).toContain('The council voted');
    }
  });

  it('stays over the list of sources it heads', () => {
    const root = withoutBoilerplate(`${STORY}<p>Sources:</p><ul><li>Census 2020</li><li>City budget office</li></ul>`);
    expect(root.textContent).toContain('Sources:');
  });
});
