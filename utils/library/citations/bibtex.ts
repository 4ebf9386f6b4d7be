import type { Citation, CitationName, DateParts } from './model';

/**
 * BibTeX, for LaTeX users: one @article per saved story with the site as its journal,
 * the way Zotero writes newspaper articles, plus the fields biblatex reads (date, urldate,
 * language). Text is written in UTF-8 as it is (biber and modern BibTeX read it); only the
 * characters that mean something to TeX are escaped.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as TeX reads it back: its specials escaped, line breaks and control characters as spaces. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/[\\{}$%&#_~^]/gu, (special) => TEX_SPECIALS[special] ?? special)
    .trim();
}

/**
 * An address inside url = {…}: the url package reads it verbatim, so nothing is escaped
 * but braces (which would end the field) and white space (which ends nothing but breaks it).
 */
function bibtexUrl(url: string): string {
  return url.replace(/\{/gu, '%7B').replace(/\}/gu, '%7D').replace(/\s/gu, '%20');
}

/**
 * "Doe, Jane"; an organisation in its own braces ("{World Health Organization}"), so BibTeX
 * neither splits it at "and" nor takes its last word for a family name.
 */
function bibtexName(name: CitationName): string {
  if ('literal' in name) return `{${escapeBibtex(name.literal)}}`;
  // A lower-case "and" inside a name would be read as the separator between two names.
  const part = (text: string) => escapeBibtex(text).replace(/\band\b/gu, '{and}');
  // BibTeX's "von Last, Jr, First" order keeps the suffix out of the given name.
  const family = name.suffix ? `${part(name.family)}, ${part(name.suffix)}` : part(name.family);
  return name.given ? `${family}, ${part(name.given)}` : family;
}

function isoDay(parts: DateParts): string {
  return parts.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
}

function field(name: string, value: string): string {
  return `  ${name} = ${value}`;
}

export function bibtexEntry(citation: Citation): string {
  const fields: string[] = [
    // Double braces keep the title's capitals as written: names and places are not lowered by the style.
    field('title', `{{${escapeBibtex(citation.title)}}}`),
  ];
  if (citation.authors.length > 0) fields.push(field('author', `{${citation.authors.map(bibtexName).join(' and ')}}`));
  if (citation.container) fields.push(field('journal', `{${escapeBibtex(citation.container)}}`));
  const [year, month] = citation.issued ?? [];
  if (year !== undefined) fields.push(field('year', `{${year}}`));
  const monthName = month === undefined ? undefined : MONTHS[month - 1];
  if (monthName) fields.push(field('month', monthName));
  if (citation.issued) fields.push(field('date', `{${isoDay(citation.issued)}}`));
  fields.push(field('url', `{${bibtexUrl(citation.url)}}`), field('urldate', `{${isoDay(citation.accessed)}}`));
  if (citation.lang) fields.push(field('language', `{${escapeBibtex(citation.lang)}}`));
  return `@article{${citation.key},\n${fields.join(',\n')}\n}`;
}

export function toBibtex(citations: readonly Citation[]): string {
  return citations.map(bibtexEntry).join('\n\n') + (citations.length > 0 ? '\n' : '');
}
