import { describe, expect, it } from 'vitest';
import { STORY, withoutBoilerplate as clean } from './helpers';

// Lines about the story rather than of it, each between real paragraphs; and the paragraphs that only mention the same words.

function text(root: Element): string {
  return (root.textContent ?? '').replace(/\s+/gu, ' ');
}

describe('print-edition notices', () => {
  it('removes "A version of this article appears in print on …", split by comments and with its reprint links', () => {
    const notice =
      '<div>A version of this article appears in print on <!-- -->Sept. 26, 2018<!-- -->, on Page <!-- -->A<!-- -->1<!-- --> of the New York edition<!-- --> with the headline: <!-- -->Interest on Debt May Soon Exceed Military Cost<span>. <a href="/reprints">Order Reprints</a> | <a href="/paper">Today’s Paper</a> | <a href="/subscribe">Subscribe</a></span></div>';
    const root = clean(`${STORY}${notice}`);
    expect(text(root)).not.toMatch(/appears in print|New York edition|Order Reprints/u);
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });

  it('removes the notice that names the day and page before the edition', () => {
    const root = clean(`${STORY}<p>A version of this article appeared July 24, 2012, on page A2 in the U.S. edition of The Wall Street Journal, with the headline: Colorado Suspect Is Silent.</p>`);
    expect(text(root)).not.toMatch(/Wall Street Journal/u);
  });

  it("removes a syndicated extract's notice of where the full article appears", () => {
    const root = clean(`${STORY}<p>The full article contains 339 words and appears in Press Association newspaper.</p>`);
    expect(text(root)).not.toMatch(/full article contains/u);
  });

  it('removes the notice in Spanish and German', () => {
    const root = clean(`${STORY}<p>Una versión de este artículo aparece impresa el 3 de mayo de 2024, en la página 6.</p><p>Dieser Artikel erschien in der Printausgabe vom 12. März 2024.</p>`);
    expect(text(root)).not.toMatch(/versión de este artículo|Dieser Artikel/u);
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });

  it.each([
    'This article originally appeared on The Springfield Gazette.',
    'This story was originally published by Grist, a nonprofit news site.',
    'Dieser Artikel erschien zuerst bei Zeit Online.',
    'Cet article a été initialement publié sur The Conversation.',
    'Este artículo fue publicado originalmente en The Conversation.',
    // The site's request to report a mistake closing the story.
    'Pokud jste v článku zaznamenali chybu nebo překlep, dejte nám, prosím, vědět prostřednictvím kontaktního formuláře. Děkujeme!',
    'Spotted an error? Let us know.',
    'Haben Sie einen Fehler entdeckt? Schreiben Sie uns.',
    'Nếu bạn phát hiện sai sót trong bài viết, xin vui lòng báo cho chúng tôi.',
  ])('removes a note about the story closing it (where it first appeared, a request to report a mistake): %s', (note) => {
    const root = clean(`${STORY}<p>${note}</p>`);
    expect(text(root)).not.toContain(note.slice(0, 20));
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });

  it('removes a portal\'s note of where the story is published, and keeps a sentence that opens alike', () => {
    const root = clean(`${STORY}<p>Bạn đang xem bài viết trên Báo Điện tử Dân trí.</p><p>Bạn đang xem xét mua nhà ở đâu?</p>`);
    expect(text(root)).not.toContain('Bạn đang xem bài viết');
    expect(text(root)).toContain('Bạn đang xem xét mua nhà');
  });

  it('keeps a request to report a mistake that is not in the story\'s tail', () => {
    const prompt = 'Spotted an error? Let us know.';
    expect(text(clean(`<p>${prompt}</p>${STORY}${STORY}${STORY}${STORY}`))).toContain(prompt);
  });

  it('keeps a first paragraph that opens with the day it was first published', () => {
    const first = 'Originally Published on Thursday, December 15, 2011: Timeline gives you an easy way to see the things you have shared.';
    expect(text(clean(`<p>${first}</p>${STORY}`))).toContain('Timeline gives you');
  });

  it('keeps a paragraph that tells what the paper printed', () => {
    const kept = '<p>This article appeared in print only after the editors had checked every figure twice, the paper’s ombudsman wrote in a long column on Sunday about the decision.</p>'.replace('This article appeared in print only', 'The article appeared in print only');
    const root = clean(`${STORY}${kept}`);
    expect(text(root)).toContain('The article appeared in print only after the editors');
  });
});

