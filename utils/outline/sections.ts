import type { Block } from '../article/types';
import type { Section } from './types';
import type { Analyzer } from './analyzer';
import type { OutlineInput } from './input';
import { LIMITS } from './input';
import { enumerationSection, type Enumeration } from './enumerations';
import { findTopicParts } from './topic-parts';
import { endsLikeSentence } from '../text/sentences';
import { wordTokens } from '../text/tokens';

const HEADING = /^h([1-6])$/u;
/** A line this short, without a sentence's ending, between prose, reads as a heading (often a bold-only paragraph). */
const MAX_HEADING_LINE_WORDS = 12;

interface HeadingMark {
  block: number;
  title: string;
  /** The tag's level; heading-like lines count as one below the deepest real heading seen so far. */
  rawLevel: number;
}

function isHeadingLikeLine(blocks: Block[], index: number, lang: string | null): boolean {
  const block = blocks[index];
  const next = blocks[index + 1];
  if (!block || !next || block.caption || block.tag !== 'p' || index === 0) return false;
  if (block.text.length > 160 || endsLikeSentence(block.text) || /^[\p{N}\p{P}\s]+$/u.test(block.text)) return false;
  const words = wordTokens(block.text, lang).length;
  const nextWords = wordTokens(next.text, lang).length;
  return words >= 1 && words <= MAX_HEADING_LINE_WORDS && next.tag === 'p' && !next.caption && nextWords > words * 2 && endsLikeSentence(next.text);
}

function headingMarks(input: OutlineInput): HeadingMark[] {
  const out: HeadingMark[] = [];
  const title = input.article.title.trim();
  const last = Math.min(input.blocks.length, LIMITS.maxBlocks);
  for (let index = 0; index < last; index++) {
    const block = input.blocks[index];
    if (!block || block.text === '') continue;
    const match = HEADING.exec(block.tag);
    // The h1 that repeats the title is the article's name, not a section.
    if (match && !(match[1] === '1' && block.text === title)) out.push({ block: index, title: block.text, rawLevel: Number(match[1]) });
    else if (!match && isHeadingLikeLine(input.blocks, index, input.lang)) out.push({ block: index, title: block.text, rawLevel: 7 });
  }
  return out;
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

/** Headings and enumerations in reading order; an enumeration nests under the heading before it. */
function mergeWithEnumerations(headings: Section[], enumerations: Enumeration[]): Section[] {
  const out: Section[] = [];
  let e = 0;
  for (const heading of headings) {
    while (enumerations[e] && (enumerations[e]?.block ?? 0) < heading.anchor.block) {
      const enumeration = enumerations[e++];
      const parent = out[out.length - 1];
      if (enumeration) out.push(enumerationSection(enumeration, parent ? Math.min(6, parent.level + 1) : 2));
    }
    out.push(heading);
  }
  const parent = out[out.length - 1];
  for (; e < enumerations.length; e++) {
    const enumeration = enumerations[e];
    if (enumeration) out.push(enumerationSection(enumeration, parent ? Math.min(6, parent.level + 1) : 2));
  }
  return out;
}

/**
 * Sections: the article's own headings (and heading-like lines) with their nesting, with
 * enumerations as one entry each. An article with fewer than two headings is split into
 * parts at its topic breaks instead, so that a long article never has an empty outline.
 */
export const findSections: Analyzer<Section[]> = (input) => {
  const headings = normaliseLevels(headingMarks(input));
  const { enumerations } = input;
  if (headings.length >= 2) return { items: mergeWithEnumerations(headings, enumerations) };
  const parts = findTopicParts(input, enumerations, headings);
  return { items: parts.length > 0 ? parts : mergeWithEnumerations(headings, enumerations) };
};
