import { describe, expect, it } from 'vitest';
import { opensWithTerm } from '@/utils/text/leading-term';

describe('opensWithTerm: organisation words as whole terms', () => {
  const terms = ['bộ', 'tp.', 'công an', 'công ty', 'thành ủy'];

  it('matches a term of several words at the start, case folded and after punctuation', () => {
    expect(opensWithTerm('Công an tỉnh Quảng Ngãi', terms)).toBe(true);
    expect(opensWithTerm('Công an, Viện kiểm sát', terms)).toBe(true);
    expect(opensWithTerm('CÔNG TY ABC', terms)).toBe(true);
    expect(opensWithTerm('Bộ Y tế', terms)).toBe(true);
    expect(opensWithTerm('TP. HCM', terms)).toBe(true);
  });

  it('does not match a given name that is only the first syllable of a term ("Công", "Thành Nam")', () => {
    expect(opensWithTerm('Công cho biết', terms)).toBe(false);
    expect(opensWithTerm('Thành Nam', terms)).toBe(false);
    expect(opensWithTerm('Bộc lộ', terms)).toBe(false);
  });
});
