import type { PageReport } from './run-manifest';

function line(label: string, value: string | number | null): string {
  return `${label.padEnd(10)} ${value === null || value === '' ? '—' : String(value)}`;
}

/** The human-readable view of one page: facts, then the outline, then the text. */
export function formatReport(report: PageReport): string {
  if (!report.ok) return `${report.file}: could not read an article (${report.error ?? 'unknown error'})\n`;
  const out: string[] = [
    report.title ?? '(no title)',
    '='.repeat(Math.min(80, (report.title ?? '(no title)').length)),
    line('Byline', report.byline),
    line('Published', report.published),
    line('Modified', report.modified),
    line('Language', report.lang ? `${report.lang} (${report.dir ?? 'ltr'})` : null),
    line('Site', report.siteName),
    line('Reading', `${report.readingMinutes} min`),
    line('Page', report.readerable ? 'article' : 'not an article (section front, list, search, sign-in, video or gallery)'),
    line('Extracted', `${report.ms} ms`),
    '',
  ];
  const { sections, quotes, keyPoints } = report.outline;
  if (sections.length > 0) {
    out.push('Sections');
    for (const section of sections) {
      out.push(`${'  '.repeat(Math.max(1, section.level - 1))}- ${section.title}`);
      for (const item of section.items) out.push(`${'  '.repeat(section.level)}· ${item.label}`);
    }
    out.push('');
  }
  if (quotes.length > 0) {
    out.push('Quotes');
    for (const quote of quotes) out.push(`  “${quote.text}”${quote.speaker ? ` — ${quote.speaker}${quote.role ? `, ${quote.role}` : ''}` : ''}`);
    out.push('');
  }
  if (keyPoints.length > 0) {
    out.push('Key points');
    for (const point of keyPoints) out.push(`  • ${point.text}`);
    out.push('');
  }
  if (report.captions.length > 0) {
    out.push('Captions');
    for (const caption of report.captions) out.push(`  [${caption}]`);
    out.push('');
  }
  out.push('Text', '', report.text, '');
  return out.join('\n');
}
