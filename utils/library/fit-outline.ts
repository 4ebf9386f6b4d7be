import type { Anchor, KeyPoint, Outline, Quote, Section } from '../outline/types';
import { LIMITS } from './schema';

/**
 * An outline cut to what import accepts (validate.ts): every text to its length, each list
 * to LIMITS.outlineItems and all rows together to LIMITS.outlineRows, taken in reading
 * order (sections, then quotes, then key points). The save path stores this, so a page
 * with a 30,000-character heading is saved, and what is saved always imports back.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  // Not between the two halves of a surrogate pair: a lone half is not a character.
  const end = /[\uD800-\uDBFF]/u.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

function clipNullable(text: string | null, max: number): string | null {
  return text === null ? null : clipText(text, max);
}

const MAX_BLOCK = 10_000_000;

function fitAnchor(anchor: Anchor): Anchor {
  const block = Number.isInteger(anchor.block) ? Math.min(Math.max(anchor.block, 0), MAX_BLOCK) : 0;
  return { block };
}

/** Rows still allowed; every list and nested list takes from it. */
class RowBudget {
  constructor(private left: number) {}

  take<T>(list: readonly T[], max: number = LIMITS.outlineItems): T[] {
    const taken = list.slice(0, Math.max(0, Math.min(max, this.left)));
    this.left -= taken.length;
    return taken;
  }
}

function fitSection(section: Section, budget: RowBudget): Section {
  const fitted: Section = {
    title: clipText(section.title, LIMITS.itemChars),
    level: Math.min(Math.max(Math.round(section.level) || 2, 1), 6),
    anchor: fitAnchor(section.anchor),
    items: budget.take(section.items).map((item) => ({ label: clipText(item.label, LIMITS.itemChars), anchor: fitAnchor(item.anchor) })),
  };
  if (section.kind !== undefined) fitted.kind = section.kind;
  return fitted;
}

function fitQuote(quote: Quote): Quote {
  return {
    text: clipText(quote.text, LIMITS.itemChars),
    speaker: clipNullable(quote.speaker, LIMITS.shortChars),
    role: clipNullable(quote.role, LIMITS.shortChars),
    kind: quote.kind,
    anchor: fitAnchor(quote.anchor),
  };
}

function fitKeyPoint(point: KeyPoint, budget: RowBudget): KeyPoint {
  const fitted: KeyPoint = { text: clipText(point.text, LIMITS.itemChars), anchor: fitAnchor(point.anchor) };
  if (point.items !== undefined) fitted.items = budget.take(point.items).map((item) => ({ text: clipText(item.text, LIMITS.itemChars), anchor: fitAnchor(item.anchor) }));
  return fitted;
}

export function fitOutline(outline: Outline): Outline {
  const budget = new RowBudget(LIMITS.outlineRows);
  // Each parent is taken before its children, so a kept section always has its first items.
  const sections = outline.sections.slice(0, LIMITS.outlineItems).flatMap((section) => (budget.take([section]).length ? [fitSection(section, budget)] : []));
  const quotes = budget.take(outline.quotes).map(fitQuote);
  const keyPoints = outline.keyPoints.slice(0, LIMITS.outlineItems).flatMap((point) => (budget.take([point]).length ? [fitKeyPoint(point, budget)] : []));
  const fitted: Outline = { sections, quotes, keyPoints };
  if (outline.note !== undefined) fitted.note = outline.note;
  return fitted;
}
