import type { Block } from './types';
import type { MetadataSources } from './metadata-sources';
import { BLOCK_MARKER, BLOCK_TAGS } from './blocks';
import { normalizeSpace } from '../text/segment';
import { charsFor } from '../text/dense-script';
import { pitchWordsIn } from '../lang/pitch-words';
import { isInPageChrome } from './page-chrome';

/**
 * Article or not: the one decision behind `Article.readerable`, which the popup (its "doesn't
 * look like an article" notice and "Show anyway") and the CLI line share. Readability always
 * finds *something*: on a section front the teaser list, on a sign-in page the form's help
 * text. Every rule reads what is already at hand: what the page declares (JSON-LD, og:type,
 * a password field, all gathered by the one metadata walk) and the extracted body, whose
 * links are counted once. No second walk of the page.
 */

export type PageType = 'article' | 'front' | 'list' | 'search' | 'home' | 'sign-in' | 'video' | 'gallery' | 'pitch' | 'short';

/** What the page says about itself, read from the original document. */
export interface PageSignals {
  /** JSON-LD names an article type, or og:type is "article". */
  declaresArticle: boolean;
  /** og:type video.*, or a JSON-LD VideoObject with no article. */
  declaresVideo: boolean;
  /** A JSON-LD ImageGallery with no article. */
  declaresGallery: boolean;
  /** A JSON-LD CollectionPage, SearchResultsPage or ItemList with no article. */
  declaresCollection: boolean;
  /** An `<input type="password">` anywhere on the page. */
  signInForm: boolean;
}

const ARTICLE_LIKE = /Article$|^(?:Report|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|APIReference)$/u;

export function readPageSignals(sources: MetadataSources): PageSignals {
  const types = sources.jsonLd.types;
  const ogType = (sources.meta.first('og:type') ?? '').toLowerCase();
  const declaresArticle = sources.jsonLd.article !== null || [...types].some((t) => ARTICLE_LIKE.test(t)) || ogType === 'article';
  return {
    declaresArticle,
    declaresVideo: ogType.startsWith('video') || (!declaresArticle && types.has('VideoObject')),
    declaresGallery: !declaresArticle && types.has('ImageGallery'),
    declaresCollection: !declaresArticle && (types.has('CollectionPage') || types.has('SearchResultsPage') || types.has('ItemList')),
    signInForm: sources.index.passwordInputs.some(isShownInMainFlow),
  };
}

/** A login box kept hidden until asked for, or in a pop-up, a menu or a sidebar: every page of such a site carries one. */
// ASCII pattern on class names, ids, styles and addresses (here and below): case-insensitive without the `u` flag, the same matches (`u` would only add ſ for s and
// the Kelvin sign for k). Firefox compiles a case-insensitive Unicode pattern again in every popup it opens.
const HIDDEN_CLASS = /(?:^|[\s_-])(?:hide|hidden|invisible|modal|popup|pop-up|lightbox|overlay|dialog)(?:$|[\s_-])/i;
/** How far up a password field is checked for a hidden or pop-up wrapper. */
const MAX_FORM_DEPTH = 25;

