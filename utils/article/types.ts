/** A picture of the article with the caption the page gave it (empty when it gave none). */
export interface Figure {
  /** Empty for a caption whose picture the extraction did not keep. */
  src: string;
  alt: string;
  caption: string;
  /** Who made or owns the picture, when the caption marks it apart ("Alketa Misja (dpa)"); empty otherwise. */
  credit: string;
}

/**
 * The article as every context sees it: made in the page (or in Node by the CLI),
 * sent to the popup as a plain, structured-clone-safe object.
 */
export interface Article {
  /** The document's own URL, never a URL the page claims. */
  url: string;
  title: string;
  /** The dek / standfirst, when the page has one. */
  subtitle: string | null;
  /** Every author the page names, in page order; `byline` joins them for display. */
  bylines: string[];
  byline: string | null;
  /** ISO 8601; the offset only when the page states one (or the language implies one, see dates). */
  published: string | null;
  modified: string | null;
  siteName: string | null;
  /** BCP 47 tag, e.g. `vi`, `en-GB`; null when neither the page nor the text tells. */
  lang: string | null;
  dir: 'ltr' | 'rtl';
  leadImage: string | null;
  excerpt: string | null;
  wordCount: number;
  readingMinutes: number;
  /**
   * Article body HTML as extracted: untrusted. It becomes DOM only through
   * components/SafeHtml.tsx, which sanitizes it with DOMPurify every time.
   */
  html: string;
  /** Body as plain text: paragraphs separated by blank lines, without captions or byline. */
  text: string;
  figures: Figure[];
  /** False when the page does not look like an article (the reader may still ask to see it). */
  readerable: boolean;
}

/** Why a page gave no article, in terms the UI turns into a reader's sentence. */
export type ExtractFailure =
  | 'restricted'
  | 'file-access'
  | 'pdf'
  | 'no-content'
  | 'too-large'
  | 'timeout'
  | 'no-tab'
  /** The tab shows the browser's own error page: the page never loaded (no network, a dead address). */
  | 'error-page'
  | 'failed';

/** The article and its body blocks, or why there is none; utils/read-page.ts adds the outline. */
export type ArticleExtraction =
  | { ok: true; article: Article; blocks: Block[] }
  | { ok: false; reason: ExtractFailure; detail?: string };

/** One block of the article body in reading order, as the outline sees it. */
export interface Block {
  /** Lower-case tag name: p, h2…h6, li, blockquote, pre, table, figcaption. */
  tag: string;
  text: string;
  /** True for a figure caption: never a body paragraph, quote or key point. */
  caption: boolean;
  /** True when the whole text is one link to another page ("Read the full transcript", a related story): navigation, never a section or a key point. */
  link?: boolean;
}
