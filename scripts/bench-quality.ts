/**
 * npm run bench:quality — the extraction measured per set:
 *   golden      — our golden pages with a person-marked gold.json: title, byline, date,
 *                 visible dateline, lead, captions found/leaked, readerable (vi and others apart);
 *   body        — development sets with a human-made gold body (dragnet, L3S-GN1, CleanEval dev,
 *                 CleanPortalEval; `npm run data:body` builds them): shingle F1, ours beside
 *                 plain Readability (what is scored: see below);
 *   dates       — the publish day of 154 body-set pages, read by hand (tests/data/dates/dev.json):
 *                 per half (dev: tune on it; check: only measure), answered %, right among the
 *                 answered, and the score (right / dated pages), Lede's `published` beside plain
 *                 Readability's `publishedTime`; then the same for the non-English dated pages
 *                 (tests/data/dates/multi.json: golden pages and Readability test pages, with a
 *                 per-language count);
 *   readability — Readability's own 130 test pages (expected.html is Readability's output, so
 *                 plain Readability scores about 1.0 there: the point is where and why we differ);
 *                 and title, byline and captions against our own person-made gold for 72 of them
 *                 (tests/fixtures/readability-gold.json), Lede beside plain Readability, on the
 *                 "dev" half (even alphabetical index; tune while looking at its misses) and the
 *                 "check" half (odd; never tuned on) apart, so overfitting shows;
 *   fields      — 146 real sites' pages (`npm run data:fields` builds them from the Postlight
 *                 parser's tests): title, byline and publish day as those tests state them by
 *                 hand, Lede beside plain Readability, dev and check halves apart; and how many
 *                 of the pages (all of them stories) Lede reads as articles.
 * Options: --set golden|body|dates|readability|fields (default all that are present), --all (every page),
 * --filter TEXT (readability pages), --gold (only the readability pages our own gold marks), --as-browser (parse each
 * page as the reader's browser does, scripts on: a <noscript>'s content is text; scripts/lib/parse-html.ts). Each set runs in a process of its own and writes its full
 * table to bench-results/quality-<set>.json.
 *
 * Which text is Lede's body (decided for issue 14). The F1 reported as Lede's is `Article.text`:
 * the paragraphs in reading order, captions left out. It is the CLI line's `text`, what a
 * held-out harness reads, and what the golden pages' "captions leaked" counts against. The
 * reading view does show every caption, under its picture (a figcaption), and Dragnet's and
 * L3S's golds, like plain Readability's output, keep a caption in the body: so the body sets
 * also print "as shown", the blocks as the reading view lays them out, each caption in its
 * place. That column is the like-for-like comparison with Readability on those golds; it is
 * not the headline figure, since `text` is what the CLI gives and a gold may leave a caption out.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHtml, setBrowserParsing } from './lib/parse-html';
import { extractArticle } from '../utils/article/extract-article';
import { shingleScore, type ShingleScore } from '../utils/text/shingles';
import { CORPUS_MISSING, corpusPresent, listCorpusPages, type CorpusPage } from './lib/corpus';
import { BODY_SETS_DIR, listBodySets, scoreBodySet, type BodyRow } from './lib/quality-body-sets';
import { scoreGoldenPages, type GoldenRow } from './lib/quality-golden';
import { DATES_FILE, MULTI_DATES_FILE, readDateAnnotations, scoreDatePage, scoreDays, type DateRow, type DateScore } from './lib/quality-dates';
import { readableText } from './lib/dom-text';
import { listFieldPages, scoreAnswers, scoreFieldPages, type FieldRow, type FieldScore } from './lib/quality-field-pages';
import { goldOwnText, readReadabilityGold, scoreLede, scorePlain, type GoldScore, type Half } from './lib/quality-readability-gold';

const FIELDS = ['title', 'byline', 'excerpt', 'lang', 'published'] as const;
type Field = (typeof FIELDS)[number];
/** Per field: agrees, disagrees, or null where the expected metadata states nothing. */
type Agreement = Record<Field, boolean | null>;

