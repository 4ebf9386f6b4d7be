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
}

export interface Quote {
  text: string;
  speaker: string | null;
  role: string | null;
  /** Direct quotation, or reported speech with a named speaker. */
  kind: 'direct' | 'reported';
  anchor: Anchor;
}

export interface KeyPoint {
  text: string;
  anchor: Anchor;
}

export interface Outline {
  sections: Section[];
  quotes: Quote[];
  keyPoints: KeyPoint[];
  /** Why the outline is empty or smaller than usual, for the reader. */
  note?: string;
}
