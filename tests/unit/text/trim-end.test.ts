import { describe, expect, it } from 'vitest';
import { trimEndWhile } from '@/utils/text/trim-end';

describe('trimEndWhile', () => {
  it('drops the matching characters at the end only', () => {
    expect(trimEndWhile('The results, ', /[\s,]/u)).toBe('The results');
    expect(trimEndWhile(', a, b', /[\s,]/u)).toBe(', a, b');
    expect(trimEndWhile(',,,', /[,]/u)).toBe('');
  });

  it('stays linear on a long run of them (a regex `[…]+$` is not)', () => {
    const text = `${'， '.repeat(20_000)}!`;
    const start = performance.now();
    expect(trimEndWhile(text, /[\s，]/u)).toBe(text);
    expect(performance.now() - start).toBeLessThan(50);
  });
});
