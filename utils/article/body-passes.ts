import { normalizeCaptions } from './captions';
import { placeCreditLines } from './credit-lines';
import { keepCreditedCaptions } from './credited-captions';
import { removeCaptionCopies, removeCaptionEchoes } from './caption-echoes';
import { removeBoilerplate, removeClosingPitch } from './boilerplate';
import { removeSkippedBoxes } from './skipped-boxes';
import { takeTrailingBylines, takeUncoveredSignature } from './trailing-byline';
import { readWireLeadByline } from './wire-lead-byline';
import { wrapLooseText } from './loose-text';
import { removeHeaderEchoes, removeOpeningBylineEcho } from './header-echoes';
import { removeWriterContacts } from './writer-contact';
import { removeRepeatedBlocks } from './repeated-blocks';
import { removeTrailingLinks } from './trailing-links';
import { removePaywallTail } from './paywall-tail';
import { removeLinkLists } from './link-lists';
import { removeTeasers } from './teasers';
import { unwrapLayoutTables } from './layout-tables';
import { removeSpacerImages } from './spacer-images';
import { removeIconGraphics } from './icon-graphics';
import { removePlayerChrome } from './player-chrome';
import { removeFurnitureAboveHeadline } from './above-headline';
import { liftFiguresOutOfParagraphs } from './figures-out-of-paragraphs';
import { breakBeforeCaptionCredits } from './caption-credit-break';
import { removeCommentThreads } from './comment-threads';
import { removeCommentsAfterOpener } from './comment-opener';
import { removeTrailingHeadings } from './trailing-headings';
import { removeClosingFurnitureSentence } from './closing-sentence';
import { composeText } from './composed-text';
import { removeClosingDatelines } from './closing-dateline';
import { repairMisdecodedSpaces } from './misdecoded-spaces';
import { isBlankText } from '../dom/text-node';

/**
 * Passes that run, in order, over Readability's output before it is sanitized.
 * Each pass is one named function with one signature; adding a pass never changes another.
 */
export interface BodyPassContext {
  /** Bylines found in the body (a trailing "PV", "— Reuters"); a pass that takes one removes it from the body. */
  bylines: string[];
  lang: string | null;
  /** The title and bylines the reading view prints in its header: the body need not repeat them. */
  title: string;
  knownBylines: string[];
  /** Names read from an unmarked "By …" line under the headline (byline-line.ts), printed in the header when nothing surer names a writer: the body need not repeat that line either. */
  lineBylines?: string[];
  /** The dek the header shows, when the page marks one: a heading at the top of the body that repeats it is no section. */
  subtitle?: string | null;
  /** The publish date the header shows (ISO, as the page wrote it), when known: a dateline at the top of the body repeats it. */
  published?: string | null;
  /** The update date the header shows (ISO), when known: "Updated on September 19 at 3:15 p.m." atop the body repeats it. */
  modified?: string | null;
  /** The publication's name, when known: a source tag naming it at the top of the body ("TPO - ", "(Báo Quảng Ngãi)-") repeats the header. */
  siteName?: string | null;
}

export type BodyPass = (root: Element, ctx: BodyPassContext) => void;

// A list item with nothing in it still shows its bullet; a list of such items, an empty frame.
const WRAPPERS = new Set(['DIV', 'SECTION', 'SPAN', 'P', 'LI', 'UL', 'OL']);
const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SVG', 'TABLE', 'IFRAME', 'HR']);
/**
 * Wrappers that are a block of their own: holding line breaks alone, they show a blank line
 * (the paragraph a dateline left when it went, "<p><b><br><span>2008-01-01</span></b></p>").
 * A div or a span of breaks stays: it may part the lines of text loose around it.
 */
const PARAGRAPH_WRAPPERS = new Set(['P', 'LI']);

/** What an element shows: nothing, line breaks alone, or content (text, a picture, a rule). */
const NOTHING = 0;
const BREAKS = 1;
const CONTENT = 2;
type Shown = typeof NOTHING | typeof BREAKS | typeof CONTENT;

/** Elements that start and end a line of their own: a line break right after one (or first in a block) parts no text. */
const LINE_BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'TABLE', 'BLOCKQUOTE', 'FIGURE', 'PRE', 'HR', 'FORM']);

/** Something other than a line break comes after `br` among its siblings. */
function opensLine(br: Node): boolean {
  for (let next = br.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === 3 ? !isBlankText(next as Text) : next.nodeType === 1 && (next as Element).tagName.toUpperCase() !== 'BR') return true;
  }
  return false;
}

/**
 * Prunes the children of `el` (see pruneEmpty) and tells what they show. A line break that
 * opens a block, or follows one, before what the block holds parts no text: it only sets a
 * blank line above it ("<div><br><div>Portsmouth made…"), and goes. Breaks between lines of
 * loose text stay, as does a block of breaks alone between two of them (its blank line parts them).
 */
