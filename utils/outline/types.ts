/** Where an outline item points in the article: the index of a block in the article body. */
export interface Anchor {
  /** Index among the body's block elements (p, h2–h6, li, blockquote, pre, table, figure). */
  block: number;
}

export interface Section {
  title: string;
  /** 2 for a top section, deeper numbers for nested ones. */
  level: number;
  anchor: Anchor;
  /** Items of an enumeration ("Một là…", "First, …", numbered paragraphs) that this entry groups. */
  items: { label: string; anchor: Anchor }[];
  /**
   * Where the entry comes from: the article's own heading, a part found at a topic break
   * (articles without headings), or an enumeration. Absent means "heading".
   */
  kind?: 'heading' | 'part' | 'enumeration';
}

export interface Quote {
  text: string;
  /** The speaker's name as the article writes it (the full name when a later mention was resolved to it). */
  speaker: string | null;
  role: string | null;
  /** Direct quotation, or reported speech with a named speaker. */
  kind: 'direct' | 'reported';
  anchor: Anchor;
}

export interface KeyPoint {
  text: string;
  anchor: Anchor;
  /** The items of an enumeration (lessons, findings) this key point introduces, each with its first sentence. */
  items?: { text: string; anchor: Anchor }[];
}

/**
 * Why an outline is empty or smaller than usual. A code, not a sentence: the panel turns
 * it into the reader's language (`outlineNote_<code>` in _locales).
 */
export type OutlineNote =
  | 'too-short'
  | 'too-long'
  | 'no-sentences'
  | 'unknown-script'
  | 'unbalanced-quotes'
  | 'failed';

export interface Outline {
  sections: Section[];
  quotes: Quote[];
  keyPoints: KeyPoint[];
  /** Why the outline is empty or smaller than usual, for the reader. */
  note?: OutlineNote;
}
