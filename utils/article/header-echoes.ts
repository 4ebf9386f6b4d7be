import { linesOf } from './byline-line';
import type { BodyPassContext } from './body-passes';
import { isWholeLink, listBlockElements } from './blocks';
import { shortText } from './bounded-text';
import { DATELINE_MAX_CHARS, isDateEcho } from './date-echo';
import { closestTag } from './closest-tag';
import { normalizeSpace, words } from '../text/segment';
import { allLanguages } from '../lang';
import { dropLeadingText } from './leading-text';
import { looseLineAbove } from './loose-text';
import { firstBlockElements } from './block-elements';
import { bylineNames, isNewsroomRoleLine, isWriterBioLine, titledHanBylineNames } from './byline-names';
import { isCreditLine, sourceOf } from './byline-credits';

/**
 * The reading view prints the title, byline and date in its own header, so the same lines at
 * the top of the body are echoes: the article's h1 kept by Readability (seen on RTL and CJK
 * pages), a "By Jane Doe" line when the metadata already names Jane Doe, or a dateline
 * ("Cập nhật: 07:25, 09/06/2019", "10:19 ngày 2/2/2018") stating the day the header shows.
 * A wire's name alone there ("The Associated Press"), a Chinese reporter's line ("记者张三") or
 * "Posted by …" when the metadata names no one signs the story: it goes to the bylines.
 */
const LOOK_AT_FIRST = 3;
const BYLINE_MAX_CHARS = 80;
/** "By" in the languages whose bylines we meet; the name must follow. */
const BY_PREFIX = /^(?:by|from|por|par|von|di|door|av|af|bởi|tác giả)[\s:]+\p{Lu}/iu;

// Shapes too: a diary's "■ " bullet before the heading the header prints without it.
const fold = (text: string): string => text.normalize('NFC').toLocaleLowerCase().replace(/[\s\p{P}\p{So}]+/gu, ' ').trim();

/** The title again, as a heading or as a plain line (a CMS that sets its headline in a p or div). */
export function isTitleEcho(text: string, ctx: BodyPassContext): boolean {
  return ctx.title !== '' && text.length <= ctx.title.length * 2 && fold(text) === fold(ctx.title);
}

/**
 * The dek set as a heading under the headline ("<h3>Everex CloudBook and Asus Eee PC offer budget
 * options</h3>" under an h2 headline), kept by Readability as the body's first heading: the header
 * shows it as the dek, and a section by that name would open the outline. A paragraph that repeats
 * the dek, or a sentence set as a heading, stays: it is the story's first paragraph, and the dek
 * gives way to it (finish-article.ts).
 */
function isDekHeadingEcho(el: Element, text: string, ctx: BodyPassContext): boolean {
  // A sapo that ends as a sentence ("(Dân trí) - Công an xác định, … trầm cảm.") is the story's first paragraph, heading or not.
  return !!ctx.subtitle && /^H[2-6]$/u.test(el.tagName.toUpperCase()) && !/[.!?。]$/u.test(text) && fold(text) === fold(ctx.subtitle);
}

/**
 * The dateline printed under the echoed title ("Published 3 hours ago", "Publié le 12 mars
 * 2024 à 10h00"): the reading view prints the date in its header. Right after the echo, a
 * short line with a number and no sentence end is that dateline, in any language.
 */
function isDatelineAfterEcho(text: string): boolean {
  return text.length <= DATELINE_MAX_CHARS && /\p{Nd}/u.test(text) && !/[.!?。]$/u.test(text);
}

function isBylineEcho(text: string, ctx: BodyPassContext): boolean {
  if (text.length > BYLINE_MAX_CHARS || /[.!?。]$/u.test(text)) return false;
  const folded = fold(text);
  const names = [...ctx.knownBylines, ...(ctx.lineBylines ?? [])];
  const named = names.some((name) => name !== '' && folded.includes(fold(name)));
  return named && (BY_PREFIX.test(text) || names.some((name) => fold(name) === folded));
}

