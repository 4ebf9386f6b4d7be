/**
 * npx tsx scripts/check-sections.ts [--save FILE | --from FILE] [--list]
 *
 * What the Sections group gives on the golden pages, the seed page and Readability's corpus
 * (../shared/corpus, skipped when absent): pages with invented parts under 1,000 words,
 * parts labelled with a cut paragraph opening ("…"), titles that look like page furniture
 * (datelines, breadcrumbs, credits, ad labels), repeated titles. `--save` keeps the
 * extracted articles and blocks in a file and `--from` reads them back, so the outline can
 * be compared before and after a change without extraction changes in between.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Block } from '../utils/article/types';
import type { Section } from '../utils/outline/types';
import { extractArticle } from '../utils/article/extract-article';
import { buildOutline } from '../utils/outline/build-outline';
import { parseHtml } from './lib/parse-html';
import { listGoldenPages } from './lib/golden-pages';
import { corpusPresent, listCorpusPages, seedPage } from './lib/corpus';

interface Extracted {
  name: string;
  article: Article;
  blocks: Block[];
}

function option(args: string[], name: string): string | null {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? null) : null;
}

function extractAll(): Extracted[] {
  const pages = [
    ...listGoldenPages().map((p) => ({ name: `golden/${p.name}`, html: readFileSync(join(p.dir, 'source.html'), 'utf8'), url: p.url })),
    { ...seedPage(), name: 'seed' },
    ...(corpusPresent() ? listCorpusPages().map((p) => ({ ...p, name: `corpus/${p.name}` })) : []),
  ];
  const out: Extracted[] = [];
  for (const page of pages) {
    const doc = parseHtml(page.html, page.url);
    const result = extractArticle(doc, page.url);
    doc.defaultView?.close();
    if (result.ok) out.push({ name: page.name, article: { ...result.article, html: '' }, blocks: result.blocks });
  }
  return out;
}

/** Titles a reader would call page furniture, not structure: a rough check, by eye and by these patterns. */
/** A rough flag for the list: every title it marks is looked at by eye. */
function looksLikeFurniture(title: string): boolean {
  return !title.includes('«') && FURNITURE.some((re) => re.test(title));
}

const FURNITURE = [
  /\d{1,2}[/.]\d{1,2}[/.]\d{2,4}.*\d{1,2}:\d{2}/u, // dateline
  /\s[›»>|]\s/u, // breadcrumb
  /(?:^|\s)(?:copyright|getty|reuters|afp|photo|ảnh|foto)(?:\s|$)/iu,
  /^(?:published|updated|posted|submitted)\b/iu,
  /^\[?(?:pr|ad|advertisement|reklam|anzeige|publicidad|quảng cáo)\]?$/iu,
];

function describe(page: Extracted, list: boolean): { words: number; sections: Section[]; flags: Record<string, number> } {
  const outline = buildOutline(page.article, page.blocks);
  const sections = outline.sections;
  const words = page.article.wordCount;
  const parts = sections.filter((s) => s.kind === 'part');
  const titles = sections.map((s) => s.title);
  const flags = {
    inventedUnder1000: parts.length > 0 && words < 1000 ? 1 : 0,
    cutLabels: parts.filter((s) => s.title.endsWith('…')).length,
    furniture: titles.filter(looksLikeFurniture).length,
    repeated: titles.length - new Set(titles).size,
    over30: sections.length > 30 ? 1 : 0,
  };
  if (list && sections.length > 0) {
    console.log(`${page.name} (${words} words, ${sections.length} sections)`);
    for (const s of sections) console.log(`  ${'  '.repeat(s.level - 2)}[${s.kind ?? 'heading'}] ${s.title}${looksLikeFurniture(s.title) ? '   <- furniture?' : ''}`);
  }
  return { words, sections, flags };
}

function main(args: string[]): void {
  const from = option(args, 'from');
  const pages: Extracted[] = from ? (JSON.parse(readFileSync(from, 'utf8')) as Extracted[]) : extractAll();
  const save = option(args, 'save');
  if (save) writeFileSync(save, JSON.stringify(pages));
  const totals: Record<string, number> = { pages: pages.length, withSections: 0, sections: 0, parts: 0 };
  for (const page of pages) {
    const { sections, flags } = describe(page, args.includes('--list'));
    totals.withSections = (totals.withSections ?? 0) + (sections.length > 0 ? 1 : 0);
    totals.sections = (totals.sections ?? 0) + sections.length;
    totals.parts = (totals.parts ?? 0) + sections.filter((s) => s.kind === 'part').length;
    for (const [key, n] of Object.entries(flags)) totals[key] = (totals[key] ?? 0) + n;
  }
  console.log(Object.entries(totals).map(([key, n]) => `${key} ${n}`).join(' | '));
}

main(process.argv.slice(2));
