/**
 * npm run bench:quotes — who said what, against annotated articles: quote precision, recall
 * and F1 (direct, reported, both), speaker accuracy on statements whose source is a name,
 * role accuracy, and false quotes on articles whose quotation marks are not speech.
 *
 *   npm run bench:quotes                      every tests/data/quotes/<lang>/ and bench-results/quotes/*.jsonl
 *   npm run bench:quotes -- --data FILE       one folder, .json or .jsonl
 *   npm run bench:quotes -- --verbose         and every miss, article by article
 *
 * Articles go through the real outline path (buildOutline, as readPage does for the popup),
 * one <p> per paragraph. English sets also show a ten-line regex baseline. The data format
 * is tests/data/quotes/README.md; scoring rules are in scripts/lib/quote-score.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readQuoteFolders, readQuoteJsonl, readQuoteSetAt, type QuoteArticle, type QuoteSet } from './lib/quote-set';
import { emptyScore, f1, precision, recall, scoreArticle, type FoundQuote, type Score, type Tally } from './lib/quote-score';
import { regexQuotes } from './lib/regex-quote-baseline';
import { articleFromParagraphs } from './lib/text-article';
import { buildOutline } from '../utils/outline/build-outline';

const COMMITTED = join('tests', 'data', 'quotes');
const CONVERTED = join('bench-results', 'quotes');

type Method = 'Lede' | 'regex';

function option(name: string): string | null {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? null) : null;
}

function loadSets(): QuoteSet[] {
  const given = option('data');
  if (given) return [readQuoteSetAt(given)];
  const converted = existsSync(CONVERTED) ? readdirSync(CONVERTED).filter((f) => f.endsWith('.jsonl')).sort().map((f) => readQuoteJsonl(join(CONVERTED, f))) : [];
  return [...readQuoteFolders(COMMITTED), ...converted];
}

function ledeQuotes(article: QuoteArticle): FoundQuote[] {
  const { article: made, blocks } = articleFromParagraphs(article.paragraphs, article.lang, article.title);
  return buildOutline(made, blocks).quotes.map((q) => ({ paragraph: q.anchor.block, text: q.text, speaker: q.speaker, role: q.role, kind: q.kind }));
}

function found(method: Method, article: QuoteArticle): FoundQuote[] {
  return method === 'Lede' ? ledeQuotes(article) : regexQuotes(article.paragraphs);
}

/** Three decimals without the leading zero, four characters wide: .663, 1.00 (a false-quote rate may pass 1). */
const num = (x: number) => (x >= 0.9995 ? x.toFixed(2) : x.toFixed(3).slice(1));
const share = (right: number, total: number) => (total === 0 ? '–'.padStart(5).padEnd(9) : `${num(right / total)} ${String(total).padStart(4)}`);

function prf(t: Tally): string {
  return t.gold + t.found === 0 ? '–'.padStart(10).padEnd(20) : `${num(precision(t))} ${num(recall(t))} ${num(f1(t))} ${String(t.gold).padStart(5)}`;
}

function row(set: string, lang: string, method: Method, s: Score): string {
  const falseRate = s.notSpeech.articles === 0 ? '  –' : `${num(s.notSpeech.spans === 0 ? 0 : s.notSpeech.falseQuotes / s.notSpeech.spans)} (${s.notSpeech.falseQuotes}/${s.notSpeech.spans} in ${s.notSpeech.articles})`;
  return [set.padEnd(20), lang.padEnd(4), method.padEnd(5), String(s.articles).padStart(4), prf(s.byType.all), prf(s.byType.direct), prf(s.byType.reported), share(s.speaker.right, s.speaker.total), share(s.role.right, s.role.total), falseRate].join(' │ ');
}

function header(): string {
  const group = (name: string) => name.padEnd(20);
  const top = ['set'.padEnd(20), 'lang', 'meth.', 'arts', group('all'), group('direct'), group('reported'), 'speaker  ', 'role     ', 'false quotes'].join(' │ ');
  const sub = [''.padEnd(20), '    ', '     ', '    ', ...Array<string>(3).fill('P    R    F1       n'), 'acc     n', 'acc     n', 'rate (found/spans)'].join(' │ ');
  return `${top}\n${sub}`;
}

function main(): void {
  const given = option('data');
  if (given && !existsSync(given)) {
    console.log(`No such file or folder: ${given}`);
    process.exitCode = 1;
    return;
  }
  const sets = loadSets();
  const verbose = process.argv.includes('--verbose');
  for (const set of sets) for (const error of set.errors) console.log(`rejected: ${error}`);
  if (sets.every((s) => s.articles.length === 0)) {
    console.log(`No quote data: add files to ${COMMITTED}/<lang>/, run \`npm run data:polnear -- --from <PolNeAR git dir>\`, or pass --data FILE.`);
    return;
  }
  console.log(header());
  for (const set of sets) {
    const langs = [...new Set(set.articles.map((a) => a.lang))].sort();
    for (const lang of langs) {
      const articles = set.articles.filter((a) => a.lang === lang);
      const methods: Method[] = lang.startsWith('en') ? ['Lede', 'regex'] : ['Lede'];
      for (const method of methods) {
        const score = emptyScore();
        for (const article of articles) scoreArticle(article, found(method, article), score);
        console.log(row(set.name, lang, method, score));
        if (verbose && method === 'Lede') for (const miss of score.misses) console.log(`    ${miss}`);
      }
    }
  }
}

main();
