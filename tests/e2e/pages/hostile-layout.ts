/**
 * Pages that attack the reading view's layout (issue 11, finding 7), generated at test time:
 * several are megabytes, too big to commit. Each is an ordinary short article around one
 * hostile body, so the extractor keeps the hostile part.
 */

const INTRO =
  '<p>The harbour authority will run fewer ferries on weekday evenings from the first of December, it said on Monday, after a year in which evening crossings carried fewer than a third of their seats.</p>' +
  '<p>Morning and afternoon crossings keep their current times. The last ferry from the city side will leave at 21:30 instead of 23:00, and the night service on Fridays and Saturdays will continue unchanged.</p>';

function article(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${INTRO}${body}<p>A public meeting on the changes will be held at the ferry terminal on the twentieth of November.</p></article></body></html>`;
}

const THAI = 'ภาษาไทยเป็นภาษาที่ไม่เว้นวรรคระหว่างคำ';

/** Path under the test server → page. */
export const HOSTILE_LAYOUT_PAGES: Record<string, () => string> = {
  // The page of the finding: one paragraph of a million quote marks (40 s in layout before).
  '/generated/million-quote-marks.html': () => article('A million quote marks', `<p>${'“'.repeat(1_000_000)}</p>`),
  '/generated/million-straight-quotes.html': () => article('A million straight quotes', `<p>${'"'.repeat(1_000_000)}</p>`),
  // Thai has no spaces between words: the slowest script measured for line breaking.
  // 60,000 characters: enough to take 3 s in one piece; more keeps the extractor past the popup's wait.
  '/generated/thai-run.html': () => article('Thai without a break', `<p>${THAI.repeat(Math.ceil(60_000 / THAI.length))}</p>`),
  // Just under the piece size, many times: only laying out what is near the viewport helps.
  '/generated/many-long-blocks.html': () => article('Three hundred long paragraphs', `<p>${'“'.repeat(4_900)}</p>`.repeat(300)),
  // One run of text spread over 20,000 inline elements.
  '/generated/inline-run.html': () => article('One run in many elements', `<p>${'<i>“““““</i>'.repeat(20_000)}</p>`),
  '/generated/million-letter-word.html': () => article('A word of a million letters', `<p>${'a'.repeat(1_000_000)}</p>`),
};
