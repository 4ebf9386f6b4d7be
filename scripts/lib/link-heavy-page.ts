/**
 * A link farm of about `bytes` of HTML: a short article lost among blocks of links, each link
 * three wrappers deep. The shape froze a tab for ≥ 17.9 s past the popup's 10 s wait: ~84k
 * elements stay under the element cap, yet Readability walks, scores and cleans every wrapper
 * (about 14 s per parse in Chromium on the test machine). Generated, never committed; served by
 * tests/e2e/chromium-freeze.test.ts.
 */
export const LINK_HEAVY_BYTES = 1_900_000;

const WORDS = ['harbour', 'council', 'timetable', 'ferry', 'island', 'winter', 'budget', 'market', 'school', 'weather', 'station', 'river'];
const LINKS_PER_BLOCK = 24;

const word = (i: number): string => WORDS[i % WORDS.length] ?? '';

function linkBlock(block: number): string {
  const items: string[] = [];
  for (let i = 0; i < LINKS_PER_BLOCK; i += 1) {
    const link = `<a href="/story/${block}/${i}">${word(block + i)} ${word(block * 7 + i)} ${word(i + 3)} ${block * LINKS_PER_BLOCK + i}</a>`;
    items.push(`<div><div><div>${link} ${word(i)}</div></div></div>`);
  }
  return `<div class="module"><h3><a href="/topic/${block}">Topic ${block}</a></h3>${items.join('')}</div>`;
}

const ARTICLE = `<article><h1>Harbour ferries change their winter timetable</h1>
<p>The harbour authority will run fewer ferries between the old town and the island from the first week of November, cutting the evening service from every twenty minutes to every forty.</p>
<p>Officials blamed a shortage of trained crew and the cost of keeping the older boats seaworthy through the storm season, and promised the summer timetable would return in April.</p>
</article>`;

export function linkHeavyHtml(bytes = LINK_HEAVY_BYTES): string {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Link farm</title></head><body><div id="page">`;
  const tail = `</div></body></html>`;
  const blocks: string[] = [];
  let size = head.length + ARTICLE.length + tail.length;
  for (let block = 0; size < bytes; block += 1) {
    const html = linkBlock(block);
    blocks.push(html);
    size += html.length + 1;
  }
  const middle = Math.floor(blocks.length / 2);
  return `${head}${blocks.slice(0, middle).join('\n')}${ARTICLE}${blocks.slice(middle).join('\n')}${tail}`;
}
