import type { KeyPoint, Outline, Quote } from './types';

/** Headings of the groups, in the reader's language (the caller takes them from _locales). */
export interface OutlineMarkdownLabels {
  sections: string;
  keyPoints: string;
  quotes: string;
}

export interface OutlineSource {
  title: string;
  url: string;
}

/** Characters that Markdown would read as syntax anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_[\]<>|~]/gu;
/** Line openings that Markdown would read as a heading, a bullet or a rule. */
const LINE_START_SYNTAX = /^(#{1,6}(?=\s)|[-+=](?=\s|$))/u;
/** "1. " opens a numbered list: the dot is what must be escaped, not the number. */
const NUMBERED_START = /^(\d+)([.)])(?=\s)/u;

/** Page text as one Markdown line that reads as plain text, whatever characters the page used. */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\s+/gu, ' ').trim();
  return oneLine.replace(INLINE_SYNTAX, '\\$&').replace(LINE_START_SYNTAX, '\\$1').replace(NUMBERED_START, '$1\\$2');
}

function sectionLines(outline: Outline): string[] {
  const top = Math.min(...outline.sections.map((s) => s.level));
  const lines: string[] = [];
  for (const section of outline.sections) {
    const indent = '  '.repeat(Math.max(0, section.level - top));
    lines.push(`${indent}- ${escapeMarkdown(section.title)}`);
    for (const item of section.items) lines.push(`${indent}  - ${escapeMarkdown(item.label)}`);
  }
  return lines;
}

function keyPointLines(point: KeyPoint): string[] {
  return [`- ${escapeMarkdown(point.text)}`, ...(point.items ?? []).map((item) => `  - ${escapeMarkdown(item.text)}`)];
}

function quoteLines(quote: Quote): string[] {
  const who = [quote.speaker, quote.role].filter((part): part is string => Boolean(part)).map(escapeMarkdown);
  const text = escapeMarkdown(quote.text);
  // Reported speech is not the speaker's words: it is not put in quotation marks.
  const lines = [`> ${quote.kind === 'direct' ? `“${text}”` : text}`];
  if (who.length > 0) lines.push(`> — ${who.join(', ')}`);
  return lines;
}

/**
 * The outline as Markdown, for pasting into notes: the title as a link to the article,
 * then sections (nested by heading level), key points and quotes; empty groups are left out.
 */
export function outlineToMarkdown(outline: Outline, source: OutlineSource, labels: OutlineMarkdownLabels): string {
  const title = escapeMarkdown(source.title);
  const parts: string[] = [source.url ? `# [${title}](<${source.url.replace(/[<>\s]/gu, encodeURIComponent)}>)` : `# ${title}`];
  if (outline.sections.length > 0) parts.push(`## ${labels.sections}`, sectionLines(outline).join('\n'));
  if (outline.keyPoints.length > 0) {
    parts.push(`## ${labels.keyPoints}`, outline.keyPoints.flatMap(keyPointLines).join('\n'));
  }
  if (outline.quotes.length > 0) {
    parts.push(`## ${labels.quotes}`, outline.quotes.map((quote) => quoteLines(quote).join('\n')).join('\n\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