function isShownInMainFlow(input: Element): boolean {
  if (isInPageChrome(input)) return false;
  let node: Element | null = input;
  for (let depth = 0; node && depth < MAX_FORM_DEPTH; depth++, node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(node.getAttribute('style') ?? '')) return false;
    if (HIDDEN_CLASS.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`)) return false;
    if (node.localName === 'dialog') return false;
  }
  return true;
}

/** Readability's own threshold for "enough text" is 140 characters per paragraph; an article is longer than a screen. */
const LONG_BODY_CHARS = 1_200;
const SHORT_BODY_CHARS = 250;

/** Teasers: a linked headline (or list line) to another page, with at most a short summary each. */
const MIN_TEASERS = 5;
const MAX_SUMMARY_CHARS_PER_TEASER = 300;
/** A block whose text is at least this much link text is a pointer elsewhere. */
const LINKED_SHARE = 0.6;
const MIN_TEASER_CHARS = 12;

/** Subscription and membership words; several of them in a short body make a sales page. */
const MIN_PITCH_HITS = 3;

const SEARCH_URL = /[?&](?:q|query|s|search|keyword|keywords|tu-?khoa|k)=|\/(?:search|tim-?kiem|suche|recherche|buscar|busca|ricerca|zoeken|sok|szukaj|poisk)(?:[/?.]|$)/i;

interface BodyLinks {
  /** Blocks that are mostly a link to another page. */
  teasers: number;
  /** Of those, headings: the shape of a section front. */
  linkedHeadings: number;
  /** Characters of body text outside any link. */
  unlinkedChars: number;
  /** Block indexes (BLOCK_MARKER) of the teasers. */
  teaserBlocks: Set<number>;
  /** Block indexes of blocks that point to another page and say little else: a teaser's headline or picture with its time stamp. */
  pointerBlocks: Set<number>;
}

function blockOf(el: Element, root: Element): Element | null {
  for (let node: Element | null = el.parentElement; node && node !== root; node = node.parentElement) {
    if (BLOCK_TAGS.has(node.tagName.toUpperCase())) return node;
  }
  return null;
}

/** A link to another page: not a footnote or table-of-contents jump within this one. */
function leavesPage(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
}

/** A picture opened full size (a lightbox link) is part of the story, not a pointer to another one. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|bmp|svg)(?:[?#]|$)/i;

/** A teaser's line besides its link: a time stamp or a category, never a sentence. */
const MAX_POINTER_EXTRA_CHARS = 40;

/** A link to another story: not to a picture, and not to this page's own address (a headline linked to its permalink). */
function pointsToOtherPage(a: Element, url: string): boolean {
  const href = a.getAttribute('href') ?? '';
  if (!leavesPage(a) || IMAGE_FILE.test(href)) return false;
  try {
    const target = new URL(href, url);
    const own = new URL(url);
    return target.origin + target.pathname !== own.origin + own.pathname;
  } catch {
    return false;
  }
}

function blockIndex(block: Element): number | null {
  const index = Number(block.getAttribute(BLOCK_MARKER) ?? 'NaN');
  return Number.isInteger(index) ? index : null;
}

/**
 * A link that shows an address ("https://keras.io/ja/", "www.tensorflow.org") is a reference,
 * as a footnote is: a listicle of ten tools gives each one's site under its paragraph. A teaser
 * shows the headline of the story it points to, never an address.
 */
const SHOWN_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;

function showsAddress(linkText: string): boolean {
  return SHOWN_ADDRESS.test(linkText);
}

/** One query over the body's links (the body is a small part of the page). */
function countBodyLinks(root: Element, textChars: number, url: string): BodyLinks {
  const linkChars = new Map<Element, number>();
  const pointers = new Map<Element, number>();
  let allLinkChars = 0;
  for (const a of root.querySelectorAll('a[href]')) {
    const linkText = normalizeSpace(a.textContent ?? '');
    const chars = linkText.length;
    allLinkChars += chars;
    if (!leavesPage(a) || showsAddress(linkText)) continue;
    const block = blockOf(a, root);
    if (block) linkChars.set(block, (linkChars.get(block) ?? 0) + chars);
    if (block && pointsToOtherPage(a, url)) pointers.set(block, (pointers.get(block) ?? 0) + chars);
  }
  const pointerBlocks = new Set<number>();
  for (const [block, chars] of pointers) {
    const index = blockIndex(block);
    if (index !== null && !block.closest('figcaption') && normalizeSpace(block.textContent ?? '').length - chars <= MAX_POINTER_EXTRA_CHARS) pointerBlocks.add(index);
  }
  let teasers = 0;
  let linkedHeadings = 0;
  const teaserBlocks = new Set<number>();
  for (const [block, chars] of linkChars) {
    if (block.closest('figcaption')) continue;
    const blockChars = normalizeSpace(block.textContent ?? '').length;
    if (blockChars < MIN_TEASER_CHARS || chars < blockChars * LINKED_SHARE) continue;
    teasers++;
    const index = Number(block.getAttribute(BLOCK_MARKER) ?? 'NaN');
    if (Number.isInteger(index)) teaserBlocks.add(index);
    if (/^H[1-6]$/u.test(block.tagName.toUpperCase())) linkedHeadings++;
  }
  return { teasers, linkedHeadings, unlinkedChars: Math.max(0, textChars - allLinkChars), teaserBlocks, pointerBlocks };
}

/** Summaries under teasers: each one paragraph, at most this long (a story runs longer between two links). */
const MAX_SUMMARY_RUN_CHARS = 500;
/** Pointer-then-summary pairs that make a list, even when the body passes left only a few of its items. */
const MIN_SUMMARY_PAIRS = 3;

/**
 * Teasers with their summaries: a pointer to another page (a linked headline, a linked picture
 * with its time stamp) followed by one paragraph, again and again, with no prose before the
 * first pointer and nowhere a longer stretch of prose than one summary. A story opens with its
 * own lead, and tells more than a summary between two of its related links.
 */
function isSummaryList(blocks: readonly Block[], pointers: ReadonlySet<number>, text: string): boolean {
  const min = charsFor(text, 80);
  let pairs = 0;
  let run = 0;
  let afterPointer = false;
  let pointerSeen = false;
  for (const [index, block] of blocks.entries()) {
    if (pointers.has(index)) {
      run = 0;
      afterPointer = true;
      pointerSeen = true;
      continue;
    }
    if (block.caption || block.text.length < min) continue;
    if (!pointerSeen) return false;
    run += block.text.length;
    if (run > MAX_SUMMARY_RUN_CHARS) return false;
    if (afterPointer) pairs++;
    afterPointer = false;
  }
  return pairs >= MIN_SUMMARY_PAIRS;
}

/**
 * A short body that opens with a headline linking to another page is that page's teaser: the
 * top story of a section front, which Readability took for the article. A story's own headline
 * is not in its body, or links to the story itself.
 */
function opensWithTeaser(blocks: readonly Block[], pointers: ReadonlySet<number>, text: string): boolean {
  if (text.length >= LONG_BODY_CHARS) return false;
  const first = blocks.findIndex((block) => block.text.trim() !== '');
  const block = blocks[first];
  return block !== undefined && /^h[1-6]$/u.test(block.tag) && pointers.has(first) && blocks.every((b, i) => !/^h[1-6]$/u.test(b.tag) || pointers.has(i));
}

function isHomeUrl(url: string): boolean {
  try {
    const { pathname, search } = new URL(url);
    return search === '' && /^\/(?:(?:index|default|home)\.[a-z]+)?$/i.test(pathname);
  } catch {
    return false;
  }
}

function isSearchUrl(url: string): boolean {
  return SEARCH_URL.test(url);
}

/** Body paragraphs long enough to tell something (CJK packs a sentence in fewer characters). */
function storyParagraphs(blocks: readonly Block[], text: string): number {
  const paragraphChars = charsFor(text, 80);
  return blocks.filter((block) => !block.caption && block.text.length >= paragraphChars).length;
}

/** Paragraphs that are whole sentences, however short: what a story is told in, and a menu or a form is not. */
const MIN_SENTENCE_PARAGRAPHS = 3;
const MIN_SENTENCE_CHARS = 40;
const SENTENCE_END = /[.!?…。！？]["'”’»)]?$/u;
function sentenceParagraphs(blocks: readonly Block[]): number {
  return blocks.filter((block) => !block.caption && block.tag === 'p' && block.text.length >= MIN_SENTENCE_CHARS && SENTENCE_END.test(block.text)).length;
}

/** A few real paragraphs, or one long body. */
function hasArticleText(blocks: readonly Block[], text: string): boolean {
  if (text.length >= LONG_BODY_CHARS) return true;
  const paragraphs = storyParagraphs(blocks, text);
  // A news brief told in one paragraph (a Slashdot story, a wire item) is as much an article as two short ones,
  // and so is a blog post of a few one-sentence paragraphs.
  // Half that in scripts that pack a word in a character or two: a Japanese brief of 235 characters is two paragraphs of news.
  return text.length >= charsFor(text, SHORT_BODY_CHARS) && (paragraphs >= 2 || hasStoryParagraph(blocks, text) || sentenceParagraphs(blocks) >= MIN_SENTENCE_PARAGRAPHS);
}

/** Pictures with a line or two between them: a gallery, whatever the page declares. */
const MIN_GALLERY_PICTURES = 4;
const MAX_TEXT_PER_PICTURE = 150;

/** A paragraph this long is a story's, not a picture's line. */
const MAX_GALLERY_PARAGRAPH_CHARS = 200;

function isPictureStack(root: Element, blocks: readonly Block[], text: string): boolean {
  // Half the characters in scripts that pack a word in a character or two: a Japanese post's paragraphs of 120 characters tell a story.
  const paragraphChars = charsFor(text, MAX_GALLERY_PARAGRAPH_CHARS);
  if (text.length >= LONG_BODY_CHARS || blocks.some((block) => !block.caption && block.text.length > paragraphChars)) return false;
  const pictures = root.querySelectorAll('img').length;
  return pictures >= MIN_GALLERY_PICTURES && text.length < pictures * charsFor(text, MAX_TEXT_PER_PICTURE);
}

/** Longer than a teaser's summary (half that in scripts that pack a word in a character or two). */
const STORY_PARAGRAPH_CHARS = 300;

function hasStoryParagraph(blocks: readonly Block[], text: string): boolean {
  const min = charsFor(text, STORY_PARAGRAPH_CHARS);
  return blocks.some((block) => !block.caption && block.text.length >= min);
}

/**
 * The longest stretch of body paragraphs no teaser interrupts, in characters: a story told in
 * short paragraphs (a wire story's one sentence each) before its related links is one stretch;
 * a list's summaries each stand between two linked headlines.
 */
function longestProseRun(blocks: readonly Block[], teasers: ReadonlySet<number>, text: string): number {
  const min = charsFor(text, 80);
  let run = 0;
  let longest = 0;
  blocks.forEach((block, index) => {
    if (teasers.has(index)) run = 0;
    else if (!block.caption && block.text.length >= min) longest = Math.max(longest, (run += block.text.length));
  });
  return longest;
}

function pitchHits(text: string): number {
  return pitchWordsIn(text).length;
}

export interface PageTypeInput {
  url: string;
  signals: PageSignals;
  /** Readability's output after the body passes. */
  root: Element;
  blocks: readonly Block[];
  text: string;
  /** The page states when it was published. */
  dated?: boolean;
  /** The page states who wrote it. */
  named?: boolean;
}

/** A sign-in page's pitch ("Sign in to read every article…", "No account yet? Register…") runs to two paragraphs at most. */
const MIN_STORY_PARAGRAPHS_BESIDE_FORM = 3;

/**
 * A post of a few lines (a quotation and a line of comment, an invitation) that its writer signed
 * and dated: what a blog's reader opens, and the reading view should show. Shorter than this, it
 * is a stub or a picture's line.
 */
const MIN_SIGNED_POST_CHARS = 150;

/** What kind of page this is; only 'article' is read as one without the reader asking. */
export function decidePageType({ url, signals, root, blocks, text, dated = false, named = false }: PageTypeInput): PageType {
  if (isHomeUrl(url) && !signals.declaresArticle) return 'home';
  const links = countBodyLinks(root, text.length, url);
  // A page of teasers: each linked headline comes with a summary at most, never a story.
  const fewWordsPer = (count: number): boolean => count >= MIN_TEASERS && links.unlinkedChars < count * MAX_SUMMARY_CHARS_PER_TEASER;
  if (fewWordsPer(links.linkedHeadings)) return isSearchUrl(url) ? 'search' : 'front';
  if (fewWordsPer(links.teasers) && !hasStoryParagraph(blocks, text) && longestProseRun(blocks, links.teaserBlocks, text) < LONG_BODY_CHARS) return isSearchUrl(url) ? 'search' : 'list';
  if (isSummaryList(blocks, links.pointerBlocks, text)) return isSearchUrl(url) ? 'search' : 'list';
  if (opensWithTeaser(blocks, links.pointerBlocks, text)) return 'front';
  const long = text.length >= LONG_BODY_CHARS;
  if (signals.declaresCollection && !long) return isSearchUrl(url) ? 'search' : 'list';
  // A sign-in page has a line or two beside its form; a story told in paragraphs under the site's login box is an article.
  if (signals.signInForm && !long && storyParagraphs(blocks, text) < MIN_STORY_PARAGRAPHS_BESIDE_FORM) return 'sign-in';
  // A video page has a line or two under the player; a post told in paragraphs beside one is an article.
  if (signals.declaresVideo && !long && storyParagraphs(blocks, text) < 2) return 'video';
  if ((signals.declaresGallery && !long) || isPictureStack(root, blocks, text)) return 'gallery';
  // A dated or signed post about subscriptions (a magazine's "we now sell print copies") is news, not the sales page.
  if (!long && !dated && !named && pitchHits(text) >= MIN_PITCH_HITS) return 'pitch';
  if (hasArticleText(blocks, text)) return 'article';
  // A post, however short, when the page states both who wrote it and when.
  return dated && named && text.length >= MIN_SIGNED_POST_CHARS ? 'article' : 'short';
}
