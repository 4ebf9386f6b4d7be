/**
 * Scoring of found quotes against an annotated article (scripts/lib/quote-set.ts), for
 * `npm run bench:quotes`. Pure: no files, no outline; the bench feeds it what Lede (or a
 * baseline) found.
 *
 * - A found quote matches a gold statement when it is in one of the statement's paragraphs
 *   and they share at least half of the shorter one's word tokens (as multisets). In the
 *   later paragraphs of a statement over several paragraphs, the whole paragraph is its text.
 * - Matching is one to one (best overlaps first): a statement found twice counts one hit and
 *   one false quote. Precision = matched / found, recall = matched / statements. Per type
 *   (direct, reported) the found kind must agree with the statement's; "all" ignores kinds.
 * - Speaker: on matched statements (any kind) whose source is a name. Role: on matched statements with a role.
 * - On `not-speech` articles every quote found is false; the rate is per quotation-mark span.
 */
import type { QuoteArticle, Statement, StatementType } from './quote-set';
import { findQuotedSpans } from '../../utils/text/quote-marks';
import { termsOf, wordTokens } from '../../utils/text/tokens';
import { packFor } from '../../utils/lang';

export interface FoundQuote {
  /** Index in the article's paragraphs. */
  paragraph: number;
  text: string;
  speaker: string | null;
  role: string | null;
  kind: StatementType;
}

export type TypeKey = StatementType | 'all';
export const TYPE_KEYS: readonly TypeKey[] = ['all', 'direct', 'reported'];

export interface Tally {
  /** Gold statements, and those some found quote matched. */
  gold: number;
  goldMatched: number;
  /** Found quotes, and those that matched some statement. */
  found: number;
  foundMatched: number;
}

export interface Score {
  articles: number;
  byType: Record<TypeKey, Tally>;
  speaker: { right: number; total: number };
  role: { right: number; total: number };
  /** Not-speech articles: quotation-mark spans, and quotes found there. */
  notSpeech: { articles: number; spans: number; falseQuotes: number };
  /** One line per miss, for --verbose. */
  misses: string[];
}

function emptyTally(): Tally {
  return { gold: 0, goldMatched: 0, found: 0, foundMatched: 0 };
}

export function emptyScore(): Score {
  return {
    articles: 0,
    byType: { all: emptyTally(), direct: emptyTally(), reported: emptyTally() },
    speaker: { right: 0, total: 0 },
    role: { right: 0, total: 0 },
    notSpeech: { articles: 0, spans: 0, falseQuotes: 0 },
    misses: [],
  };
}

/** Tokens shared by two texts (multiset), over the shorter one's count. */
export function overlapShare(a: string, b: string, lang: string | null): number {
  const left = termsOf(a, lang);
  const right = termsOf(b, lang);
  const shorter = Math.min(left.length, right.length);
  if (shorter === 0) return 0;
  const counts = new Map<string, number>();
  for (const token of left) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of right) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(token, left - 1);
    }
  }
  return shared / shorter;
}

/** The statement's text in paragraph `index`: its own text in the first, the whole paragraph in the later ones. */
function goldTextIn(statement: Statement, index: number, paragraphs: readonly string[]): string | null {
  if (index === statement.paragraph) return statement.text;
  return (statement.paragraphs ?? []).includes(index) ? (paragraphs[index] ?? null) : null;
}

function matchShare(found: FoundQuote, statement: Statement, article: QuoteArticle): number {
  const gold = goldTextIn(statement, found.paragraph, article.paragraphs);
  return gold === null ? 0 : overlapShare(found.text, gold, article.lang);
}

export const MATCH_SHARE = 0.5;

/** Case, diacritics (đ included) and punctuation do not count. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const CASELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Titles of address in the language's pack ("ms", "mr", "ông"): not part of who is meant. */
function isHonorific(word: string, lang: string | null): boolean {
  const pieces = packFor(lang)?.honorifics ?? [];
  return pieces.some((piece) => new RegExp(`^(?:${piece})$`, 'iu').test(word));
}