interface ExpectedMetadata {
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  lang: string | null;
  published: string | null;
}

interface Extracted extends Omit<ExpectedMetadata, 'published'> {
  published: string | null;
  text: string;
}

interface PageRow {
  page: string;
  plain: ShingleScore;
  ours: ShingleScore;
  /** Ours with the captions put back, as Readability (and expected.html) keeps them. */
  oursWithCaptions: ShingleScore;
  plainMeta: Agreement;
  oursMeta: Agreement;
  /** Our "is this an article" against the corpus's `readerable` (Readability's isProbablyReaderable). */
  readerableAgrees: boolean | null;
  /** Against our own gold (tests/fixtures/readability-gold.json), on the pages it marks. */
  gold?: { half: Half; ours: GoldScore; plain: GoldScore };
  error?: string;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function readExpectedMetadata(dir: string): ExpectedMetadata {
  const raw: unknown = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8'));
  const get = (key: string): string | null => (typeof raw === 'object' && raw !== null ? stringOrNull((raw as Record<string, unknown>)[key]) : null);
  return { title: get('title'), byline: get('byline'), excerpt: get('excerpt'), lang: get('lang'), published: get('publishedTime') };
}

function sameText(a: string | null, b: string | null): boolean {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/gu, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

/**
 * Readability's expected bylines are raw page text ("By\n\t\tScott Cunningham", "by Lucas
 * Nolan22 Dec 2016"): a byline agrees when the name we give stands in that text.
 */
function sameByline(got: string | null, expected: string | null): boolean {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/gu, ' ').trim().toLowerCase();
  return norm(got) === norm(expected) || (norm(got) !== '' && norm(expected).includes(norm(got)));
}

function sameDate(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  // A date without a time zone and the same wall-clock date still agree on the day.
  return ta === tb || a.slice(0, 10) === b.slice(0, 10);
}

function agreement(got: Omit<Extracted, 'text'>, expected: ExpectedMetadata): Agreement {
  const where = (field: Field, same: (a: string | null, b: string | null) => boolean) =>
    expected[field] === null ? null : same(got[field], expected[field]);
  return {
    title: where('title', sameText),
    byline: where('byline', sameByline),
    excerpt: where('excerpt', sameText),
    lang: where('lang', sameText),
    published: where('published', sameDate),
  };
}

function plainReadability(doc: Document): Extracted {
  const parsed = new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (el) => el }).parse();
  return {
    title: parsed?.title ?? null,
    byline: parsed?.byline ?? null,
    excerpt: parsed?.excerpt ?? null,
    lang: parsed?.lang ?? null,
    published: parsed?.publishedTime ?? null,
    text: parsed?.content ? readableText(parsed.content) : '',
  };
}

function readExpectedReaderable(dir: string): boolean | null {
  const raw: unknown = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8'));
  const value = typeof raw === 'object' && raw !== null ? (raw as { readerable?: unknown }).readerable : undefined;
  return typeof value === 'boolean' ? value : null;
}

const GOLD = readReadabilityGold();

function scorePage(page: CorpusPage): PageRow {
  const expectedDoc = parseHtml(readFileSync(join(page.dir, 'expected.html'), 'utf8'), page.url);
  const expectedText = readableText(expectedDoc.body);
  const expectedMeta = readExpectedMetadata(page.dir);
  const doc = parseHtml(page.html, page.url);
  const plain = plainReadability(doc);
  const marked = GOLD.get(page.name);
  const ownText = marked ? goldOwnText(doc, marked.gold) : [];
  const result = extractArticle(doc, page.url);
  const ours = result.ok ? result.article : null;
  const oursText = ours?.text ?? '';
  const captions = ours ? ours.figures.map((f) => f.caption).filter((c) => c !== '').join(' ') : '';
  expectedDoc.defaultView?.close();
  doc.defaultView?.close();
  return {
    page: page.name,
    plain: shingleScore(plain.text, expectedText),
    ours: shingleScore(oursText, expectedText),
    oursWithCaptions: shingleScore(`${oursText} ${captions} ${ours?.bylines.join(' ') ?? ''}`, expectedText),
    plainMeta: agreement(plain, expectedMeta),
    oursMeta: agreement(ours ?? { title: null, byline: null, excerpt: null, lang: null, published: null }, expectedMeta),
    ...(marked ? { gold: { half: marked.half, ours: scoreLede(ours, marked.gold, ownText), plain: scorePlain(plain, marked.gold) } } : {}),
    readerableAgrees: ((expected) => (expected === null ? null : (ours?.readerable ?? false) === expected))(readExpectedReaderable(page.dir)),
    ...(result.ok ? {} : { error: `${result.reason}${result.detail ? `: ${result.detail}` : ''}` }),
  };
}

