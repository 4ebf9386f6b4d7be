import type { Annotation, ExportedOutline } from './schema';
// One writer for every Markdown Lede makes: each saved article's outline is laid out as
// "Copy outline" lays it out, and saved text is escaped by the same rule, so a hostile
// title cannot become a link or raw HTML in someone's Markdown viewer.
import { escapeMarkdown, markdownLink, outlineGroupsMarkdown, type OutlineMarkdownLabels } from '../outline/outline-markdown';

/** The export's words in the reader's language, taken from _locales by the caller. */
export interface LibraryMarkdownLabels {
  outline: OutlineMarkdownLabels;
  /** The file's heading ("Lede library"). */
  title: string;
  /** "Exported 2026-11-27 · 3 saved outlines": the day is ISO, the count the caller's plural. */
  exported: (day: string, count: number) => string;
  published: (day: string) => string;
  saved: (day: string) => string;
  tags: string;
  untitled: string;
  /** The heading over the reader's highlights ("Highlights"). */
  highlights: string;
}

function day(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function metaLine(record: ExportedOutline, labels: LibraryMarkdownLabels): string {
  const parts = [
    record.siteName ? `*${escapeMarkdown(record.siteName)}*` : null,
    record.byline ? escapeMarkdown(record.byline) : null,
    record.published ? labels.published(escapeMarkdown(record.published.slice(0, 10))) : null,
    labels.saved(day(record.savedAt)),
  ];
  return parts.filter((part): part is string => part !== null).join(' · ');
}

function recordMarkdown(record: ExportedOutline, labels: LibraryMarkdownLabels): string {
  const parts = [`## ${markdownLink(escapeMarkdown(record.title) || escapeMarkdown(labels.untitled), record.url)}`, metaLine(record, labels)];
  if (record.tags.length > 0) parts.push(`${labels.tags}: ${record.tags.map(escapeMarkdown).join(', ')}`);
  // The reader's own note is theirs, quoted as written.
  if (record.note.trim()) parts.push(record.note.trim().split(/\r?\n/u).map((line) => `> ${escapeMarkdown(line)}`).join('\n'));
  parts.push(...outlineGroupsMarkdown(record.outline, labels.outline, 3));
  const highlights = highlightsMarkdown(record.annotations ?? [], labels);
  if (highlights) parts.push(highlights);
  return parts.join('\n\n');
}

function escapedLines(text: string): string[] {
  return text.trim().split(/\r?\n/u).map(escapeMarkdown).filter((line) => line !== '');
}

/**
 * Each highlight as a blockquote of the article's words, its note after it as the reader's
 * own paragraph, in the order of the article (by paragraph, then as made).
 */
export function highlightsMarkdown(annotations: readonly Annotation[], labels: Pick<LibraryMarkdownLabels, 'highlights'>): string | null {
  if (annotations.length === 0) return null;
  const ordered = [...annotations].sort((a, b) => a.block - b.block || a.created - b.created);
  const entries = ordered.map((annotation) => {
    const note = escapedLines(annotation.note);
    return [`> ${escapeMarkdown(annotation.quote)}`, ...(note.length > 0 ? [note.join('  \n')] : [])].join('\n\n');
  });
  return [`### ${escapeMarkdown(labels.highlights)}`, ...entries].join('\n\n');
}

/** One readable file: each saved article with a link back to its page and its outline as "Copy outline" writes it. */
export function libraryToMarkdown(records: readonly ExportedOutline[], exportedAt: number, labels: LibraryMarkdownLabels): string {
  const header = `# ${labels.title}\n\n${labels.exported(day(exportedAt), records.length)}`;
  return [header, ...records.map((record) => recordMarkdown(record, labels))].join('\n\n---\n\n') + '\n';
}
