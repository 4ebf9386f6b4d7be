import type { Section } from './types';
import type { Analyzer } from './analyzer';
import type { OutlineInput } from './input';
import { LIMITS } from './input';
import { enumerationSection, type Enumeration } from './enumerations';
import { findTopicParts } from './topic-parts';
import { headingLikeLines } from './heading-lines';
import { contentsBoxBlocks, headingKey } from './contents-box';
import { isFurnitureTitle, withoutCredit } from './section-furniture';
import { isFurniture, endsOnLinkArrow } from './furniture';
import { findQaTurns } from './qa-turns';
import { countWords } from '../text/word-count';
import type { Block } from '../article/types';

const HEADING = /^h([1-6])$/u;
/** A "heading" that is a long sentence is a standfirst or a pull quote the page set large. */
const MAX_SENTENCE_HEADING_WORDS = 12;
const MAX_HEADING_WORDS = 25;
/** A one-word title seen this often is a repeated label ("REKLAM", "Advertisement"), not a section. */
const MAX_REPEATS_OF_ONE_WORD = 2;
/** Tags of running text: what a heading needs under it to head a section. */
const TEXT_TAGS = new Set(['p', 'li', 'blockquote', 'dd', 'dt', 'pre', 'table']);
/** A list is the article's structure when its items are paragraphs, each saying more than one sentence. */
const MIN_SENTENCES_PER_LIST_ITEM = 2;

interface HeadingMark {
  block: number;
  title: string;
  /** The tag's level; heading-like lines count as one below the deepest real heading seen so far. */
  rawLevel: number;
}

/**
 * The marks a page sets before a heading as a bullet ("■長期休暇における…", "● Tin liên quan", "★ Review"):
 * the Geometric Shapes block (squares, circles, diamonds, triangles), stars, and the bullets "•", "‣", "・".
 */
const LEADING_BULLETS = /^[\u25A0-\u25FF\u2605\u2606\u2022\u2023\u30FB]+\s*/u;

/** "History[edit]", "Setting up¶", "Pledge[41]": the page's editing marks and footnotes are not the title, nor its bullet. */
export function cleanTitle(text: string): string {
  let title = text.trim().replace(LEADING_BULLETS, '');
  for (;;) {
    const before = title;
    if (title.endsWith('¶')) title = title.slice(0, -1).trimEnd();
    const open = title.lastIndexOf('[');
    if (title.endsWith(']') && open >= 0 && title.length - open <= 12) title = title.slice(0, open).trimEnd();
    if (title === before) return title;
  }
}

function isSectionTitle(title: string, input: OutlineInput): boolean {
  if (title === '' || title.toLowerCase() === input.article.title.trim().toLowerCase()) return false;
  const words = countWords(title, input.lang);
  if (words > MAX_HEADING_WORDS || (words > MAX_SENTENCE_HEADING_WORDS && /[.。]$/u.test(title))) return false;
  return !isFurnitureTitle(title, input.lang);
}

/** Text of the article's own: not a caption, a link to elsewhere, a pointer ("Más en Opinión ›") or other furniture. */
function isOwnText(block: Block): boolean {
  return TEXT_TAGS.has(block.tag) && !block.caption && block.link !== true && block.text !== '' && !endsOnLinkArrow(block.text) && !isFurniture(block.text);
}

/**
 * A heading with no text of its own before the next heading of its rank or above is a label,
 * not a section: a kicker over a headline ("On Tech", "Ensayo invitado"), a row of a section
 * front ("Opinión" over "Más en Opinión ›"), a box whose links were its only content.
 */
function headsText(blocks: Block[], index: number, level: number, last: number): boolean {
  for (let i = index + 1; i < last; i++) {
    const block = blocks[i];
    if (!block) continue;
    const match = HEADING.exec(block.tag);
    if (match && Number(match[1]) <= level) return false;
    if (!match && isOwnText(block)) return true;
  }
  return false;
}

function headingMarks(input: OutlineInput, last: number): HeadingMark[] {
  const lines = new Set(headingLikeLines(input.blocks, last, input.lang));
  const out: HeadingMark[] = [];
  for (let index = 0; index < last; index++) {
    const block = input.blocks[index];
    // A heading that is one link to another page ("Read the full transcript of his interview", a related story) is navigation.
    if (!block || block.text === '' || block.link === true) continue;
    const match = HEADING.exec(block.tag);
    if (!match && !lines.has(index)) continue;
    if (match && !headsText(input.blocks, index, Number(match[1]), last)) continue;
    const title = withoutCredit(cleanTitle(block.text), input.article.siteName, input.lang);
    if (isSectionTitle(title, input)) out.push({ block: index, title, rawLevel: match ? Number(match[1]) : 7 });
  }
  return withoutRepeatedLabels(out, input.lang);
}

