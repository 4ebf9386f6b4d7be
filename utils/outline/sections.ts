import type { Block } from '../article/types';
import type { Section } from './types';

const HEADING = /^h([1-6])$/u;

/** Sections from the article's own headings, in order, with their level. */
export function findHeadingSections(blocks: Block[]): Section[] {
  const out: Section[] = [];
  blocks.forEach((block, index) => {
    const match = HEADING.exec(block.tag);
    if (!match || block.text === '') return;
    out.push({ title: block.text, level: Math.max(2, Number(match[1])), anchor: { block: index }, items: [] });
  });
  return out;
}