/**
 * The found speaker is right when it is the gold speaker, or when one is a mention of the other
 * made of its words and keeping its last word: "Trump" of "Donald Trump", "Quang" of "Nguyễn Văn
 * Quang" — and the other way round for a surname mention in the gold, since annotations often name
 * the source as the sentence does ("Paul", "Ms. Moore") where Lede resolves it to the full name
 * ("Rand Paul", "Minyon Moore"); a title of address in the gold does not count. In scripts without spaces, a mention
 * is the start or the end of the name (安倍 of 安倍晋三, バイデン of ジョー・バイデン).
 */
/**
 * A gold source that is a whole description ("Sen. Tom Udall of New Mexico, who supports …")
 * names its person inside it: a found name of two words or more that stands in it word for
 * word is that person.
 */
function nameInsideDescription(found: string[], gold: string[]): boolean {
  if (found.length < 2 || gold.length <= found.length) return false;
  for (let start = 0; start + found.length <= gold.length; start++) {
    if (found.every((word, i) => gold[start + i] === word)) return true;
  }
  return false;
}

export function speakerMatches(found: string | null, gold: string, lang: string | null): boolean {
  if (found === null) return false;
  const f = normaliseName(found);
  const g = normaliseName(gold);
  if (f === '' || g === '') return false;
  if (f === g) return true;
  if (CASELESS.test(g)) {
    const compactF = f.replace(/\s/gu, '');
    const compactG = g.replace(/\s/gu, '');
    return compactF.length >= 2 && (compactG.startsWith(compactF) || compactG.endsWith(compactF));
  }
  const goldWords = wordTokens(g, lang);
  const foundWords = wordTokens(f, lang);
  const last = goldWords[goldWords.length - 1];
  if (last === undefined) return false;
  const shorterFound = foundWords.includes(last) && foundWords.every((w) => goldWords.includes(w));
  const goldNamed = goldWords.filter((w) => !isHonorific(w, lang));
  // Only a surname mention (one word, or any words after a title: "Mr. Holtz-Eakin"): a longer
  // gold name must be matched as written, or "Nhật Bản Shinzo Abe" would pass for "Shinzo Abe".
  const surnameMention = goldNamed.length === 1 || goldNamed.length < goldWords.length;
  const shorterGold = surnameMention && foundWords[foundWords.length - 1] === last && goldNamed.length > 0 && goldNamed.every((w) => foundWords.includes(w));
  return shorterFound || shorterGold || nameInsideDescription(foundWords, goldWords);
}

export function roleMatches(found: string | null, gold: string): boolean {
  return found !== null && normaliseName(found) === normaliseName(gold);
}

function shortText(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}

/** Adds one not-speech article to the score: every quote found there is false. */
function scoreNotSpeech(article: QuoteArticle, found: readonly FoundQuote[], score: Score): void {
  score.notSpeech.articles++;
  score.notSpeech.spans += article.paragraphs.reduce((sum, p) => sum + findQuotedSpans(p).spans.length, 0);
  score.notSpeech.falseQuotes += found.length;
  for (const quote of found) score.misses.push(`${article.id} ¶${quote.paragraph} false quote: “${shortText(quote.text)}” (${quote.speaker ?? 'no speaker'})`);
}

function countType(tally: Tally, goldCount: number, goldMatched: number, foundCount: number, foundMatched: number): void {
  tally.gold += goldCount;
  tally.goldMatched += goldMatched;
  tally.found += foundCount;
  tally.foundMatched += foundMatched;
}

/**
 * One-to-one matching: pairs in decreasing order of shared tokens, each statement and each
 * found quote used once. Returns found index by statement index.
 */
function matchPairs(shares: readonly (readonly number[])[], allowed: (g: number, f: number) => boolean): Map<number, number> {
  const pairs = shares.flatMap((row, g) => row.flatMap((share, f) => (share >= MATCH_SHARE && allowed(g, f) ? [{ g, f, share }] : [])));
  pairs.sort((a, b) => b.share - a.share || a.g - b.g || a.f - b.f);
  const byGold = new Map<number, number>();
  const usedFound = new Set<number>();
  for (const { g, f } of pairs) {
    if (byGold.has(g) || usedFound.has(f)) continue;
    byGold.set(g, f);
    usedFound.add(f);
  }
  return byGold;
}

