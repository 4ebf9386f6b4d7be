import type { KeyPoint, Outline, Quote } from './types';

/**
 * The words of the outline's Markdown, in the reader's language: the caller takes them from
 * _locales (utils/ cannot reach browser.i18n), so "Copy outline" and the library export agree.
 */
export interface OutlineMarkdownLabels {
  sections: string;
  keyPoints: string;
  quotes: string;
  /** Marks reported speech, which is the writer's paraphrase, not the speaker's words. */
  reported: string;
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

/** A Markdown link; angle brackets let any URL (parentheses included) be the target once "<", ">" and spaces are encoded. */
export function markdownLink(text: string, url: string): string {
  return `[${text}](<${url.replace(/[<>\s]/gu, encodeURIComponent)}>)`;
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

/**
 * A direct quote is the speaker's words: a blockquote in quotation marks, then who said it.
 * Reported speech is the writer's paraphrase, so it is never set as a verbatim blockquote:
 * it is plain text, attributed and marked as reported.
 */
function quoteLines(quote: Quote, labels: OutlineMarkdownLabels): string[] {
  const who = [quote.speaker, quote.role].filter((part): part is string => Boolean(part)).map(escapeMarkdown).join(', ');
  const text = escapeMarkdown(quote.text);
  if (quote.kind === 'direct') return who ? [`> “${text}”`, `> — ${who}`] : [`> “${text}”`];
  return [who ? `${who} (${labels.reported}): ${text}` : `(${labels.reported}) ${text}`];
}

/**
 * The outline's groups as Markdown blocks, in the order of the outline panel (sections,
 * quotes, key points), each under a heading of `level`; empty groups are left out.
 */
export function outlineGroupsMarkdown(outline: Outline, labels: OutlineMarkdownLabels, level: number): string[] {
  const heading = '#'.repeat(level);
  const parts: string[] = [];
  if (outline.sections.length > 0) parts.push(`${heading} ${labels.sections}`, sectionLines(outline).join('\n'));
  if (outline.quotes.length > 0) {
    parts.push(`${heading} ${labels.quotes}`, outline.quotes.map((quote) => quoteLines(quote, labels).join('\n')).join('\n\n'));
  }
  if (outline.keyPoints.length > 0) parts.push(`${heading} ${labels.keyPoints}`, outline.keyPoints.flatMap(keyPointLines).join('\n'));
  return parts;
}

/**
 * The outline as Markdown, for pasting into notes: the title as a link to the article,
 * then the groups. The library export writes each saved article with the same groups.
 */
export function outlineToMarkdown(outline: Outline, source: OutlineSource, labels: OutlineMarkdownLabels): string {
  const title = escapeMarkdown(source.title);
  const parts = [source.url ? `# ${markdownLink(title, source.url)}` : `# ${title}`, ...outlineGroupsMarkdown(outline, labels, 2)];
  return `${parts.join('\n\n')}\n`;
}