function failedRow(page: string, error: unknown): PageRow {
  const zero = { precision: 0, recall: 0, f1: 0 };
  const none: Agreement = { title: false, byline: false, excerpt: false, lang: false, published: false };
  return { page, plain: zero, ours: zero, oursWithCaptions: zero, plainMeta: none, oursMeta: none, readerableAgrees: null, error: String(error) };
}

const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length);
const f3 = (n: number): string => n.toFixed(3);

function printRow(row: PageRow): void {
  const delta = row.ours.f1 - row.plain.f1;
  console.log(
    `${row.page.slice(0, 44).padEnd(44)} plain F1 ${f3(row.plain.f1)}  ours F1 ${f3(row.ours.f1)} (P ${f3(row.ours.precision)} R ${f3(row.ours.recall)})  ${delta >= 0 ? '+' : ''}${f3(delta)}  +captions ${f3(row.oursWithCaptions.f1)}${row.error ? `  ERROR ${row.error}` : ''}`,
  );
}

function printTotals(rows: PageRow[]): void {
  const avg = (pick: (r: PageRow) => ShingleScore) => ({
    precision: mean(rows.map((r) => pick(r).precision)),
    recall: mean(rows.map((r) => pick(r).recall)),
    f1: mean(rows.map((r) => pick(r).f1)),
  });
  console.log(`\nTotals over ${rows.length} pages (mean per page):`);
  for (const [label, score] of [['plain Readability', avg((r) => r.plain)], ['Lede pipeline', avg((r) => r.ours)], ['Lede + captions/byline', avg((r) => r.oursWithCaptions)]] as const) {
    console.log(`${label.padEnd(24)} P ${f3(score.precision)}  R ${f3(score.recall)}  F1 ${f3(score.f1)}`);
  }
  console.log(`pages worse than plain by > 0.005 F1: ${rows.filter((r) => r.ours.f1 < r.plain.f1 - 0.005).length}, better: ${rows.filter((r) => r.ours.f1 > r.plain.f1 + 0.005).length}`);
  console.log('\nMetadata agreement with expected-metadata.json, on the pages where it states the field:');
  for (const field of FIELDS) {
    const stated = rows.filter((r) => r.plainMeta[field] !== null);
    const plain = mean(stated.map((r) => (r.plainMeta[field] ? 1 : 0)));
    const ours = mean(stated.map((r) => (r.oursMeta[field] ? 1 : 0)));
    console.log(`${field.padEnd(10)} ${String(stated.length).padStart(3)} pages  plain ${f3(plain)}  ours ${f3(ours)}`);
  }
  const judged = rows.filter((r) => r.readerableAgrees !== null);
  const agreeing = judged.filter((r) => r.readerableAgrees).length;
  console.log(`readerable ${String(judged.length).padStart(3)} pages  ours agrees with Readability's isProbablyReaderable on ${agreeing}`);
}