/** "AP Golf Writer", "Opinion writer reporting from …" above the story, when the header names its writer: the rest of the byline block. */
function isWritersTitle(text: string, ctx: BodyPassContext): boolean {
  return (ctx.knownBylines.length > 0 || ctx.bylines.length > 0 || (ctx.lineBylines?.length ?? 0) > 0) && (isNewsroomRoleLine(text, ctx.lang) || isWriterBioLine(text, ctx.lang));
}

/**
 * "The Associated Press", "By Reuters" on a line of its own above the story: the wire that
 * signs it, a byline rather than a paragraph. The agencies are the packs' credit lines.
 */
const AGENCY_ALONE = new RegExp(`^(?:[Bb]y\\s+)?(?:[Tt]he\\s+)?(?:${allLanguages('creditLines').join('|')})$`, 'u');

/**
 * "Posted by Andrew Hayden, Software Engineer on Google Play", "By Jane Doe" on a line of its own
 * above the story, which the metadata named no one for: a blog's or a small site's byline, set
 * in the body. English credits on any page; a name must follow, and no sentence ends the line.
 */
const SIGNED_LINE = /^(?:(?:posted|written)\s+by|by)\s+\p{Lu}/iu;

function signedLineNames(text: string, ctx: BodyPassContext): string[] | null {
  if (ctx.knownBylines.length > 0 || text.length > BYLINE_MAX_CHARS || /[.!?。]$/u.test(text) || !SIGNED_LINE.test(text)) return null;
  const names = bylineNames(text, ctx.lang);
  return names.length > 0 ? names : null;
}

/**
 * "by The Times-Picayune", "By The Daily Telegraph" above the story, where a writer is named
 * elsewhere: the publication credits itself, as the header's site name does. With no writer
 * named anywhere, the line stays the byline ("By The Editorial Board").
 */
const PUBLICATION_SIGNED_LINE = /^(?:(?:[Pp]osted|[Ww]ritten)\s+)?[Bb]y\s+[Tt]he\s+\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*){0,4}$/u;

/**
 * "Article from: Agence France-Presse", "Nguồn: TTXVN", "Quelle: dpa" above the story: the wire
 * it was taken from signs it, as the wire's name alone there does. A paper named so ("Source:
 * The Guardian") is no agency and stays.
 */
function labelledAgency(text: string, ctx: BodyPassContext): string | null {
  const source = text.length <= BYLINE_MAX_CHARS ? sourceOf(text, ctx.lang) : null;
  return source && isCreditLine(source) ? source : null;
}

/** The wire's name (alone or after a source label), a Chinese reporter's line ("记者张三", "本报记者 张三 李四") or a signed line, above the story: its names go to the bylines. */
function takeSigningLine(el: Element, text: string, ctx: BodyPassContext): boolean {
  // A short block's first line: "By Elizabeth Mullener<br>Staff writer" signs with the name alone (a long block stays the story's).
  const signed = text.length <= BYLINE_MAX_CHARS ? (linesOf(el)[0] ?? text) : text;
  const writerNamed = ctx.knownBylines.length > 0 || (ctx.lineBylines ?? []).length > 0;
  if (writerNamed && PUBLICATION_SIGNED_LINE.test(signed) && !AGENCY_ALONE.test(signed)) {
    el.remove();
    return true;
  }
  const agency = labelledAgency(text, ctx);
  const names = agency ? [agency] : AGENCY_ALONE.test(text) ? bylineNames(text, ctx.lang) : (titledHanBylineNames(text, ctx.lang) ?? signedLineNames(signed, ctx));
  if (!names) return false;
  ctx.bylines.push(...names);
  el.remove();
  return true;
}

/** The element after `el` that shows text: the dateline may sit in a div, which is no block. */
function nextWithText(el: Element): Element | null {
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) if (shortText(next, 0) !== '') return next;
  return null;
}

/** A section's name is a word or three ("Pháp luật", "Thế giới", "World"). */
const SECTION_MAX_WORDS = 3;

/**
 * The section the page files the story under, printed above the headline as one link to the
 * section's page ("Pháp luật", "Thế giới"): a breadcrumb, not the article's first paragraph.
 */
function isSectionLink(el: Element, text: string, ctx: BodyPassContext): boolean {
  return text.length <= DATELINE_MAX_CHARS && !/[.!?。:]$/u.test(text) && words(text, ctx.lang).length <= SECTION_MAX_WORDS && isWholeLink(el, text);
}

