/**
 * Where the reader's browser and the CLI read a page differently because they parse it
 * differently: the browser has scripts on, so a `<noscript>`'s content is text there, while
 * jsdom (the CLI, the benches, the tests) parses it as elements (scripts/lib/parse-html.ts).
 * Each page is read both ways; every page whose blocks or figures differ is printed with the
 * lines that differ, then the count. A figure is printed with the end of its picture's address.
 *
 *   npx tsx scripts/browser-parse-diff.ts --pages DIR
 *
 * DIR as for `npm run bench -- --pages` (`*.html` files, golden-page folders).
 */
import { extractArticle } from '../utils/article/extract-article';
import { listPagesIn } from './lib/page-folder';
import { parseHtml, setBrowserParsing } from './lib/parse-html';
import { nextTurn } from './lib/next-turn';

/** The end of a picture's address: enough to tell a thumbnail ("?q=20") from the picture. */
const SRC_TAIL_CHARS = 40;

function readAs(browser: boolean, html: string, url: string): string[] {
  setBrowserParsing(browser);
  const doc = parseHtml(html, url);
  try {
    const result = extractArticle(doc, url);
    if (!result.ok) return [`not read: ${result.reason}`];
    const blocks = result.blocks.map((block) => `${block.tag}${block.caption ? ' (caption)' : ''}: ${block.text}`);
    const figures = result.article.figures.map((figure) => `figure …${figure.src.slice(-SRC_TAIL_CHARS)} | ${figure.caption} | ${figure.credit}`);
    return [...blocks, ...figures];
  } finally {
    doc.defaultView?.close();
  }
}

/** The lines only one side has, in order, marked `-` (the CLI) and `+` (the browser). */
function differing(cli: readonly string[], browser: readonly string[]): string[] {
  const inBrowser = new Set(browser);
  const inCli = new Set(cli);
  return [...cli.filter((line) => !inBrowser.has(line)).map((line) => `  - ${line}`), ...browser.filter((line) => !inCli.has(line)).map((line) => `  + ${line}`)];
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--pages');
  const folder = at >= 0 ? process.argv[at + 1] : undefined;
  if (!folder) {
    console.log('Usage: npx tsx scripts/browser-parse-diff.ts --pages DIR');
    process.exitCode = 2;
    return;
  }
  const pages = listPagesIn(folder);
  let changed = 0;
  for (const page of pages) {
    const lines = differing(readAs(false, page.html, page.url), readAs(true, page.html, page.url));
    if (lines.length > 0) {
      changed++;
      console.log(`== ${page.name}\n${lines.map((line) => line.slice(0, 200)).join('\n')}`);
    }
    // Lets the closed pages' windows be collected (scripts/lib/next-turn.ts).
    await nextTurn();
  }
  console.log(`${changed} of ${pages.length} pages read differently by the browser (a noscript's content as text) and the CLI (as elements)`);
}

await main();
