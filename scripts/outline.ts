/**
 * npm run -s outline -- FILE.html [--url URL] [--json]
 * npm run -s outline -- --manifest LIST.jsonl
 *
 * The article and outline of saved pages, on the same code as the extension. The manifest
 * mode prints one JSON line per page (contract in scripts/lib/run-manifest.ts).
 */
import { formatReport } from './lib/format-report';
import { reportFromFile, runManifest } from './lib/run-manifest';

function option(args: string[], name: string): string | null {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? null) : null;
}

async function main(args: string[]): Promise<number> {
  const manifest = option(args, 'manifest');
  if (manifest) {
    try {
      await runManifest(manifest, (report) => process.stdout.write(`${JSON.stringify(report)}\n`));
    } catch (error) {
      console.error(`Cannot read the manifest ${manifest}: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    return 0;
  }
  const url = option(args, 'url');
  const file = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--url');
  if (!file) {
    console.error('Usage: npm run -s outline -- FILE.html [--url URL] [--json]\n       npm run -s outline -- --manifest LIST.jsonl');
    return 2;
  }
  const report = reportFromFile(file, url);
  process.stdout.write(args.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report.ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