/** "TPO - ", "(Báo Quảng Ngãi)- ", "VOV.VN: ": a short tag, in brackets or not, then a dash or colon, opening the first paragraph. */
const SOURCE_TAG = /^[([]?([^()[\]\-–—:|]{2,40}?)[)\]]?\s?[-–—:|]\s?/u;
const foldLetters = (text: string): string => text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/giu, 'd').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

let organisationWords: ReadonlySet<string> | null = null;
/** The packs' words for an organisation ("báo", "bộ"), folded as site names are. */
function isOrganisationWord(word: string): boolean {
  organisationWords ??= new Set(allLanguages('organisationWords').map(foldLetters));
  return organisationWords.has(word);
}

/**
 * Does the tag name the site? Its name or the start of it ("Báo Quảng Ngãi" of "Báo Quảng Ngãi
 * điện tử"), or its initials without the word for paper, with "O" or "Online" for online as
 * Vietnamese dailies sign ("TPO" for Báo Tiền Phong, "TTO" for Tuổi Trẻ Online, "QĐND Online"
 * for Báo Quân đội nhân dân).
 */
function namesSite(tag: string, siteName: string): boolean {
  const t = foldLetters(tag);
  const site = foldLetters(siteName);
  if (t === '' || site === '') return false;
  if (site === t || (t.includes(' ') && site.startsWith(`${t} `))) return true;
  const siteWords = site.split(' ').filter((word, i) => !(i === 0 && isOrganisationWord(word)));
  const initials = siteWords.map((word) => word.charAt(0)).join('');
  // "QĐND Online": the initials with "Online" spelled out, as a brand is written the world over.
  const bare = t.replace(/ online$/u, '');
  const compact = bare.replace(/\s+/gu, '');
  return !bare.includes(' ') && initials.length >= 2 && (compact === initials || compact === `${initials}o` || compact === `${initials.replace(/o$/u, '')}o`);
}

/** The source tag that opens the story's first paragraph when it names the site: the header shows the site. */
function removeSourceTag(el: Element, text: string, ctx: BodyPassContext): void {
  if (!ctx.siteName) return;
  const tag = SOURCE_TAG.exec(text);
  if (!tag?.[1] || !namesSite(tag[1], ctx.siteName)) return;
  // The tag is counted in the element's raw text, where white space is not collapsed yet.
  const raw = el.textContent ?? '';
  const start = raw.length - raw.trimStart().length;
  const rawTag = SOURCE_TAG.exec(raw.trimStart());
  if (rawTag && rawTag[0].trim() === tag[0].trim()) dropLeadingText(el, start + rawTag[0].length);
}

/**
 * "<h3>by The Times-Picayune<div>Sunday January 13, 2008</div></h3>": a dateline set inside a
 * heading with the credit. The blocks list the dateline, not the heading; once the dateline goes,
 * what the heading still holds is read as the signing line it is.
 */
function removeWithHeading(el: Element, ctx: BodyPassContext): void {
  const heading = el.parentElement;
  el.remove();
  if (!heading || !/^H[1-6]$/u.test(heading.tagName.toUpperCase())) return;
  const rest = shortText(heading, BYLINE_MAX_CHARS);
  if (rest) takeSigningLine(heading, rest, ctx);
}

/**
 * "<h3>Computer Hardware News</h3>" as the body's first line, right above a line the header shows
 * (the headline, the dek, the byline, the dateline): the kicker naming the section, or a sidebar's
 * label left over its emptied box ("Our Top Stories"), not a section of the story (kept, it opens
 * the outline as a section with the whole story under it).
 */
function isKickerAbove(line: Element | null, ctx: BodyPassContext): line is Element {
  if (!line || !/^H[2-6]$/u.test(line.tagName.toUpperCase())) return false;
  const text = shortText(line, DATELINE_MAX_CHARS);
  return !!text && !/[.!?。:]$/u.test(text) && words(text, ctx.lang).length <= SECTION_MAX_WORDS;
}

