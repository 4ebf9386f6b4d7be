import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The rooms are kept apart by lint (eslint.config.js). These probes prove the rules fire on
 * imports as they are really written (`@/…`, extensionless), not only on `….ts` paths.
 * The probe files do not exist: lintText lints the code as if it lived at `filePath`.
 */
const ZONES = 'import-x/no-restricted-paths';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

describe('utils/ stays pure', () => {
  it.each([
    { from: '@/components/Reader', file: 'utils/__probe__.ts', rule: ZONES },
    { from: '../components/Reader', file: 'utils/__probe__.ts', rule: ZONES },
    { from: '../../entrypoints/background', file: 'utils/article/__probe__.ts', rule: ZONES },
    { from: 'wxt/browser', file: 'utils/__probe__.ts', rule: 'no-restricted-imports' },
    { from: 'wxt/utils/storage', file: 'utils/__probe__.ts', rule: 'no-restricted-imports' },
    { from: 'webextension-polyfill', file: 'utils/__probe__.ts', rule: 'no-restricted-imports' },
  ])('reports $file importing $from', async ({ from, file, rule }) => {
    const code = `import * as forbidden from '${from}';\nexport const probe = forbidden;\n`;
    expect(await ruleIds(code, file)).toEqual([rule]);
  });

  it('reports the browser and chrome globals', async () => {
    const ids = await ruleIds('export const probe = [browser.runtime.id, chrome.runtime.id];\n', 'utils/__probe__.ts');
    expect(ids).toEqual(['no-restricted-globals', 'no-restricted-globals']);
  });

  it('reports utils/article importing utils/outline', async () => {
    const code = "import { buildOutline } from '@/utils/outline/build-outline';\nexport const probe = buildOutline;\n";
    expect(await ruleIds(code, 'utils/article/__probe__.ts')).toEqual([ZONES]);
  });

  it('lets utils/ import utils/ and packages', async () => {
    const code = "import { normalizeSpace } from '@/utils/text/segment';\nimport { Readability } from '@mozilla/readability';\nexport const probe = [normalizeSpace, Readability];\n";
    expect(await ruleIds(code, 'utils/__probe__.ts')).toEqual([]);
  });
});

describe('clients/ and components/ stay out of the rooms above them', () => {
  it('reports a client importing a component', async () => {
    const code = "import { Reader } from '@/components/Reader';\nexport const probe = Reader;\n";
    expect(await ruleIds(code, 'clients/__probe__.ts')).toEqual([ZONES]);
  });

  it('reports a component importing an entrypoint', async () => {
    const code = "import background from '@/entrypoints/background';\nexport const probe = background;\n";
    expect(await ruleIds(code, 'components/__probe__.tsx')).toEqual([ZONES]);
  });

  it('lets a component import utils/ and another component', async () => {
    const code = "import { SafeHtml } from './SafeHtml';\nimport type { Article } from '@/utils/article/types';\nexport const probe: [unknown, Article | null] = [SafeHtml, null];\n";
    expect(await ruleIds(code, 'components/__probe__.tsx')).toEqual([]);
  });
});
