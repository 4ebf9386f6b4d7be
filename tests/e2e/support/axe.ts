import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFile(fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');

interface AxeLike {
  run(context: Document, options: { runOnly: string[]; resultTypes: string[] }): Promise<{
    violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[];
  }>;
}

/**
 * axe-core's WCAG 2.x A and AA rules on the page as it is now, as "rule: targets" lines.
 * Loaded by evaluation, not a script tag: the extension page's CSP (script-src 'self') blocks inline scripts.
 */
export async function wcagAAViolations(page: Page): Promise<string[]> {
  await page.evaluate(await AXE_SOURCE);
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: AxeLike };
    const results = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'], resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id} (${v.impact ?? '?'}): ${v.nodes.slice(0, 3).map((n) => n.target.map(String).join(' ')).join(', ')}`);
  });
}