function pruneChildren(el: Element): Shown {
  let shown: Shown = NOTHING;
  let lineStart = true;
  for (let child = el.firstChild; child; ) {
    const next = child.nextSibling;
    if (child.nodeType === 3 && !isBlankText(child as Text)) {
      shown = CONTENT;
      lineStart = false;
    } else if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toUpperCase();
      if (tag === 'BR' && lineStart && opensLine(child)) child.remove();
      else {
        const childShown = pruneEmpty(child as Element);
        shown = Math.max(shown, childShown) as Shown;
        if (LINE_BLOCKS.has(tag)) lineStart = true;
        else if (childShown !== NOTHING) lineStart = false;
      }
    }
    child = next;
  }
  return shown;
}

/** Removes the empty wrappers under `el`; tells what `el` shows. One walk, bottom up. */
function pruneEmpty(el: Element): Shown {
  const tag = el.tagName.toUpperCase();
  const own: Shown = tag === 'BR' ? BREAKS : MEDIA.has(tag) ? CONTENT : NOTHING;
  const shown = Math.max(own, pruneChildren(el)) as Shown;
  if (shown === CONTENT || !WRAPPERS.has(tag) || (shown === BREAKS && !PARAGRAPH_WRAPPERS.has(tag))) return shown;
  // A span of spaces alone (Word's list bullets: '§<span>&nbsp;&nbsp;</span>Teaching') still parts two words.
  if (tag === 'SPAN' && (el.textContent ?? '') !== '') el.replaceWith(el.ownerDocument.createTextNode(' '));
  else el.remove();
  return NOTHING;
}

/** Readability leaves wrappers that hold nothing a reader can see, and line breaks that part no text. */
export function removeEmptyWrappers(root: Element): void {
  pruneChildren(root);
}

/**
 * Order matters: no-break spaces a second decoding turned into "Â " are mended first and decomposed accents composed (every pass reads text), the images that only hold space and the icons of the page's buttons go next (no pass takes one for a picture), then a player's time readout and the text around it (no pass takes a video's title for a section), then the tables that only lay out the page give up their cells (every later pass sees a story's paragraphs, not one table);
 * the caption candidates are settled and captions become figcaptions first (so no later pass takes a caption for
 * a byline or a label), and a picture's credit on a line of its own goes under that picture, and a caption repeated at the start of a paragraph leaves it, the boxes the page lets its reader skip, the readers' comments under a line that opens them (before boilerplate takes that line for a label) and boilerplate go next (so a share bar after "PV" does not hide
 * the signature), a caption printed again after its picture (once boilerplate has taken the caption's buttons out of it), a second copy of the story next, then the trailing byline (and, when none signs, the reporter a Korean or Japanese opening names), the furniture above the headline's echo and the echoes of the header, the writer's address (once every byline is known), then the wrappers the others left empty;
 * text left outside any block is wrapped in paragraphs so no word is lost to the blocks (a byline set so over the story is the header's echo, and goes), and a paywall's closing lines, read together over those paragraphs, go; last, the
 * links that follow the story go, counted over those paragraphs too (a "Most popular" list is often
 * bare links between line breaks), after the trailing byline so a signature under them is taken first;
 * then the lists of links left inside the story (the end's are gone, with the surplus that found them) and other stories' teasers,
 * then a signature those passes uncovered (when none was read and it names the header's writer) and a newsletter's pitch left closing the body, then the date printed again under the story, a heading those passes left with nothing after it and the site's ways out, and a furniture sentence run into the last paragraph; at the very end, a figure set in a paragraph is parted from it (HTML cannot hold one there), a caption's credit set inline after it gets its own line, and the wrappers the late passes emptied go.
 */
export const BODY_PASSES: readonly BodyPass[] = [
  repairMisdecodedSpaces,
  composeText,
  removeSpacerImages,
  removeIconGraphics,
  removePlayerChrome,
  unwrapLayoutTables,
  keepCreditedCaptions,
  normalizeCaptions,
  placeCreditLines,
  removeCaptionEchoes,
  removeSkippedBoxes,
  removeCommentsAfterOpener,
  removeBoilerplate,
  removeCaptionCopies,
  removeCommentThreads,
  removeRepeatedBlocks,
  takeTrailingBylines,
  readWireLeadByline,
  removeFurnitureAboveHeadline,
  removeHeaderEchoes,
  removeWriterContacts,
  removeEmptyWrappers,
  wrapLooseText,
  removeOpeningBylineEcho,
  removePaywallTail,
  removeTrailingLinks,
  removeLinkLists,
  removeTeasers,
  takeUncoveredSignature,
  removeClosingPitch,
  removeClosingDatelines,
  removeTrailingHeadings,
  removeClosingFurnitureSentence,
  liftFiguresOutOfParagraphs,
  breakBeforeCaptionCredits,
  removeEmptyWrappers,
];
