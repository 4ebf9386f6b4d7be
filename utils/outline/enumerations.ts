import type { OutlineInput } from './input';
import type { Section } from './types';
import { shortLabel } from './labels';
import { allLanguages, packFor } from '../lang';

/** One item of an enumeration: where it starts and the sentence that starts it. */
export interface EnumerationItem {
  block: number;
  /** The sentence that opens the item, marker included. */
  sentence: string;
  label: string;
}

export interface Enumeration {
  /** A short title from the sentence that announces it ("…những bài học kinh nghiệm quý báu:"), else the markers' range. */
  title: string;
  /** The block of that announcing sentence, else the first item's. */
  block: number;
  /** The announcing sentence, when there is one. */
  intro: string | null;
  items: EnumerationItem[];
}

/**
 * Ordinal markers at the start of a sentence, by family; the index in `words` + 1 is the
 * ordinal. Families never mix: "Một là … Hai là" is one run, "Thứ nhất … Hai là" is not.
 */
interface MarkerFamily {
  name: string;
  pattern: RegExp;
  ordinal: (match: RegExpExecArray) => number;
}

function wordOrdinal(words: readonly string[]): (match: RegExpExecArray) => number {
  return (match) => words.indexOf((match[1] ?? '').toLowerCase()) + 1;
}

/** A pack's list of number or ordinal words (utils/lang): the family patterns below are this file's, the words the packs'. */
function wordsOf(code: string, field: 'numberWords' | 'ordinalWords'): readonly string[] {
  return packFor(code)?.[field] ?? [];
}

const CJK_DIGITS = wordsOf('zh', 'numberWords');
const VI_NUMBERS = wordsOf('vi', 'numberWords');
const VI_ORDINALS = wordsOf('vi', 'ordinalWords');
const EN = wordsOf('en', 'ordinalWords');
const DE = wordsOf('de', 'ordinalWords');
const FR = wordsOf('fr', 'ordinalWords');
const ES = wordsOf('es', 'ordinalWords');

function alternation(words: readonly string[]): string {
  return words.join('|');
}

const FAMILIES: MarkerFamily[] = [
  { name: 'vi-la', pattern: new RegExp(`^(${alternation(VI_NUMBERS)}) là\\s*[,:]`, 'iu'), ordinal: wordOrdinal(VI_NUMBERS) },
  { name: 'vi-thu', pattern: new RegExp(`^thứ (${alternation(VI_ORDINALS)})\\s*[,:]`, 'iu'), ordinal: wordOrdinal(VI_ORDINALS) },
  { name: 'en', pattern: new RegExp(`^(${alternation(EN)})(?:ly)?\\s*[,:]`, 'iu'), ordinal: wordOrdinal(EN) },
  { name: 'de', pattern: new RegExp(`^(${alternation(DE)})\\s*[,:]?\\s`, 'iu'), ordinal: wordOrdinal(DE) },
  { name: 'fr', pattern: new RegExp(`^(${alternation(FR)})\\s*[,:]`, 'iu'), ordinal: wordOrdinal(FR) },
  { name: 'es', pattern: new RegExp(`^(${alternation(ES)})\\s*[,:]`, 'iu'), ordinal: wordOrdinal(ES) },
  { name: 'zh-di', pattern: /^第([一二三四五六七八九十])(?:[，、,：:]|是|に|条)/u, ordinal: wordOrdinal(CJK_DIGITS) },
  { name: 'zh-shi', pattern: /^([一二三四五六七八九十])(?:是|、)/u, ordinal: wordOrdinal(CJK_DIGITS) },
  { name: 'num', pattern: /^\(?(\d{1,2})[.)](?:\s|$)/u, ordinal: (m) => Number(m[1]) },
];

/** Enumerations are found from the prepared prose alone, while the input is being made. */
type ProseInput = Pick<OutlineInput, 'paragraphs'>;

interface Candidate {
  family: string;
  ordinal: number;
  block: number;
  sentence: string;
  /** Sentence position in its paragraph, to find the announcing sentence. */
  paragraphIndex: number;
  sentenceIndex: number;
}

function findCandidates(input: ProseInput): Candidate[] {
  const out: Candidate[] = [];
  input.paragraphs.forEach((paragraph, paragraphIndex) => {
    paragraph.sentences.forEach((sentence, sentenceIndex) => {
      for (const family of FAMILIES) {
        const match = family.pattern.exec(sentence.text);
        if (!match) continue;
        const ordinal = family.ordinal(match);
        if (ordinal >= 1) out.push({ family: family.name, ordinal, block: paragraph.block, sentence: sentence.text, paragraphIndex, sentenceIndex });
        break;
      }
    });
  });
  return out;
}

