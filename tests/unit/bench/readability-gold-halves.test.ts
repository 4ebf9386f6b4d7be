import { describe, expect, it } from 'vitest';
import { halvesOf } from '@/scripts/lib/quality-readability-gold';

describe('the halves of the Readability gold', () => {
  const first = { alpha: {}, bravo: {}, charlie: {}, delta: {} };

  it('halves the first split by alphabetical index: even dev, odd check', () => {
    expect(Object.fromEntries(halvesOf(first))).toEqual({ alpha: 'dev', bravo: 'check', charlie: 'dev', delta: 'check' });
  });

  it('keeps every page of the first split in its half when a page marked dev is added among them', () => {
    const added = halvesOf({ ...first, 'bravo-2': { half: 'dev' }, aardvark: { half: 'dev' } });
    expect(Object.fromEntries(added)).toEqual({ aardvark: 'dev', alpha: 'dev', bravo: 'check', 'bravo-2': 'dev', charlie: 'dev', delta: 'check' });
  });
});