function goldLine(label: string, rows: PageRow[], pick: (g: NonNullable<PageRow['gold']>) => GoldScore, lede: boolean): string {
  const scores = rows.flatMap((r) => (r.gold ? [pick(r.gold)] : []));
  const rate = (get: (s: GoldScore) => boolean | null): string => {
    const judged = scores.map(get).filter((v): v is boolean => v !== null);
    return judged.length === 0 ? '  —  ' : `${f3(judged.filter(Boolean).length / judged.length)} (${judged.filter(Boolean).length}/${judged.length})`;
  };
  const total = scores.reduce((s, g) => s + g.captionsTotal, 0);
  const found = scores.reduce((s, g) => s + g.captionsFound, 0);
  const leaked = scores.reduce((s, g) => s + g.captionsLeaked, 0);
  const captions = total === 0 ? '—' : `${f3(found / total)} (${found}/${total})${lede ? ` leaked ${f3(leaked / total)}` : ' in content'}`;
  return `${label.padEnd(24)} title ${rate((g) => g.title)}  byline ${rate((g) => g.byline)}${lede ? `  byline exact list ${rate((g) => g.bylineExact)}` : ''}  captions found ${captions}`;
}

/** Title, byline and captions against our own gold, all pages and the dev and check halves apart. */
function printGold(rows: PageRow[], all: boolean): void {
  const marked = rows.filter((r) => r.gold);
  if (marked.length === 0) return;
  console.log(`\nAgainst our own gold (tests/fixtures/readability-gold.json, ${marked.length} pages; dev = even alphabetical index of the first split and pages marked "half": "dev", check = odd):`);
  for (const [label, group] of [['all', marked], ['dev', marked.filter((r) => r.gold?.half === 'dev')], ['check', marked.filter((r) => r.gold?.half === 'check')]] as const) {
    console.log(goldLine(`${label} (${group.length}) Lede`, group, (g) => g.ours, true));
    console.log(goldLine(`${label} (${group.length}) plain`, group, (g) => g.plain, false));
  }
  // Misses are listed for the dev half only (all of them with --all): tune on dev, judge on check.
  console.log(`\nLede's misses against the gold (${all ? 'all pages' : 'dev half; --all for every page'}):`);
  for (const row of marked) {
    const g = row.gold;
    if (!g || (!all && g.half !== 'dev')) continue;
    const gold = GOLD.get(row.page)?.gold;
    if (g.ours.title === false) console.log(`  ${row.page.padEnd(28)} title    ${JSON.stringify(gold?.title)} → ${JSON.stringify(g.ours.got.title)}`);
    if (g.ours.byline === false) console.log(`  ${row.page.padEnd(28)} byline   ${JSON.stringify(gold?.bylines)} → ${JSON.stringify(g.ours.got.byline)}`);
    for (const c of g.ours.got.lostCaptions) console.log(`  ${row.page.padEnd(28)} caption  ${JSON.stringify(c.slice(0, 70))} not found`);
    if (g.ours.captionsLeaked > 0) console.log(`  ${row.page.padEnd(28)} leaked   ${g.ours.captionsLeaked} caption(s) in the body`);
  }
}

function readabilitySet(all: boolean, filter: string, goldOnly: boolean): PageRow[] {
  const pages = listCorpusPages().filter((p) => p.name.includes(filter) && (!goldOnly || GOLD.has(p.name)));
  const rows: PageRow[] = [];
  for (const page of pages) {
    // Progress on stderr, so the table on stdout stays clean.
    process.stderr.write(`\r${rows.length + 1}/${pages.length} ${page.name.padEnd(50)}`);
    try {
      rows.push(scorePage(page));
    } catch (error) {
      rows.push(failedRow(page.name, error));
    }
  }
  process.stderr.write('\n');
  console.log('== readability: Readability\'s 130 test pages (expected output is Readability\'s own, not a gold)');
  for (const row of rows) if (all || Math.abs(row.ours.f1 - row.plain.f1) > 0.005 || row.error) printRow(row);
  printTotals(rows);
  printGold(rows, all);
  return rows;
}

/** How many of a set's pages show no text even in a browser (damaged copies): none is an article. */
function blankNote(rows: BodyRow[]): string {
  const blank = rows.filter((r) => r.blank).length;
  return blank === 0 ? '' : ` (${blank} blank in a browser too: ${rows.filter((r) => r.readerable).length}/${rows.length - blank} of the others)`;
}