/** Items may be a few paragraphs apart (an item's explanation), never further. */
const MAX_PARAGRAPH_GAP = 3;

function chainRuns(candidates: Candidate[]): Candidate[][] {
  const runs: Candidate[][] = [];
  const open = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const run = open.get(candidate.family);
    const previous = run?.[run.length - 1];
    if (run && previous && candidate.ordinal === previous.ordinal + 1 && candidate.paragraphIndex - previous.paragraphIndex <= MAX_PARAGRAPH_GAP) {
      run.push(candidate);
      continue;
    }
    if (run && run.length >= 2) runs.push(run);
    open.set(candidate.family, candidate.ordinal === 1 ? [candidate] : []);
  }
  for (const run of open.values()) if (run.length >= 2) runs.push(run);
  return runs.sort((a, b) => (a[0]?.block ?? 0) - (b[0]?.block ?? 0));
}

/** Runs of list items: a list is an enumeration whatever its items say. */
function listRuns(input: ProseInput): Candidate[][] {
  const runs: Candidate[][] = [];
  let run: Candidate[] = [];
  input.paragraphs.forEach((paragraph, paragraphIndex) => {
    const previous = run[run.length - 1];
    const contiguous = previous !== undefined && paragraph.block === previous.block + 1;
    if (paragraph.tag !== 'li' || (!contiguous && run.length > 0)) {
      if (run.length >= 2) runs.push(run);
      run = [];
    }
    if (paragraph.tag === 'li') {
      const sentence = paragraph.sentences[0]?.text ?? paragraph.text;
      run.push({ family: 'list', ordinal: run.length + 1, block: paragraph.block, sentence, paragraphIndex, sentenceIndex: 0 });
    }
  });
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** Words that open the noun phrase naming what is enumerated ("những bài học…", "the following…"). */
const HEAD_WORDS = new RegExp(`(?:^|\\s)(${allLanguages('enumerationHeads').join('|')})\\s`, 'iu');
const MAX_TITLE_WORDS = 10;

/** A title from the announcing sentence: its last clause, from the head of the noun phrase when it is long. */
function titleFromIntro(intro: string): string {
  const clause = intro.replace(/[:：]\s*$/u, '').split(/[,;，]\s*/u).pop()?.trim() ?? intro;
  const words = clause.split(' ');
  if (words.length <= MAX_TITLE_WORDS) return shortLabel(clause, 60);
  const tail = words.slice(-MAX_TITLE_WORDS).join(' ');
  const head = HEAD_WORDS.exec(` ${tail}`);
  const phrase = head ? ` ${tail}`.slice(head.index).trim() : tail;
  return phrase.charAt(0).toLocaleUpperCase() + phrase.slice(1);
}

function markerOf(sentence: string): string {
  return sentence.split(/[,:，、：]/u)[0]?.trim() ?? sentence;
}

function toEnumeration(input: ProseInput, run: Candidate[]): Enumeration | null {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return null;
  const paragraph = input.paragraphs[first.paragraphIndex];
  const before = first.sentenceIndex > 0 ? paragraph?.sentences[first.sentenceIndex - 1]?.text : input.paragraphs[first.paragraphIndex - 1]?.sentences.at(-1)?.text;
  const introBlock = first.sentenceIndex > 0 ? first.block : input.paragraphs[first.paragraphIndex - 1]?.block;
  const announces = before !== undefined && /[:：]\s*$/u.test(before);
  const items = run.map((c) => ({ block: c.block, sentence: c.sentence, label: shortLabel(c.sentence, 40) }));
  const range = first.family === 'list' ? shortLabel(first.sentence, 40) : `${markerOf(first.sentence)} – ${markerOf(last.sentence)}`;
  return {
    title: announces && before ? titleFromIntro(before) : range,
    block: announces && introBlock !== undefined ? introBlock : first.block,
    intro: announces && before ? before : null,
    items,
  };
}

/**
 * Enumerations of the article in order. Sections and key points both read them, so
 * prepareInput finds them once, as `input.enumerations`.
 */
export function findEnumerations(input: ProseInput): Enumeration[] {
  const runs = [...chainRuns(findCandidates(input)), ...listRuns(input)].sort((a, b) => (a[0]?.block ?? 0) - (b[0]?.block ?? 0));
  return runs.map((run) => toEnumeration(input, run)).filter((e): e is Enumeration => e !== null);
}

/** An enumeration as one outline entry, its items under it. */
export function enumerationSection(enumeration: Enumeration, level: number): Section {
  return {
    title: enumeration.title,
    level,
    anchor: { block: enumeration.block },
    items: enumeration.items.map((item) => ({ label: item.label, anchor: { block: item.block } })),
    kind: 'enumeration',
  };
}
