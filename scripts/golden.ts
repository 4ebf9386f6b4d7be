/**
 * npm run golden                 compare every golden page with its expectations; exit 1 on changes
 * npm run golden -- --update     rewrite the expectations from the current pipeline
 * npm run golden -- NAME…        only the pages whose folder name contains NAME
 *
 * The pages live in tests/fixtures/pages/ (see its README); review a diff before --update.
 */
import { diffGolden, formatDiffs, listGoldenPages, readGoldenPage, writeExpected } from './lib/golden-pages';

function main(args: string[]): number {
  const update = args.includes('--update');
  const filters = args.filter((arg) => !arg.startsWith('--'));
  const pages = listGoldenPages().filter((page) => filters.length === 0 || filters.some((f) => page.name.includes(f)));
  let changed = 0;
  for (const page of pages) {
    const output = readGoldenPage(page);
    const diffs = diffGolden(page, output);
    if (diffs.length === 0) continue;
    changed++;
    console.log(formatDiffs(page.name, diffs));
    if (update) writeExpected(page, output);
  }
  const verb = update ? 'updated' : 'changed';
  console.log(`${pages.length} golden page(s), ${changed} ${verb}${changed > 0 && !update ? ' (npm run golden -- --update to accept)' : ''}`);
  return changed > 0 && !update ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