function bodySets(all: boolean, names: readonly string[]): Record<string, BodyRow[]> {
  const results: Record<string, BodyRow[]> = {};
  for (const name of names) {
    const rows = scoreBodySet(name, (done, total) => process.stderr.write(`\r${name} ${done}/${total}   `));
    process.stderr.write('\n');
    results[name] = rows;
    if (all) for (const row of rows) console.log(`${name}/${row.page.slice(0, 40).padEnd(40)} plain ${f3(row.plain.f1)} ours ${f3(row.ours.f1)}${row.error ? ` ERROR ${row.error}` : ''}`);
    const f1 = (pick: (r: BodyRow) => ShingleScore) => mean(rows.map((r) => pick(r).f1));
    console.log(
      `${name.padEnd(14)} ${String(rows.length).padStart(4)} pages  body F1 Lede ${f3(f1((r) => r.ours))} (P ${f3(mean(rows.map((r) => r.ours.precision)))} R ${f3(mean(rows.map((r) => r.ours.recall)))}; as shown, captions in place ${f3(f1((r) => r.oursWithCaptions))})  plain Readability ${f3(f1((r) => r.plain))}  readerable ${rows.filter((r) => r.readerable).length}/${rows.length}${blankNote(rows)}`,
    );
  }
  return results;
}

function share<T>(rows: T[], pick: (r: T) => boolean | null): string {
  const judged = rows.map(pick).filter((v): v is boolean => v !== null);
  return judged.length === 0 ? '  —  ' : `${f3(judged.filter(Boolean).length / judged.length)} (${judged.filter(Boolean).length}/${judged.length})`;
}

function goldenSet(all: boolean): GoldenRow[] {
  const rows = scoreGoldenPages();
  console.log(`== golden: pages in tests/fixtures/pages with a gold.json (${rows.length})`);
  const groups: [string, GoldenRow[]][] = [['all', rows], ['vi', rows.filter((r) => r.lang === 'vi')], ['other', rows.filter((r) => r.lang !== 'vi')]];
  for (const [label, group] of groups) {
    if (group.length === 0) continue;
    const found = group.reduce((s, r) => s + r.captionsFound, 0);
    const leaked = group.reduce((s, r) => s + r.captionsLeaked, 0);
    const totalCaptions = group.reduce((s, r) => s + r.captionsTotal, 0);
    console.log(
      `${label.padEnd(6)} ${String(group.length).padStart(3)} pages  title ${share(group, (r) => r.title)}  byline ${share(group, (r) => r.byline)}  date ${share(group, (r) => r.published)}  dateline ${share(group, (r) => r.dateline)}  lead ${share(group, (r) => r.lead)}  captions found ${totalCaptions ? f3(found / totalCaptions) : '—'} leaked ${totalCaptions ? f3(leaked / totalCaptions) : '—'}  readerable ${share(group, (r) => r.readerable)}`,
    );
  }
  for (const row of rows) {
    const wrong = (['title', 'byline', 'published', 'lead', 'readerable'] as const).filter((k) => row[k] === false);
    if (all || wrong.length > 0) console.log(`  ${row.page.padEnd(40)} wrong: ${wrong.join(', ') || '—'}  got ${JSON.stringify(row.got)}`);
  }
  const misses = rows.flatMap((row) => row.misses.map((miss) => ({ page: row.page, ...miss })));
  if (misses.length > 0) console.log('\nMisses (page, field: gold → ours):');
  for (const miss of misses) console.log(`  ${miss.page.padEnd(34)} ${miss.field.padEnd(9)} ${JSON.stringify(miss.gold)} → ${JSON.stringify(miss.got)}`);
  return rows;
}

function formatDays(score: DateScore): string {
  const pct = (n: number, d: number) => (d === 0 ? '  —  ' : `${((100 * n) / d).toFixed(1)} %`);
  return `answered ${pct(score.answered, score.dated)}  right among answered ${pct(score.right, score.answered)}  score ${score.dated === 0 ? '—' : f3(score.right / score.dated)} (${score.right}/${score.dated})`;
}

