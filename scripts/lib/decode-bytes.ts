/**
 * Bytes of a saved page or text file as a string: a BOM, then UTF-8 when the bytes hold
 * non-ASCII text that is valid UTF-8, then a `<meta charset>` in the first 2 KB, else
 * windows-1252 (what browsers use for "latin1" pages).
 *
 * Valid UTF-8 wins over the page's own declaration because saved pages are often re-encoded
 * to UTF-8 by the tool that kept them while their `<meta charset>` still names the original
 * (a gb2312 Chinese page, the L3S pages declaring iso-8859-1): read by the declaration they
 * turn to mojibake ("RÃ¼cker"). Text in a legacy encoding is almost never valid multi-byte
 * UTF-8 by chance.
 */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf8 = validUtf8(bytes);
  if (utf8 !== null && bytes.some((byte) => byte >= 0x80)) return utf8;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An encoding name the platform does not know: fall through to the byte test.
    }
  }
  return utf8 ?? new TextDecoder('windows-1252').decode(bytes);
}

function validUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