/** What a loose line may hold that is no text: a picture set inline goes nowhere with a date. */
const MEDIA = 'img, picture, video, audio, iframe, svg, object, embed';
const holdsMedia = (node: Node): boolean => node.nodeType === 1 && ((node as Element).matches(MEDIA) || (node as Element).querySelector(MEDIA) !== null);

/** A dateline set as bare text above the story's first block ("In Depth | 19 July 2012" in spans): the header shows the date. */
function removeLooseDateEcho(root: Element, ctx: BodyPassContext): void {
  const run = looseLineAbove(root);
  if (!run || run.some(holdsMedia)) return;
  const text = normalizeSpace(run.map((node) => node.textContent ?? '').join(''));
  if (text.length <= DATELINE_MAX_CHARS && isDateEcho(text, ctx)) for (const node of run) node.parentNode?.removeChild(node);
}

function isInFigure(el: Element, root: Element): boolean {
  const figure = closestTag(el, 'figure');
  return figure !== null && root.contains(figure);
}

export function removeHeaderEchoes(root: Element, ctx: BodyPassContext): void {
  removeLooseDateEcho(root, ctx);
  // Datelines and section links are echoes only above the story: once a paragraph of prose has
  // passed, a short dated line or a lone link is the article's own. The first LOOK_AT_FIRST lines
  // the body keeps are read, so a kicker and a dek above the byline and its date leave both in reach.
  let storyStarted = false;
  let read = 0;
  /** The body's first line kept: a kicker, if the next line read is a header echo. */
  let firstLine: Element | null = null;
  for (const el of listBlockElements(root)) {
    if (read === LOOK_AT_FIRST) break;
    const text = shortText(el, BYLINE_MAX_CHARS * 4);
    // A picture's empty paragraph is no line: only lines with text count.
    if (text === '') continue;
    // Nor does a picture's caption start the story, however long: the lead picture's caption sits over the byline and its date.
    const caption = isInFigure(el, root);
    if (text === null) {
      if (caption) continue;
      read += 1;
      storyStarted = true;
      continue;
    }
    // A dateline set inside the first line's heading is no line under a kicker.
    const underFirstLine = firstLine?.contains(el) ?? false;
    if (!storyStarted && (isDateEcho(text, ctx) || isSectionLink(el, text, ctx))) removeWithHeading(el, ctx);
    else if (!storyStarted && takeSigningLine(el, text, ctx)) {
      // Taken into the bylines: the line has left the body.
    } else if (isTitleEcho(text, ctx) || (!storyStarted && isDekHeadingEcho(el, text, ctx))) {
      const next = nextWithText(el);
      const nextText = next ? shortText(next, DATELINE_MAX_CHARS) : null;
      if (isTitleEcho(text, ctx) && next && nextText !== null && isDatelineAfterEcho(nextText)) next.remove();
      el.remove();
    } else if (isBylineEcho(text, ctx) || (!storyStarted && isWritersTitle(text, ctx))) el.remove();
    else if (text.length > DATELINE_MAX_CHARS && !caption) {
      if (!storyStarted) removeSourceTag(el, text, ctx);
      storyStarted = true;
    }
    // A line taken as the header's (a byline, then its dateline) leaves room for the next one.
    if (caption) continue;
    if (root.contains(el)) {
      read += 1;
      if (read === 1) firstLine = el;
    } else if (read === 1 && !underFirstLine && isKickerAbove(firstLine, ctx)) {
      // The header's line went, and the one short heading above it was its label.
      firstLine.remove();
      read = 0;
    }
  }
}

/**
 * The byline set as bare text over the story ("<address><span>Melanie Wassink</span></address>"):
 * not a block when the header's echoes are read, it opens the body once wrapLooseText has made
 * it a paragraph. Run after that pass: the body's first line, when it is the header's byline again, goes.
 */
export function removeOpeningBylineEcho(root: Element, ctx: BodyPassContext): void {
  for (const el of firstBlockElements(root, LOOK_AT_FIRST)) {
    const text = shortText(el, BYLINE_MAX_CHARS);
    if (text === '') continue;
    if (text !== null && isBylineEcho(text, ctx)) el.remove();
    return;
  }
}