/** The two dated sets: English body-set pages (dev.json) and non-English golden and Readability pages (multi.json). */
const DATE_SETS = [
  { name: 'dates', file: DATES_FILE, about: 'publish day of body-set pages annotated by hand (tests/data/dates/dev.json)' },
  { name: 'dates-multi', file: MULTI_DATES_FILE, about: 'publish day of non-English golden and Readability pages (tests/data/dates/multi.json)' },
] as const;

function datesSets(all: boolean): Record<string, DateRow[]> {
  const out: Record<string, DateRow[]> = {};
  for (const set of DATE_SETS) out[set.name] = datesSet(all, set.name, set.file, set.about);
  return out;
}

function datesSet(all: boolean, name: string, file: string, about: string): DateRow[] {
  const annotations = readDateAnnotations(file);
  const rows = annotations.map((annotation, i) => {
    process.stderr.write(`\r${name} ${i + 1}/${annotations.length}   `);
    try {
      return scoreDatePage(annotation);
    } catch (error) {
      return { ...annotation, half: 'check' as const, lede: null, readability: null, error: String(error) };
    }
  });
  process.stderr.write('\n');
  const missing = rows.filter((r) => r.error === 'page missing').length;
  console.log(`== ${name}: ${rows.length} pages, ${about}${missing ? `; ${missing} pages missing (body-set pages: npm run data:body)` : ''}`);
  for (const half of ['dev', 'check'] as const) {
    const group = rows.filter((r) => r.half === half);
    console.log(`${half.padEnd(6)} ${String(group.length).padStart(3)} pages  Lede ${formatDays(scoreDays(group, (r) => r.lede))}`);
    console.log(`${''.padEnd(10)} plain Readability ${formatDays(scoreDays(group, (r) => r.readability))}`);
  }
  // Per language over both halves (multilingual set only): small groups, read as counts.
  const langs = [...new Set(rows.flatMap((r) => (r.lang ? [r.lang] : [])))].sort();
  if (langs.length > 0) {
    console.log(`  by language (both halves): ${langs.map((lang) => { const s = scoreDays(rows.filter((r) => r.lang === lang), (r) => r.lede); return `${lang} ${s.right}/${s.dated}`; }).join('  ')}`);
  }
  // Only the dev half's misses are listed (unless --all): the check half is for measuring.
  for (const row of rows) {
    if (row.day === row.lede || (!all && row.half !== 'dev')) continue;
    console.log(`  ${row.half} ${`${row.set}/${row.id}`.slice(0, 30).padEnd(30)} gold ${row.day ?? 'null'} Lede ${row.lede ?? 'null'}${row.error ? ` (${row.error})` : ''}  ${row.evidence}`);
  }
  return rows;
}

/** One extractor's share of right answers per field over a group of field-set pages. */
function fieldRates(rows: FieldRow[], score: (row: FieldRow) => FieldScore): string {
  const scores = rows.map(score);
  return (['title', 'byline', 'published'] as const).map((field) => `${field} ${share(scores, (s) => s[field])}`).join('  ');
}

function fieldsSet(all: boolean): FieldRow[] {
  const rows = scoreFieldPages((done, total) => process.stderr.write(`\rfields ${done}/${total}   `));
  process.stderr.write('\n');
  console.log(`== fields: ${rows.length} real sites' pages with a hand-stated title, author and publication time (npm run data:fields; dev = even alphabetical index, check = odd)`);
  for (const [label, group] of [['all', rows], ['dev', rows.filter((r) => r.half === 'dev')], ['check', rows.filter((r) => r.half === 'check')]] as const) {
    const read = group.filter((r) => r.readerable).length;
    console.log(`${`${label} (${group.length})`.padEnd(11)} Lede  ${fieldRates(group, (r) => scoreAnswers(r.lede, r.gold))}  read as articles ${read}/${group.length}`);
    console.log(`${''.padEnd(11)} plain ${fieldRates(group, (r) => scoreAnswers(r.plain, r.gold))}`);
  }
  // Misses are listed for the dev half only (all of them with --all): tune on dev, judge on check.
  console.log(`\nLede's misses (${all ? 'all pages' : 'dev half; --all for every page'}):`);
  for (const row of rows) {
    if (!all && row.half !== 'dev') continue;
    const score = scoreAnswers(row.lede, row.gold);
    const gold = { title: row.gold.title, byline: row.gold.author, published: row.gold.published };
    if (!row.readerable) console.log(`  ${row.page.slice(0, 30).padEnd(30)} page type: not an article`);
    for (const field of ['title', 'byline', 'published'] as const) {
      if (score[field] === false) console.log(`  ${row.page.slice(0, 30).padEnd(30)} ${field.padEnd(9)} ${JSON.stringify(gold[field])} → ${JSON.stringify(row.lede[field])}${row.error ? ` (${row.error})` : ''}`);
    }
  }
  return rows;
}

