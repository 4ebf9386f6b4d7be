import { describe, expect, it } from 'vitest';
import { EAGER_COMPILE_HINT, eagerCompile } from '@/scripts/lib/eager-compile';

type Output = { type: 'chunk'; fileName: string; code: string } | { type: 'asset'; fileName: string; source: string };

/** Runs the plugin's generateBundle hook over a bundle of the given outputs. */
function bundled(outputs: Output[]): Record<string, Output> {
  const bundle = Object.fromEntries(outputs.map((output) => [output.fileName, output]));
  const hook = eagerCompile('extract.js').generateBundle as unknown as (options: unknown, bundle: Record<string, Output>) => void;
  hook({}, bundle);
  hook({}, bundle);
  return bundle;
}

describe('eagerCompile: the in-page extractor compiled whole as it loads', () => {
  it('puts the hint first in the named script once, and nowhere else', () => {
    const bundle = bundled([
      { type: 'chunk', fileName: 'extract.js', code: '(function(){return 1})();' },
      { type: 'chunk', fileName: 'chunks/popup.js', code: 'export {};' },
      { type: 'asset', fileName: 'extract.css', source: '' },
    ]);
    expect(bundle['extract.js']).toMatchObject({ code: `${EAGER_COMPILE_HINT}(function(){return 1})();` });
    expect(bundle['chunks/popup.js']).toMatchObject({ code: 'export {};' });
    expect(EAGER_COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
  });
});