describe('video labels', () => {
  it('removes "Watch Video", "Play video 2:31", "Xem video" and "Vidéo" lines', () => {
    for (const label of ['Watch Video', 'Play video 2:31', 'Xem video', 'Vidéo', 'Video abspielen']) {
      const root = clean(`${STORY}<div>${label}</div>${STORY}`);
      expect(text(root)).not.toContain(label);
      expect(root.querySelectorAll('p')).toHaveLength(2);
    }
  });

  it('removes a "Video:" pointer to another page', () => {
    const root = clean(`${STORY}<p>Video: <a href="/video/1">The first lady speaks about meeting Nelson Mandela</a></p>`);
    expect(text(root)).not.toContain('Nelson Mandela');
  });

  it('keeps a paragraph that mentions a video, and a "Video:" line with no link', () => {
    const para = '<p>The video shows the suspect leaving the store shortly before midnight, police said.</p>';
    const bare = '<p>Video: the suspect leaves the store shortly before midnight</p>';
    const root = clean(`${STORY}${para}${bare}`);
    expect(text(root)).toContain('The video shows the suspect');
    expect(text(root)).toContain('Video: the suspect leaves');
  });
});

describe('agency datelines standing alone', () => {
  it('removes "Associated Press - Nov. 29, 2016" and "AFP | 12 mars 2024" lines', () => {
    for (const line of ['Associated Press - Nov. 29, 2016', 'The Associated Press – December 1, 2016 2:14 PM', 'AFP | 12 mars 2024', 'TTXVN - 26/01/2024']) {
      const root = clean(`<p>${line}</p>${STORY}`);
      expect(text(root)).not.toContain(line);
      expect(root.querySelectorAll('p')).toHaveLength(1);
    }
  });

  it('keeps a paragraph that names the agency, and an agency line that is a story', () => {
    const named = '<p>Associated Press - the news agency - said on Nov. 29, 2016 that it would open a bureau in the city.</p>';
    const story = '<p>AP - 3 killed in Monday storm</p>';
    const root = clean(`${STORY}${named}${story}`);
    expect(text(root)).toContain('Associated Press - the news agency');
    expect(text(root)).toContain('AP - 3 killed');
  });
});

describe('app prompts', () => {
  it('removes "Get the CNET app" and "Téléchargez l’application" with their links', () => {
    const root = clean(
      `${STORY}<p><a href="https://apps.example/cnet">Get the CNET app</a> for iOS and Android.</p><p><a href="/app">Téléchargez l’application</a> Le Quotidien pour suivre l’actualité.</p><p>Tải ứng dụng</p>`,
    );
    expect(text(root)).not.toMatch(/CNET app|Téléchargez|Tải ứng dụng/u);
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });

  it('keeps a sentence of the story about downloading an app', () => {
    const para =
      '<p>Download the app, the health minister urged residents on Monday, saying that the tracing tool had already warned more than 40,000 people who had been near an infected person.</p>';
    const root = clean(`${STORY}${para}<p>Residents can download the city’s app from the store.</p>`);
    expect(text(root)).toContain('Download the app, the health minister urged');
    expect(text(root)).toContain('download the city’s app');
  });
});

describe('related videos’ teasers', () => {
  it('removes a headline followed by a "Watch Video" link, and a "Voir la vidéo" one', () => {
    const teasers =
      '<div><p>John Stamos, Kristen Davis Star in ‘The Best Man’ <a href="javascript:void(0)">Watch Video</a></p><p>Miley Cyrus Engaged: Marriage Before 25 a Bad Decision? <a href="/v/2">Watch Video</a></p><p>Le maire inaugure le nouveau pont <a href="/v/3">Voir la vidéo</a></p></div>';
    const root = clean(`${STORY}${teasers}${STORY}`);
    expect(text(root)).not.toMatch(/Stamos|Miley|Le maire/u);
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });

  it('removes the teaser when Readability has made its label plain text', () => {
    const root = clean(`${STORY}<div>Drew Peterson Trial: Defense Asks for Mistrial <span>Watch Video</span></div>${STORY}`);
    expect(text(root)).not.toContain('Drew Peterson');
  });

  it('keeps a subhead and a sentence that end on the word video', () => {
    const root = clean(`${STORY}<p><strong>Affidavit: Attack caught on video</strong></p><p>A reputed gang member is in jail for taunting police on an Internet video.</p><p>Check out our video!</p>`);
    expect(text(root)).toContain('Attack caught on video');
    expect(text(root)).toContain('on an Internet video.');
    expect(text(root)).toContain('Check out our video!');
  });

  it('keeps a sentence that ends with a link to its video', () => {
    const para = '<p>The mayor opened the new bridge on Sunday. <a href="/v/1">Watch video</a></p>';
    expect(text(clean(`${STORY}${para}`))).toContain('The mayor opened the new bridge');
  });
});

