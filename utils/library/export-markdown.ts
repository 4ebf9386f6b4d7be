import type { Outline, Section } from '../outline/types';
import type { ExportedOutline } from './schema';
// One escaping rule for every Markdown Lede writes: saved text shows as the text it was,
// and a hostile title cannot become a link or raw HTML in someone's Markdown viewer.
import { escapeMarkdown } from '../outline/outline-markdown';

function day(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function sectionLines(sections: Section[]): string[] {
  const top = Math.min(...sections.map((s) => s.level));
  const lines: string[] = [];
  for (const section of sections) {
    const indent = '  '.repeat(Math.max(0, section.level - top));
    lines.push(`${indent}- ${escapeMarkdown(section.title)}`);
    for (const item of section.items) lines.push(`${indent}  - ${escapeMarkdown(item.label)}`);
  }
  return lines;
}

function outlineLines(outline: Outline): string[] {
  const lines: string[] = [];
  if (outline.sections.length > 0) lines.push('', '### Sections', '', ...sectionLines(outline.sections));
  if (outline.quotes.length > 0) {
    lines.push('', '### Quotes', '');
    for (const quote of outline.quotes) {
      const who = [quote.speaker, quote.role].filter((part): part is string => Boolean(part)).map(escapeMarkdown).join(', ');
      // Reported speech is not the speaker's words, so it gets no quotation marks.
      const text = quote.kind === 'direct' ? `“${escapeMarkdown(quote.text)}”` : escapeMarkdown(quote.text);
      lines.push(`- ${text}${who ? ` — ${who}` : ''}`);
    }
  }
  if (outline.keyPoints.length > 0) {
    lines.push('', '### Key points', '');
    for (const point of outline.keyPoints) {
      lines.push(`- ${escapeMarkdown(point.text)}`, ...(point.items ?? []).map((item) => `  - ${escapeMarkdown(item.text)}`));
    }
  }
  return lines;
}

function metaLine(record: ExportedOutline): string {
  const parts = [
    record.siteName ? `*${escapeMarkdown(record.siteName)}*` : null,
    record.byline ? escapeMarkdown(record.byline) : null,
    record.published ? `published ${escapeMarkdown(record.published.slice(0, 10))}` : null,
    `saved ${day(record.savedAt)}`,
  ];
  return parts.filter((part): part is string => part !== null).join(' · ');
}

function recordMarkdown(record: ExportedOutline): string {
  // Angle brackets let any URL (parentheses included) be a link target, once "<", ">" and spaces are encoded.
  const lines = [`## [${escapeMarkdown(record.title) || 'Untitled'}](<${record.url.replace(/[<>\s]/gu, encodeURIComponent)}>)`, '', metaLine(record)];
  if (record.tags.length > 0) lines.push('', `Tags: ${record.tags.map(escapeMarkdown).join(', ')}`);
  if (record.note.trim()) lines.push('', ...record.note.trim().split(/\r?\n/u).map((line) => `> ${escapeMarkdown(line)}`));
  lines.push(...outlineLines(record.outline));
  return lines.join('\n');
}

/** One readable file: each saved article with a link back to its page and its outline as nested lists. */
export function libraryToMarkdown(records: readonly ExportedOutline[], exportedAt: number): string {
  const header = `# Lede library\n\nExported ${day(exportedAt)} · ${records.length} saved ${records.length === 1 ? 'outline' : 'outlines'}`;
  return [header, ...records.map(recordMarkdown)].join('\n\n---\n\n') + '\n';
}