function withoutRepeatedLabels(marks: HeadingMark[], lang: string | null): HeadingMark[] {
  const seen = new Map<string, number>();
  for (const mark of marks) seen.set(mark.title.toLowerCase(), (seen.get(mark.title.toLowerCase()) ?? 0) + 1);
  return marks.filter((mark) => (seen.get(mark.title.toLowerCase()) ?? 0) <= MAX_REPEATS_OF_ONE_WORD || countWords(mark.title, lang) > 1);
}

/** Levels from 2 down, keeping the nesting the tags give: h3 under h2 is one deeper whatever the page's top tag. */
function normaliseLevels(marks: HeadingMark[]): Section[] {
  const realLevels = marks.map((m) => m.rawLevel).filter((l) => l <= 6);
  const top = realLevels.length > 0 ? Math.min(...realLevels) : 7;
  return marks.map((mark) => ({
    title: mark.title,
    level: Math.min(6, 2 + (mark.rawLevel === 7 ? (realLevels.length > 0 ? 1 : 0) : mark.rawLevel - top)),
    anchor: { block: mark.block },
    items: [],
    kind: 'heading' as const,
  }));
}

/** Headings and enumerations in reading order; an enumeration nests under the heading before it, never under another enumeration. */
function mergeWithEnumerations(headings: Section[], enumerations: Enumeration[]): Section[] {
  const out: Section[] = [];
  let parent: Section | undefined;
  let e = 0;
  const flushBefore = (block: number): void => {
    for (; e < enumerations.length && (enumerations[e]?.block ?? 0) < block; e++) {
      const enumeration = enumerations[e];
      if (enumeration) out.push(enumerationSection(enumeration, parent ? Math.min(6, parent.level + 1) : 2));
    }
  };
  for (const heading of headings) {
    flushBefore(heading.anchor.block);
    out.push(heading);
    parent = heading;
  }
  flushBefore(Infinity);
  return out;
}

/**
 * An enumeration is structure when the article writes it ("Một là …", "First, …", 一是 …)
 * or announces a list ("…the following:"); a bare list of links or words (a menu, a
 * breadcrumb, a contents box, a row of tags) is not.
 */
function isWrittenEnumeration(enumeration: Enumeration, input: OutlineInput, contents: ReadonlySet<number>): boolean {
  if (contents.has(enumeration.block) || enumeration.items.some((item) => contents.has(item.block))) return false;
  if (isFurnitureTitle(enumeration.title, input.lang)) return false;
  const isList = enumeration.items.every((item) => input.blocks[item.block]?.tag === 'li');
  return !isList || (enumeration.intro !== null && itemsAreParagraphs(enumeration, input));
}

/**
 * A bulleted list of one-line statements ("President Obama also said: • The UK must stay in
 * the EU…") is part of the text it ends, not a part of the article; a list whose every item
 * explains itself over several sentences (a listicle's points) is.
 */
function itemsAreParagraphs(enumeration: Enumeration, input: OutlineInput): boolean {
  const sentences = new Map(input.paragraphs.map((p) => [p.block, p.sentences.length]));
  return enumeration.items.every((item) => (sentences.get(item.block) ?? 0) >= MIN_SENTENCES_PER_LIST_ITEM);
}

/** The one heading of a page, set before any of its text, is the headline of what follows (a section front's lead story), not a part of it. */
function isHeadline(headings: Section[], input: OutlineInput): boolean {
  const [only] = headings;
  return headings.length === 1 && only !== undefined && !input.paragraphs.some((p) => p.block < only.anchor.block);
}

/**
 * Sections: the article's own headings and subheads with their nesting, with written
 * enumerations as one entry each; else the turns of an interview; else, for a long article
 * only, parts at its topic breaks labelled by their key phrases. Page furniture (datelines,
 * breadcrumbs, credits, labels) and contents boxes are never sections; an article without
 * structure has no Sections group.
 */
export const findSections: Analyzer<Section[]> = (input) => {
  const last = Math.min(input.blocks.length, LIMITS.maxBlocks);
  const marks = headingMarks(input, last);
  const keys = new Map(marks.map((mark) => [headingKey(mark.title), mark.block]));
  const contents = contentsBoxBlocks(input.blocks, last, keys);
  const found = normaliseLevels(marks.filter((mark) => !contents.has(mark.block)));
  const headings = isHeadline(found, input) ? [] : found;
  const enumerations = input.enumerations.filter((e) => isWrittenEnumeration(e, input, contents));
  if (headings.length >= 2) return { items: mergeWithEnumerations(headings, enumerations) };
  const turns = findQaTurns(input);
  if (turns.length > 0) return { items: mergeWithEnumerations(turns, enumerations) };
  const parts = findTopicParts(input, enumerations, headings);
  return { items: parts.length > 0 ? parts : mergeWithEnumerations(headings, enumerations) };
};