describe('app prompts inside a short line', () => {
  it('removes "CNET On The Go. Download the native CNET app for the platform of your choice."', () => {
    const root = clean(`${STORY}<p>CNET On The Go. Download the native CNET app for the platform of your choice.</p>`);
    expect(text(root)).not.toContain('native CNET app');
  });
});

describe('a gallery box’s cut captions', () => {
  it('removes "Fred Willard arrives at the fifth annual... View Full Size" and "Le président lors du sommet… Agrandir"', () => {
    const box = '<div><p>Fred Willard arrives at the fifth annual... <a href="javascript:void(0)">View Full Size</a></p><p>Le président lors du sommet de Bruxelles… Agrandir</p><p>Der Kanzler beim Gipfel in Brüssel ... Bild vergrößern</p></div>';
    const root = clean(`${STORY}${box}${STORY}`);
    expect(text(root)).not.toMatch(/Willard|président|Kanzler/u);
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });

  it('keeps a cut quote and a pause followed by the words of the story', () => {
    const root = clean(`${STORY}<p>“We will never give up…” she said.</p><p>The vote was close... but it passed.</p>`);
    expect(text(root)).toContain('she said.');
    expect(text(root)).toContain('but it passed.');
  });
});

describe('pointers and follow prompts', () => {
  it('removes "Read: <link>" and "Photos: <link>" lines, keeps a sentence that starts with "Read"', () => {
    const root = clean(`${STORY}<p><b>Read: <a href="/apple-results">What to look out for in Apple's results</a></b></p><p>Photos: <a href="/g/1">The mayor's first year</a></p><p>Read the full report on the council's website before the vote on Friday.</p>`);
    expect(text(root)).not.toMatch(/Apple's results|first year/u);
    expect(text(root)).toContain('Read the full report');
  });

  it('removes "Follow @Josh", keeps a sentence that names a handle', () => {
    const root = clean(`${STORY}<p>Follow <a href="https://twitter.com/josh">@Josh</a></p><p>The mayor, who posts as @mayor_lee, answered questions for an hour on Tuesday.</p>`);
    expect(text(root)).not.toContain('Follow @Josh');
    expect(text(root)).toContain('@mayor_lee');
  });
});

describe('a pointer heading over a list of links', () => {
  const LINKS = '<ul><li><a href="/a">Facebook post leads to murder retrial</a></li><li><a href="/b">Is Twitter’s Olympic knee jerk about money?</a></li></ul>';

  it('removes "More Technically Incorrect" and "Xem thêm tin khác" with their lists, in the middle of the body', () => {
    const root = clean(`${STORY}<div><h3>More Technically Incorrect</h3>${LINKS}</div>${STORY}<h3>Xem thêm tin khác</h3>${LINKS}${STORY}`);
    expect(text(root)).not.toMatch(/Technically|Xem thêm|murder retrial/u);
    expect(root.querySelectorAll('p')).toHaveLength(3);
  });

  it('keeps a subhead over the story’s own text, and one whose list is not all links', () => {
    const root = clean(`${STORY}<h3>More than 100 people turned out</h3>${STORY}<h3>More ways to help</h3><ul><li>Give blood at the city hall on Monday</li><li>Volunteer <a href="/v">online</a> or by phone</li></ul>`);
    expect(text(root)).toContain('More than 100 people turned out');
    expect(text(root)).toContain('More ways to help');
  });
});
