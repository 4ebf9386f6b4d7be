import type { MetadataSources } from './metadata-sources';
import { isJsonObject, stringOf, typesOf } from './json-ld';
import { isChromeNearHeadline } from './chrome-near-headline';
import { headlineScope } from './find-headline';
import { findSiteName, statedSiteNames } from './find-site-name';
import { addNames, bylineNames, withoutSiteName } from './byline-names';
import { linesOf, namesFromBylineLine } from './byline-line';
import { normalizeSpace } from '../text/segment';
import { namesAfterHeadline } from './clean-title';
import { allLanguages, packFor, perPack } from '../lang';
import { baseLanguage } from '../text/tokens';
import { inSkippedBox } from './skipped-boxes';
import { leadsToOneWriter, pathParts, writerLinkSelector } from './writer-links';
import { isTagLinkLine } from './tag-links';

/**
 * The article's authors from what the page states about them, most deliberate first:
 * schema.org JSON-LD, meta tags, then the byline printed near the headline
 * (rel=author, itemprop=author, class "byline"/"author"). The first source that names
 * someone wins, so one author is not listed twice in two spellings. Readability's own
 * byline is the orchestrator's fallback; signatures at the end of the body are the
 * body passes' work.
 */

/** In Readability's order of trust, then the names other CMSs use. */
const AUTHOR_META = ['dc:creator', 'dc.creator', 'dcterm:creator', 'dcterms.creator', 'author', 'parsely-author', 'sailthru.author', 'article:author', 'og:article:author', 'byl'];

/** A byline block is short; longer text under class "author" is an author biography. */
const MAX_BYLINE_CHARS = 120;

/** Printed near the headline: past this many candidates the rest are comments and author boxes. */
const MAX_DOM_CANDIDATES = 40;

function isUrl(text: string): boolean {
  return /^(?:https?:)?\/\/|^www\./iu.test(text.trim());
}

function personName(value: unknown, resolve: (v: unknown) => unknown): string | null {
  const node = resolve(value);
  if (typeof node === 'string') return isUrl(node) ? null : node;
  if (!isJsonObject(node)) return null;
  const name = stringOf(node['name']);
  if (name && !isUrl(name)) return name;
  const given = stringOf(node['givenName']);
  const family = stringOf(node['familyName']);
  return given || family ? [given, family].filter(Boolean).join(' ') : null;
}

/** Authors the JSON-LD types as an organisation ("Contributors to Wikimedia projects", a newsroom). */
function statedOrganisations(sources: MetadataSources, lang: string | null): string[] {
  return statedAuthorsOfType(sources, lang, (types) => types.some((t) => ORGANISATION_TYPE.test(t)));
}

/** The names of the JSON-LD article's authors (or creators) whose types pass `isType`. */
function statedAuthorsOfType(sources: MetadataSources, lang: string | null, isType: (types: string[]) => boolean): string[] {
  const { article, resolve } = sources.jsonLd;
  const raw = article ? (article['author'] ?? article['creator']) : undefined;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const names: string[] = [];
  for (const item of list) {
    const node = resolve(item);
    const name = personName(item, resolve);
    if (name && isJsonObject(node) && isType(typesOf(node))) addNames(names, bylineNames(name, lang));
  }
  return names;
}

const ORGANISATION_TYPE = /Organization|NewsMediaOrganization|Corporation/u;

function fromJsonLd(sources: MetadataSources, lang: string | null): string[] {
  const { article, resolve } = sources.jsonLd;
  if (!article) return [];
  const raw = article['author'] ?? article['creator'];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const people: string[] = [];
  const organisations: string[] = [];
  for (const item of list) {
    const name = personName(item, resolve);
    if (!name) continue;
    const node = resolve(item);
    const isOrganisation = isJsonObject(node) && typesOf(node).some((t) => ORGANISATION_TYPE.test(t));
    addNames(isOrganisation ? organisations : people, bylineNames(name, lang));
  }
  // An article credited to a person and to its newsroom is the person's.
  return people.length > 0 ? people : organisations;
}

/**
 * Authors the JSON-LD types as schema.org Person: a personal site is named after its author
 * ("Haki Benita" writing on "Haki Benita"), so that name is the author's even where it is the site's.
 */
function statedPersons(sources: MetadataSources, lang: string | null): string[] {
  return statedAuthorsOfType(sources, lang, (types) => types.includes('Person'));
}

