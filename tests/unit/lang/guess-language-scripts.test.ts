import { describe, expect, it } from 'vitest';
import { NO_SCRIPT_RANGES, SCRIPTS } from '@/utils/lang/guess-language';

describe('countScripts skips code points without a regex only where no script class matches', () => {
  it('no code point in NO_SCRIPT_RANGES belongs to a counted script', () => {
    const wrong: string[] = [];
    for (const [first, last] of NO_SCRIPT_RANGES) {
      for (let codePoint = first; codePoint <= last; codePoint++) {
        const char = String.fromCodePoint(codePoint);
        const rule = SCRIPTS.find(({ pattern }) => pattern.test(char));
        if (rule) wrong.push(`U+${codePoint.toString(16)} ${rule.script}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
