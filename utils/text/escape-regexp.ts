/** `text` as a literal inside a RegExp source: a language pack's word ("U.S.", "(Ảnh)") matches itself only. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
