/**
 * Opens saved pages in the built extension in Debian's Chromium, as a reader would, and keeps
 * what the popup shows: a screenshot of each (the header, the text's start and every outline
 * group, on a tall viewport) and one text file listing, per page, the header fields and each
 * outline group's items. Figures on a benchmark are not enough before a quality claim: this is
 * how to look at the pages themselves.
 *
 *   npm run build:e2e && npx tsx scripts/shoot-pages.ts [--pages DIR] [--only SUBSTRING] [--out DIR]
 *
 * Writes bench-results/shots/<page>.png and bench-results/shots/outline.txt (not committed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_E2E_BUILD, launchChromiumWithExtension, popupUrlFor } from '../tests/e2e/support/chromium';
import { PopupPage } from '../tests/e2e/support/popup';
import { startTestServer } from '../tests/e2e/support/test-server';
import { GOLDEN_DIR } from './lib/golden-pages';
import { listPagesIn } from './lib/page-folder';
import { atOwnAddress } from './lib/served-address';

/** Wide enough for the outline beside the text, tall enough to hold a long outline. */
const VIEWPORT = { width: 1000, height: 1800 };

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return (at >= 0 ? process.argv[at + 1] : undefined) ?? fallback;
}

/** The popup's header and outline as text, read in the popup (self-contained: runs in the page). */
function readShown(): string {
  const text = (el: Element | null): string => el?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
  const lines = [
    `title: ${text(document.querySelector('h1.article-title'))}`,
    `byline: ${text(document.querySelector('.byline'))}`,
    `published: ${document.querySelector('time.published')?.getAttribute('datetime') ?? ''} (${text(document.querySelector('time.published'))})`,
    `status: ${text(document.querySelector('.status-message'))}`,
    `first paragraph: ${text(document.querySelector('.article-body p')).slice(0, 200)}`,
  ];
  for (const group of Array.from(document.querySelectorAll('nav.outline details.outline-group'))) {
    lines.push(`[${text(group.querySelector('summary'))}]`);
    for (const item of Array.from(group.querySelectorAll('.outline-speaker, .outline-item'))) {
      // Quotes are grouped under their speaker: the speaker line says who, its items what.
      lines.push(item.classList.contains('outline-speaker') ? `  @ ${text(item)}` : `    - ${text(item).slice(0, 220)}`);
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const folder = option('pages', GOLDEN_DIR);
  const only = option('only', '');
  const out = option('out', 'bench-results/shots');
  mkdirSync(out, { recursive: true });
  // Each page at its own address (url.txt), served by the test server as the browser's
  // proxy: what a page gives depends on where it is (scripts/lib/served-address.ts).
  const pages = listPagesIn(folder)
    .filter((page) => only === '' || page.name.includes(only))
    .map(atOwnAddress);
  const server = await startTestServer();
  const chromium = await launchChromiumWithExtension(CHROME_E2E_BUILD, { proxy: server.origin });
  const report: string[] = [];
  try {
    for (const page of pages) {
      const name = page.name.replace(/\.html?$/iu, '');
      process.stderr.write(`\r${report.length + 1}/${pages.length} ${name.padEnd(50)}`);
      // Pages may share an address (fakehost): each is served there just before it is opened.
      server.serveAt(page.address, page.html);
      const tab = await chromium.context.newPage();
      await tab.goto(page.address);
      const popup = await chromium.context.newPage();
      await popup.setViewportSize(VIEWPORT);
      // tsx names functions through a `__name` helper; the functions evaluated in the popup need it there too.
      await popup.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      await popup.goto(await popupUrlFor(chromium, tab));
      const seen = await new PopupPage((fn) => popup.evaluate(fn)).settled(30_000);
      if (seen.view === 'article') await popup.locator('.layout:not(.outline-making)').waitFor({ timeout: 30_000 });
      await popup.screenshot({ path: join(out, `${name}.png`) });
      report.push(`## ${name}\n${await popup.evaluate(readShown)}\n`);
      await popup.close();
      await tab.close();
    }
  } finally {
    await chromium.close();
    await server.close();
  }
  process.stderr.write('\n');
  writeFileSync(join(out, 'outline.txt'), report.join('\n'));
  console.log(`${report.length} pages shot into ${out}/ (outline.txt lists what each popup shows)`);
}

await main();