/**
 * "Surname, Given names": one capitalised surname, a comma, then given names or initials and the
 * surname's lowercase particles ("Jong, Michiel de"). Two full names after one another have more
 * words before the comma ("John Smith, Jane Doe") and are left to bylineNames.
 */
const INVERTED_NAME = /^(\p{Lu}[\p{L}'’-]+), ((?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+\.?)(?: (?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+\.?)){0,2})((?: \p{Ll}{1,3}){0,2})$/u;

/** Dublin Core's creator holds one person per element, written as a library does ("Kooman, F."). */
const ONE_PERSON_META = new Set(['dc:creator', 'dc.creator', 'dcterm:creator', 'dcterms.creator']);

/**
 * "Kooman, F." → "F. Kooman", "Jong, Michiel de" → "Michiel de Jong"; any other text as it is.
 * Outside a one-person field only with an initial or a particle: "AP, Reuters" is two agencies.
 */
export function uninvertedName(text: string, onePerson: boolean): string {
  const match = INVERTED_NAME.exec(normalizeSpace(text));
  if (!match) return text;
  const [, surname, given = '', particles = ''] = match;
  if (!onePerson && particles === '' && !/\p{Lu}\./u.test(given)) return text;
  return `${given}${particles} ${surname}`;
}

/** "Copyright", "(c)", "©", years and "All rights reserved" around a rights holder's name. */
const RIGHTS_WORDS = /©|\(c\)|\bcopyright\b|\ball rights reserved\b|\b\d{4}\b|[-–.,]/giu;

/**
 * The rights holder the page states (`<meta name="copyright" content="Copyright (c) Condé Nast 2022">`,
 * JSON-LD `copyrightHolder`), without its marks and years: the publisher of every page of the site.
 */
function statedRightsHolders(sources: MetadataSources): string[] {
  const holder = sources.jsonLd.resolve(sources.jsonLd.article?.['copyrightHolder']);
  return [sources.meta.first('copyright', 'dcterms.rightsHolder'), isJsonObject(holder) ? stringOf(holder['name']) : null]
    .map((value) => normalizeSpace((value ?? '').replace(RIGHTS_WORDS, ' ')))
    .filter((name) => name !== '');
}

/**
 * The first author meta that names someone. When it names only the site's rights holder (Condé
 * Nast's `author` on every page) and a later one names others (the writer's `article:author`),
 * the later one: the two disagree, and the company is no writer. Alone, it is kept: a blog's
 * writer states their own name as the rights holder too.
 */
function fromMeta(sources: MetadataSources, lang: string | null): string[] {
  let first: string[] | null = null;
  for (const key of AUTHOR_META) {
    const names: string[] = [];
    const onePerson = ONE_PERSON_META.has(key);
    for (const value of sources.meta.all(key)) if (!isUrl(value)) addNames(names, bylineNames(uninvertedName(value, onePerson), lang));
    if (names.length === 0) continue;
    if (first === null) {
      const holders = statedRightsHolders(sources).map((name) => name.toLowerCase());
      if (!names.every((name) => holders.includes(name.toLowerCase()))) return names;
      first = names;
    } else if (names.some((name) => !first?.includes(name))) return names;
  }
  return first ?? [];
}

function isAuthorMarkup(el: Element): boolean {
  return /(?:^|\s)author(?:\s|$)/i.test(el.getAttribute('rel') ?? '') || /(?:^|\s)author(?:\s|$)/u.test(el.getAttribute('itemprop') ?? '');
}

/**
 * The name's own element in a byline block, by its class ("byline-name", "author__name"), beside
 * the writer's title in another ("<span class="byline-title">Education reporter BBC News</span>").
 */
const NAME_CLASSES = ['byline-name', 'byline_name', 'byline__name', 'author-name', 'author_name', 'author__name', 'authorname', 'bylinename']
  .map((name) => `[class*="${name}" i]`)
  .join(', ');

let nameMarks: string | null = null;

/** Selectors of names marked inside a byline block: itemprop=name, rel=author, links to a writer's page in any pack's words, author-name classes. */
function nameMarkSelector(): string {
  nameMarks ??= ['[itemprop~="name"]', '[rel~="author"]', writerLinkSelector(), NAME_CLASSES].join(', ');
  return nameMarks;
}

/**
 * Names marked inside a byline block. "<a href="/autor/javier-casqueiro/">Javier Casqueiro</a> Madrid":
 * the link is the name, and the place printed after it is not.
 */
function markedNames(el: Element, lang: string | null): string[] {
  const names: string[] = [];
  const pages: string[] = [];
  const marks = Array.from(el.querySelectorAll(nameMarkSelector()));
  const credited = creditedByOthers(el, marks);
  for (const [i, inner] of marks.entries()) {
    // "作者：<a>Diogo Carleto</a> 翻訳者 <a>中村 真子</a>", "<a>Minh An</a> - Ảnh: <a>Hải Long</a>": the translator, the photographer.
    if (credited[i]) continue;
    const page = writerPage(inner);
    if (page !== null && pages.some((seen) => page === seen || (page.startsWith(`${seen}/`) && pathDepth(seen) >= 2))) continue;
    const found = bylineNames(inner.textContent ?? '', lang);
    // An author card's headshot links to the writer's page before the name does: the page is that name's.
    if (page !== null && found.length > 0) pages.push(page);
    addNames(names, found);
  }
  return names;
}

/** A label of another credit, alone between two names ("翻訳者", "- Ảnh:", "Photos by"). */
const OTHER_CREDIT_ONLY = new RegExp(`^[\\s\\p{P}]*(?:(?:${allLanguages('otherCreditLabels').join('|')})\\s*[:：]?|(?:${allLanguages('otherCreditBy').join('|')}))\\s*$`, 'iu');

/**
 * For each name mark of a byline block, whether the text between it and the mark before it is
 * another credit's label: the name that follows is then the translator's or the photographer's.
 * The block is short (MAX_BYLINE_CHARS), so its text nodes are few.
 */
function creditedByOthers(el: Element, marks: readonly Element[]): boolean[] {
  const before = marks.map(() => '');
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node;
    if (marks.some((mark) => mark.contains(text))) continue;
    // The first mark after the text: the text stands before it.
    const next = marks.findIndex((mark) => (text.compareDocumentPosition(mark) & FOLLOWING) !== 0);
    if (next >= 0) before[next] += text.textContent ?? '';
  }
  return before.map((text, i) => i > 0 && normalizeSpace(text) !== '' && OTHER_CREDIT_ONLY.test(normalizeSpace(text)));
}

/** NodeFilter.SHOW_TEXT and Node.DOCUMENT_POSITION_FOLLOWING, which Node's own globals lack outside a window. */
const SHOW_TEXT = 4;
const FOLLOWING = 4;

/** Path segments of an address: "/author/oliver-coleman" has two, a section's "/author" one (the writers' index, under which every writer's page lies). */
function pathDepth(page: string): number {
  return pathParts(page).length;
}

/**
 * The page a link leads to, without its query, anchor or closing slash. The writer's name links to
 * their page, and so do the box's other links to it ("View author archive", ".../feed/" for "Get
 * author RSS feed"): once the name is read, those say nothing more of who wrote the story.
 */
function writerPage(el: Element): string | null {
  const href = el.localName === 'a' ? el.getAttribute('href') : null;
  return href ? href.replace(/[?#].*$/su, '').replace(/(?<!\/)\/+$/u, '') : null;
}

function namesOf(el: Element, lang: string | null): string[] {
  const text = normalizeSpace(el.textContent ?? '');
  if (text === '' || text.length > MAX_BYLINE_CHARS) return [];
  const marked = markedNames(el, lang);
  if (marked.length > 0) return marked;
  // The first line is the byline; later lines are its source or the box's other links ("My WebMD").
  // A first line that is only the label ("<dt>By</dt><dd>Lauren Moraski</dd>") is read with the name on the next.
  const [label, second] = linesOf(el);
  const first = label && second && byLabelPattern(lang).test(label) ? `${label} ${second}` : label;
  const names = first ? bylineNames(first, lang) : [];
  return names.length > 0 ? names : bylineNames(text, lang);
}

/**
 * Byline-marked elements near the headline, then the others, as where none is near: "From
 * <span class="byline">The Times</span>" by the headline names the paper, and the writer's own
 * `byline` span opens the story's column beside the headline's block.
 */
function domCandidates(sources: MetadataSources): Element[] {
  const near = sources.headline ? headlineScope(sources.headline) : null;
  // "<a href="/autor/javier-casqueiro/">Javier Casqueiro</a>" by the headline, in a block with no byline class: the link names the writer.
  // Read by its line ("By: <a>Paul Wiseman</a>, <a>Fatima Hussein</a>"), so every writer linked in it is named.
  const writerLinks = near
    ? Array.from(near.querySelectorAll(writerLinkSelector()))
        .filter((link) => isBylineLink(link) && leadsToOneWriter(link))
        .map((link) => link.parentElement ?? link)
    : [];
  const all = [...sources.index.authorCandidates, ...sources.index.itemprops.filter(isAuthorMarkup), ...writerLinks];
  const unique = Array.from(new Set(all)).filter((el) => el.tagName.toUpperCase() !== 'META');
  unique.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const inScope = new Set(near ? unique.filter((el) => near.contains(el)) : []);
  return [...inScope, ...unique.filter((el) => !inScope.has(el))].slice(0, MAX_DOM_CANDIDATES);
}

/** A link in running text ("<a href="…/quotes/authors/…">you</a>", in a paragraph) is a word of the sentence, not a byline. */
function isBylineLink(link: Element): boolean {
  const around = normalizeSpace(link.parentElement?.textContent ?? '');
  return !/^\s*\p{Ll}/u.test(link.textContent ?? '') && around.length <= MAX_BYLINE_CHARS;
}

/** A byline in a box the page lets its reader skip (an analysis, a profile) signs the box, not the story. */
function inSkippedBoxOfPage(el: Element, doc: Document): boolean {
  return doc.body !== null && inSkippedBox(el, doc.body);
}

/** Parts of a signature block that name where the story was written ("c-signature__location"), not who wrote it. */
// ASCII pattern on class names (and rel values above): case-insensitive without the `u` flag, the same matches (`u` would only add ſ for s and
// the Kelvin sign for k). Firefox compiles a case-insensitive Unicode pattern again in every popup it opens.
const PLACE_CLASS = /(?:^|[\s_-])(?:location|place|city|dateline)(?:$|[\s_-])/i;

function namesOnlyAPlace(el: Element): boolean {
  const text = normalizeSpace(el.textContent ?? '');
  if (text === '') return false;
  const places = [el, ...Array.from(el.querySelectorAll('[class]'))].filter((part) => PLACE_CLASS.test(part.getAttribute('class') ?? ''));
  return places.some((place) => normalizeSpace(place.textContent ?? '') === text);
}

/**
 * `<div class="pull-quote__author"><span class="author">Boris Kingma</span></div>`: a quotation set
 * out of the text names who said it, in author markup. Read on the element and a few boxes above it.
 */
// ASCII pattern on class names: case-insensitive without the `u` flag (see PLACE_CLASS).
const QUOTE_CLASS = /(?:^|[\s_-])(?:pull-?quote|quote|blockquote|testimonial)(?:$|[\s_-])/i;
const QUOTE_BOX_DEPTH = 4;

function inQuoteBox(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < QUOTE_BOX_DEPTH; depth++, node = node.parentElement) {
    if (QUOTE_CLASS.test(node.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** "imageByline", "photo-credit-author", "img_author": the picture's credit, whose name is the photographer's. */
const PICTURE_CREDIT_CLASS = /(?:image|img|photo|picture|foto|caption)[_-]?(?:by|author|credit)/i;

function isPictureCredit(el: Element): boolean {
  return PICTURE_CREDIT_CLASS.test(el.getAttribute('class') ?? '') || PICTURE_CREDIT_CLASS.test(el.getAttribute('id') ?? '');
}

/** A container that declares itself one story: an `article`, a schema.org Article or BlogPosting, a microformats `hentry`. */
const STORY_TYPE = /(?:Article|Posting)$/u;
function isOneStory(el: Element): boolean {
  return el.localName === 'article' || STORY_TYPE.test(el.getAttribute('itemtype') ?? '') || /(?:^|\s)hentry(?:\s|$)/u.test(el.getAttribute('class') ?? '');
}

/**
 * "Posted by <a rel="author">Mina Lowe</a> at 7:28 PM" in the `post-footer` of a Blogger post, the
 * `entry-footer` of a WordPress one: a footer is chrome, but one set inside the story's own
 * container, under its headline, is the story's. Only author markup there counts.
 */
function isStoryFooterByline(el: Element, headline: Element | null): boolean {
  if (!headline || !isAuthorMarkup(el)) return false;
  let story: Element | null = el.parentElement;
  while (story && !story.contains(headline)) story = story.parentElement;
  return story !== null && isOneStory(story);
}

/**
 * The byline printed near the headline. `rejected` collects the texts of the byline-marked
 * elements refused (menus, quotes, picture credits, skipped boxes). `footer` collects the names
 * of the first byline in the story's own footer (isStoryFooterByline): a last resort, as a blog's
 * account ("Android Developers") signs there where the post opens "Posted by" its writer.
 */
function fromPage(sources: MetadataSources, lang: string | null, rejected: string[], footer: string[], notSite: (names: string[]) => string[]): string[] {
  return printedByline(sources, lang, rejected, footer, notSite)?.names ?? [];
}

/**
 * `<aside><address><a rel="author">Julia Carrie Wong</a> and <a rel="author">Sam Levin</a></address></aside>`
 * after the headline: a writer marked as the author inside an `<address>`, the block HTML gives
 * an article's contact details in, signs the story, though the page sets its meta line in an
 * aside beside the body. In a menu or the page's footer it is still the site's.
 */
function signedAddress(el: Element, headline: Element | null): Element | null {
  const address = el.closest('address');
  if (!headline || !address || !isAuthorMarkup(el) || el.closest('nav, footer, menu, [role="navigation"], [role="contentinfo"]')) return null;
  return (headline.compareDocumentPosition(el) & FOLLOWING) !== 0 ? address : null;
}

interface PrintedByline {
  names: string[];
  /** The byline element's whole text, label and newsroom included. */
  text: string;
}

function printedByline(sources: MetadataSources, lang: string | null, rejected: string[], footer: string[], notSite: (names: string[]) => string[]): PrintedByline | null {
  for (const el of domCandidates(sources)) {
    if (namesOnlyAPlace(el)) continue;
    const address = signedAddress(el, sources.headline);
    if ((!address && isChromeNearHeadline(el, sources.headline)) || el.closest('blockquote, figcaption') || inQuoteBox(el) || isPictureCredit(el) || inSkippedBoxOfPage(el, sources.doc)) {
      // Refused as Readability's byline too (it reads the same markup), but kept as the last resort.
      if (footer.length === 0 && isStoryFooterByline(el, sources.headline)) footer.push(...namesOf(el, lang));
      const text = normalizeSpace(el.textContent ?? '');
      if (text !== '' && text.length <= MAX_BYLINE_CHARS) rejected.push(text);
      continue;
    }
    // The publication named as the byline ("From The Times") is no writer: the next candidate may name one.
    // The whole address, so every writer it marks is named.
    const named = namedIn(address ?? el, lang, notSite);
    if (named) return named;
  }
  return null;
}

function namedIn(el: Element, lang: string | null, notSite: (names: string[]) => string[]): PrintedByline | null {
  const names = notSite(namesOf(el, lang));
  return names.length > 0 ? { names, text: normalizeSpace(el.textContent ?? '') } : null;
}

/**
 * `<meta name="author" content="ASCII">` on a page that prints "文● オカモト／ASCII編集部": a
 * one-word name in the metadata that the printed byline holds among more is the newsroom or a
 * surname, and the printed byline names the writer. Read only for one-word names: a full name
 * in the metadata is the writer's.
 */
function fullerPrintedNames(sources: MetadataSources, lang: string | null, stated: string[], notSite: (names: string[]) => string[]): string[] | null {
  if (stated.some((name) => /\s/u.test(name))) return null;
  const printed = printedByline(sources, lang, [], [], notSite);
  if (!printed) return null;
  const text = printed.text.toLowerCase();
  const same = printed.names.length === stated.length && printed.names.every((name, i) => name.toLowerCase() === stated[i]?.toLowerCase());
  return !same && stated.every((name) => text.includes(name.toLowerCase())) ? printed.names : null;
}

/** Inline elements a "By" label is set in on its own, before the element that holds the name. */
const LABEL_TAGS = 'span, em, i, small, b, strong, p';
/** Past this many inline elements in the headline's block, the rest are the story's own. */
const MAX_LABEL_CANDIDATES = 300;

/** "by" on any page (English credits run on sites in every language); the page's own prefixes ("von", "par", "bởi") on its pages. */
const ownByLabel = perPack((pack) => new RegExp(`^(?:${['by', ...pack.bylinePrefixes].join('|')})$`, 'iu'));
const ENGLISH_BY_LABEL = /^by$/iu;

function byLabelPattern(lang: string | null): RegExp {
  const base = baseLanguage(lang);
  const pack = base ? packFor(base) : null;
  return pack ? ownByLabel(pack) : ENGLISH_BY_LABEL;
}

/**
 * "<span>by</span> <h3><a href="/profile/338123">Sleyca</a></h3>": the label in an element of
 * its own, the name in the next one, with no byline class on either; read near the headline only.
 */
function fromByLabel(sources: MetadataSources, lang: string | null): string[] {
  if (!sources.headline) return [];
  const label = byLabelPattern(lang);
  const scope = headlineScope(sources.headline);
  const candidates = Array.from(scope.querySelectorAll(LABEL_TAGS)).slice(0, MAX_LABEL_CANDIDATES);
  for (const el of candidates) {
    if (el.firstElementChild || !label.test(normalizeSpace(el.textContent ?? ''))) continue;
    const next = el.nextElementSibling;
    const between = el.nextSibling;
    // Only white space between the label and the name's element.
    if (!next || (between !== next && normalizeSpace(between?.textContent ?? '') !== '') || isChromeNearHeadline(next, sources.headline)) continue;
    const text = normalizeSpace(next.textContent ?? '');
    // "<p>PV</p><p><a href="/chu-de/ha-noi.html">Hà Nội</a></p>": the story's tag after its signature names a subject.
    if (text === '' || text.length > MAX_BYLINE_CHARS || isTagLinkLine(next, text)) continue;
    const names = bylineNames(text, lang);
    if (names.length > 0) return names;
  }
  return [];
}

/**
 * "责任编辑：", "Ảnh:", "Photo:", "Photographed by", "Styled by": a name right after one of these is
 * printed as someone other than the author. No word boundary before the label: spans set side by
 * side run into one text ("…Connie WangPhotographed by Sharokh Mirzai").
 */
const OTHER_CREDIT_BEFORE = new RegExp(`(?:(?:${allLanguages('otherCreditLabels').join('|')})\\s*[:：]|(?:${allLanguages('otherCreditBy').join('|')}))\\s*$`, 'iu');
/** How far before a name its credit label is looked for ("hair and makeup by "). */
const LABEL_WINDOW_CHARS = 24;

/** Elements whose text is not shown: JSON-LD in the body repeats the metadata's names. */
const UNPRINTED = 'script, style, noscript, template, textarea';

function occurrencesOf(text: string, wanted: string, skip: (at: number) => boolean = () => false): number {
  let count = 0;
  for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + wanted.length)) if (!skip(at)) count++;
  return count;
}

/**
 * How the page prints a name: as its writer's (somewhere not after another credit's label), only
 * after another credit's label ("责任编辑：肖春芳", "Photographed by Sharokh Mirzai"), or not at
 * all. Metadata can name a CMS account, the desk editor or everyone the story credits where the
 * page's own signature names the writer. Read from textContent (a TreeWalker over the text costs
 * five times as much in jsdom), less what scripts hold; the two texts are read once per page.
 */
type Printed = 'writer' | 'other' | 'unprinted';

function printedAs(sources: MetadataSources): (name: string) => Printed {
  const body = sources.doc.body;
  let text: string | null = null;
  let hidden: string | null = null;
  return (name) => {
    if (!body) return 'unprinted';
    text ??= normalizeSpace(body.textContent ?? '').toLowerCase();
    const page = text;
    const wanted = normalizeSpace(name).toLowerCase();
    const all = occurrencesOf(page, wanted);
    if (all === 0) return 'unprinted';
    hidden ??= Array.from(body.querySelectorAll(UNPRINTED), (el) => normalizeSpace(el.textContent ?? '')).join(' ').toLowerCase();
    const inCode = occurrencesOf(hidden, wanted);
    if (all <= inCode) return 'unprinted';
    const asWriter = occurrencesOf(page, wanted, (at) => OTHER_CREDIT_BEFORE.test(page.slice(Math.max(0, at - LABEL_WINDOW_CHARS), at)));
    return asWriter > inCode ? 'writer' : 'other';
  };
}

export interface FoundBylines {
  names: string[];
  /** False when the names come from metadata the page never prints as its author's (a body signature then wins). */
  shown: boolean;
  /** Texts of byline-marked elements passed over as page chrome: Readability's byline is not taken from them either. */
  rejected: string[];
  /** The names come from an unmarked "By …" line (byline-line.ts), the least deliberate source: Readability's byline and a signed line in the story win over them. */
  fromLine?: boolean;
}

/**
 * Metadata names count when the page prints them; otherwise the byline printed near the
 * headline wins (Folha's JSON-LD names its CMS account, the page signs "UOL"), and the
 * metadata names are kept, marked unshown, when the page prints none.
 */
/** Where the page says it is: its own address, and the canonical and og:url it states (a saved copy keeps those). */
function statedAddresses(sources: MetadataSources): string[] {
  const canonical = sources.doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
  return [sources.url, canonical, sources.meta.first('og:url')].filter((url): url is string => url !== null && url !== '');
}

/** The "By …" line under the headline, or under the h2 the title opens with on a page whose h1 is its logo. */
function fromBylineLine(sources: MetadataSources, lang: string | null): string[] {
  const headline = sources.headline ?? sources.subheading;
  return headline ? namesFromBylineLine(headline, lang) : [];
}

export function findBylines(sources: MetadataSources, lang: string | null): FoundBylines {
  // Every name the page gives itself (publisher, og:site_name, WebSite, app name): a byline that repeats any of them is the publication.
  const siteName = [findSiteName(sources), ...statedSiteNames(sources)];
  // "… - Celebrity Circuit - CBS News" with <meta name="author" content="Celebrity Circuit">: a section, unless the page signs with it too.
  const titleNames = namesAfterHeadline(sources.doc.title);
  const addresses = statedAddresses(sources);
  let unshown: string[] = [];
  // Metadata names the page prints, but as its title's section too: the byline printed by the headline is surer.
  let titled: string[] = [];
  const rejected: string[] = [];
  const persons = statedPersons(sources, lang);
  const organisations = statedOrganisations(sources, lang);
  const printedHow = printedAs(sources);
  const notSite = (names: string[]) => withoutSiteName(names, siteName, addresses);
  for (const source of [fromJsonLd, fromMeta]) {
    const stated = source(sources, lang).filter((name) => persons.includes(name) || withoutSiteName([name], siteName, addresses).length > 0);
    if (stated.length === 0) continue;
    const how = stated.map(printedHow);
    if (how.includes('writer')) {
      // "Connie Wang, Sharokh Mirzai, …" in meta author, the page printing "Photographed by Sharokh Mirzai": the writer alone.
      const names = stated.filter((_, i) => how[i] !== 'other');
      if (!names.every((name) => titleNames.includes(name))) return { names: fullerPrintedNames(sources, lang, names, notSite) ?? names, shown: true, rejected: [] };
      if (titled.length === 0) titled = names;
      continue;
    }
    // An organisation the page never prints is the metadata's corporate credit ("Contributors to Wikimedia
    // projects"), not a byline a reader sees; Readability reads the same JSON-LD, so its byline is refused too.
    if (stated.every((name) => organisations.includes(name))) rejected.push(...stated);
    else if (unshown.length === 0) unshown = stated;
  }
  const footer: string[] = [];
  const printed = fromPage(sources, lang, rejected, footer, notSite);
  if (printed.length > 0) return { names: printed, shown: true, rejected };
  if (titled.length > 0) return { names: titled, shown: true, rejected };
  const labelled = unshown.length === 0 ? withoutSiteName(fromByLabel(sources, lang), siteName, addresses) : [];
  if (labelled.length > 0) return { names: labelled, shown: true, rejected };
  const lined = unshown.length === 0 ? withoutSiteName(fromBylineLine(sources, lang), siteName, addresses) : [];
  if (lined.length > 0) return { names: lined, shown: true, rejected, fromLine: true };
  const signed = unshown.length === 0 ? withoutSiteName(footer, siteName, addresses) : [];
  // As weak as a line: the body's own signature ("Posted by Andrew Hayden, Software Engineer") wins over it.
  if (signed.length > 0) return { names: signed, shown: true, rejected, fromLine: true };
  return { names: unshown, shown: unshown.length === 0, rejected };
}
