import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../scripts/lib/decode-bytes';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeBytes: saved pages read as a browser showed them', () => {
  it('reads a page re-saved as UTF-8 as UTF-8, whatever its old meta charset says', () => {
    expect(decodeBytes(utf8('<meta charset="iso-8859-1"><p>Joachim Rücker</p>'))).toContain('Rücker');
    expect(decodeBytes(utf8('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>人工智能</p>'))).toContain('人工智能');
  });

  it('follows the meta charset when the bytes are not UTF-8', () => {
    const latin1 = Uint8Array.from([...utf8('<meta charset="iso-8859-1"><p>R'), 0xfc, ...utf8('cker</p>')]);
    expect(decodeBytes(latin1)).toContain('Rücker');
  });

  it('falls back to windows-1252 when nothing is declared and the bytes are not UTF-8', () => {
    expect(decodeBytes(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toBe('café');
  });
});