const SETS = ['golden', 'body', 'dates', 'readability', 'fields'] as const;

/**
 * Every set in a process of its own: jsdom keeps a few megabytes of each page after its window
 * is closed, and the body sets alone read 450 pages.
 */
function runEachSetApart(): void {
  for (const set of SETS) {
    const args = [...process.execArgv, '--max-old-space-size=4096', process.argv[1] ?? '', ...process.argv.slice(2), '--set', set];
    const child = spawnSync(process.execPath, args, { stdio: 'inherit' });
    if (child.status !== 0) process.exitCode = child.status ?? 1;
  }
}

/**
 * Each body set in a process of its own too: the four sets read 525 pages, and what jsdom keeps
 * of each closed page (with plain Readability's and Lede's reads beside it) filled the 4 GB heap
 * at the 183rd L3S page. Each writes bench-results/quality-body-<set>.json.
 */
function runEachBodySetApart(): void {
  for (const name of listBodySets()) {
    const args = [...process.execArgv, '--max-old-space-size=4096', process.argv[1] ?? '', ...process.argv.slice(2), '--body-set', name];
    const child = spawnSync(process.execPath, args, { stdio: 'inherit' });
    if (child.status !== 0) process.exitCode = child.status ?? 1;
  }
}

function main(): void {
  const all = process.argv.includes('--all');
  setBrowserParsing(process.argv.includes('--as-browser'));
  const filterAt = process.argv.indexOf('--filter');
  const filter = filterAt >= 0 ? (process.argv[filterAt + 1] ?? '') : '';
  const setAt = process.argv.indexOf('--set');
  const only = setAt >= 0 ? (process.argv[setAt + 1] ?? '') : '';
  if (only === '') {
    runEachSetApart();
    return;
  }
  const out: Record<string, unknown> = {};
  if (only === 'golden') out.golden = goldenSet(all);
  const bodySetAt = process.argv.indexOf('--body-set');
  const bodySet = bodySetAt >= 0 ? (process.argv[bodySetAt + 1] ?? '') : null;
  if (only === 'body' && bodySet === null && listBodySets().length > 1) {
    runEachBodySetApart();
    return;
  }
  if (only === 'body') {
    if (listBodySets().length === 0) console.log(`No body sets in ${BODY_SETS_DIR}: build them with npm run data:body -- --from GIT_DIR (scripts/data/body-sets.ts)`);
    else out.body = bodySets(all, bodySet === null ? listBodySets() : [bodySet]);
  }
  if (only === 'dates') Object.assign(out, datesSets(all));
  if (only === 'fields') {
    if (listFieldPages().length === 0) console.log('No field pages in bench-results/dev/fields: build them with npm run data:fields -- --from GIT_DIR (scripts/data/field-pages.ts)');
    else out.fields = fieldsSet(all);
  }
  if (only === 'readability') {
    if (corpusPresent()) out.readability = readabilitySet(all, filter, process.argv.includes('--gold'));
    else console.log(CORPUS_MISSING);
  }
  const outDir = resolve(import.meta.dirname, '../bench-results');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `quality-${only}${bodySet === null ? '' : `-${bodySet}`}.json`);
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`Full table: ${file}\n`);
}

main();
