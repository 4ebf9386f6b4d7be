import type { Citation, CitationName, DateParts } from './model';

/**
 * RIS, which EndNote, Mendeley, Zotero and most library catalogues import. Each field is
 * one line, "TI  - value" (tag, two spaces, hyphen, space), lines end with CR LF, and a
 * record ends with "ER  - ". A value must never break its line: a line break inside a
 * title would start a field of its own, so every break and control character becomes a space.
 */

const EOL = '\r\n';

/** A value on one line, letters of every script kept. */
export function risValue(text: string): string {
  return text.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').replace(/\s{2,}/gu, ' ').trim();
}

/** RIS dates are "YYYY/MM/DD/" with empty parts left empty. */
function risDate(parts: DateParts): string {
  const [year, month, day] = parts;
  const two = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${String(year).padStart(4, '0')}/${two(month)}/${two(day)}/`;
}

function risName(name: CitationName): string {
  if ('literal' in name) return risValue(name.literal);
  // RIS writes "Last, First, Suffix".
  const parts = [name.family, name.given, name.suffix ?? ''].map(risValue).filter((part) => part !== '');
  return parts.join(', ');
}

export function risRecord(citation: Citation): string {
  const lines: [string, string][] = [['TY', 'NEWS'], ['ID', citation.key], ['TI', risValue(citation.title)]];
  for (const author of citation.authors) lines.push(['AU', risName(author)]);
  if (citation.container) lines.push(['T2', risValue(citation.container)]);
  if (citation.issued) lines.push(['PY', String(citation.issued[0])], ['DA', risDate(citation.issued)]);
  lines.push(['UR', risValue(citation.url)], ['Y2', risDate(citation.accessed)]);
  if (citation.lang) lines.push(['LA', risValue(citation.lang)]);
  lines.push(['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join(EOL);
}

export function toRis(citations: readonly Citation[]): string {
  return citations.map((citation) => risRecord(citation) + EOL).join(EOL);
}
