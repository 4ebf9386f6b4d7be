import { escapeMarkdown, markdownLink } from '../outline/outline-markdown';
import { citationsOf, type Citation, type CitationName, type DateParts } from './citations/model';
import { quotesByArticle, type Person } from './people';

/**
 * One person's quotes as Markdown, article by article, each article with its citation key
 * ([@key], which Pandoc resolves against the CSL-JSON or BibTeX export of the same articles)
 * and a reference list at the end written out in full, so the file reads on its own too.
 */

/** The file's words in the reader's language, from _locales by the caller. */
export interface PersonMarkdownLabels {
  /** "12 quotes": the caller's plural. */
  quoteCount: (count: number) => string;
  /** Marks reported speech: the writer's paraphrase, not the speaker's words. */
  reported: string;
  references: string;
  /** "accessed 2026-11-30" */
  accessed: (day: string) => string;
}

function isoDay(parts: DateParts): string {
  return parts.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
}

function nameText(name: CitationName): string {
  if ('literal' in name) return name.literal;
  const family = name.suffix ? `${name.family} ${name.suffix}` : name.family;
  return name.given ? `${family}, ${name.given}` : family;
}

/** "Nguyễn, Văn Quang (2024-03-05). Title. *VnExpress*. <url> (accessed 2024-03-06)" */
function referenceLine(citation: Citation, labels: PersonMarkdownLabels): string {
  const who = citation.authors.map(nameText).map(escapeMarkdown).join('; ');
  const when = citation.issued ? `(${isoDay(citation.issued)})` : '';
  const parts = [
    [who, when].filter(Boolean).join(' '),
    escapeMarkdown(citation.title),
    citation.container ? `*${escapeMarkdown(citation.container)}*` : '',
    `${markdownLink(escapeMarkdown(citation.url), citation.url)} (${labels.accessed(isoDay(citation.accessed))})`,
  ];
  return `- [@${citation.key}] ${parts.filter(Boolean).join('. ')}`;
}

export function personToMarkdown(person: Person, labels: PersonMarkdownLabels): string {
  const articles = quotesByArticle(person.quotes);
  const citations = citationsOf(articles.map(([article]) => article));
  const header = [`# ${escapeMarkdown(person.name)}`, [person.role ? escapeMarkdown(person.role) : '', labels.quoteCount(person.quotes.length)].filter(Boolean).join(' · ')];
  const sections = articles.map(([article, quotes], i) => {
    const citation = citations[i];
    const meta = [article.siteName ? `*${escapeMarkdown(article.siteName)}*` : '', citation?.issued ? isoDay(citation.issued) : '', citation ? `[@${citation.key}]` : ''];
    const lines = quotes.map((quote) => `> ${quote.kind === 'reported' ? `(${escapeMarkdown(labels.reported)}) ` : ''}${escapeMarkdown(quote.text)}`);
    return [`## ${markdownLink(escapeMarkdown(article.title), article.url)}`, meta.filter(Boolean).join(' · '), lines.join('\n>\n')].join('\n\n');
  });
  const references = [`## ${escapeMarkdown(labels.references)}`, citations.map((citation) => referenceLine(citation, labels)).join('\n')].join('\n\n');
  return `${[header.join('\n\n'), ...sections, references].join('\n\n')}\n`;
}

/** "lede-quotes-nguyen-van-quang.md" */
export function personFileName(person: Person): string {
  const slug = person.key.split('|')[0]?.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '').slice(0, 60) ?? '';
  return `lede-quotes-${slug || 'person'}.md`;
}
