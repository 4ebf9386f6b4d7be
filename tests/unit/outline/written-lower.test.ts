import { describe, expect, it } from 'vitest';
import { wordsWrittenLower } from '@/utils/outline/written-lower';

describe('wordsWrittenLower', () => {
  it('gives the whole words written in lower case, folded', () => {
    const words = wordsWrittenLower(['Backup Charlie Batch spoke.', 'The backup said so; an iPhone and McDonald were named.']);
    expect([...words].sort()).toEqual(['an', 'and', 'backup', 'iphone', 'named', 'said', 'so', 'spoke', 'were'].sort());
  });

  it('gives nothing for a script without case', () => {
    expect(wordsWrittenLower(['日本の首相は語った。']).size).toBe(0);
  });
});