/**
 * Annotators split a quotation its attribution interrupts (`“On this basis,” Zero Hedge said,
 * “true white youth unemployment is …”`) into one statement per part; a reader's quote is the
 * whole. A found quote matched to one part also matches the other parts of the same paragraph
 * and the same source (the same name, or both a pronoun) that stand in it entirely. Returns those statements, by found index.
 */
function otherParts(statements: readonly Statement[], shares: readonly (readonly number[])[], pairs: ReadonlyMap<number, number>, allowed: (g: number, f: number) => boolean): Map<number, number> {
  const parts = new Map<number, number>();
  for (const [matched, f] of pairs) {
    const first = statements[matched];
    if (!first) continue;
    statements.forEach((statement, g) => {
      const source = statement.source === first.source && normaliseName(statement.speaker ?? '') === normaliseName(first.speaker ?? '');
      const same = statement.paragraph === first.paragraph && source;
      if (same && !pairs.has(g) && !parts.has(g) && allowed(g, f) && (shares[g]?.[f] ?? 0) >= 1) parts.set(g, f);
    });
  }
  return parts;
}

function checkSpeakerAndRole(article: QuoteArticle, statement: Statement, quote: FoundQuote, score: Score): void {
  const where = `${article.id} ¶${statement.paragraph} ${statement.type}`;
  if (statement.source === 'name' && statement.speaker !== null) {
    score.speaker.total++;
    if (speakerMatches(quote.speaker, statement.speaker, article.lang)) score.speaker.right++;
    else score.misses.push(`${where} speaker: found ${JSON.stringify(quote.speaker)}, gold "${statement.speaker}"`);
  }
  if (statement.role !== null) {
    score.role.total++;
    if (roleMatches(quote.role, statement.role)) score.role.right++;
    else score.misses.push(`${where} role: found ${JSON.stringify(quote.role)}, gold "${statement.role}"`);
  }
}

/** Adds one article to the score. */
export function scoreArticle(article: QuoteArticle, found: readonly FoundQuote[], score: Score): void {
  score.articles++;
  if (article.kind === 'not-speech') {
    scoreNotSpeech(article, found, score);
    return;
  }
  const { statements } = article;
  const shares = statements.map((statement) => found.map((quote) => matchShare(quote, statement, article)));
  let all = new Map<number, number>();
  for (const key of TYPE_KEYS) {
    const ofType = (g: number) => key === 'all' || statements[g]?.type === key;
    const ofKind = (f: number) => key === 'all' || found[f]?.kind === key;
    const allowed = (g: number, f: number) => ofType(g) && ofKind(f);
    const pairs = matchPairs(shares, allowed);
    const parts = otherParts(statements, shares, pairs, allowed);
    if (key === 'all') all = new Map([...pairs, ...parts]);
    countType(score.byType[key], statements.filter((_, g) => ofType(g)).length, pairs.size + parts.size, found.filter((_, f) => ofKind(f)).length, pairs.size);
  }
  statements.forEach((statement, g) => {
    const quote = found[all.get(g) ?? -1];
    if (quote) checkSpeakerAndRole(article, statement, quote, score);
    else score.misses.push(`${article.id} ¶${statement.paragraph} ${statement.type} missed: “${shortText(statement.text)}” (${statement.speaker ?? 'no speaker'})`);
  });
  const matched = new Set(all.values());
  found.forEach((quote, f) => {
    if (!matched.has(f)) score.misses.push(`${article.id} ¶${quote.paragraph} ${quote.kind} not in gold: “${shortText(quote.text)}” (${quote.speaker ?? 'no speaker'})`);
  });
}

export function precision(t: Tally): number {
  return t.found === 0 ? 0 : t.foundMatched / t.found;
}

export function recall(t: Tally): number {
  return t.gold === 0 ? 0 : t.goldMatched / t.gold;
}

export function f1(t: Tally): number {
  const p = precision(t);
  const r = recall(t);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
