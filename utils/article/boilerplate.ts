import { listBlockElements } from './block-elements';
import type { BodyPassContext } from './body-passes';
import { normalizeSpace, words } from '../text/segment';
import { elementChildren, shortText } from './bounded-text';
import { allLanguages } from '../lang';
import { distinctPitchWords } from '../lang/pitch-words';
import { endsLikeSentence } from '../text/sentences';
import { escapeRegExp } from '../text/escape-regexp';
import { holdsErrorPrompt, isAgencyDateline, isAppPrompt, isBareSourceLabel, isPrintNotice } from './notice-lines';
import { isLabel, labelKey } from './furniture-labels';
import { isToolBar, isToolBesideTool, isToolList } from './tool-bars';
import { FoldedPattern } from '../text/case-fold';
import { writerLinkSelector } from './writer-links';
import { holdsRightsPhrase, isOtherCreditLine } from './byline-credits';

/**
 * What Readability keeps but readers don't want: share bars, "read more" / related
 * blocks, newsletter boxes, advertisement labels. Every rule is general (text length,
 * link density, position, a keyword list across languages), never a site's class names,
 * and every rule needs two signals before it removes anything, so real text stays.
 */

/** "About the author", "Über den Autor": the note after one is about the writer, not the story, whatever its links. */
const AUTHOR_BOX_LABELS: ReadonlySet<string> = new Set(allLanguages('authorBoxLabels').map((label) => label.normalize('NFC')));
const MAX_AUTHOR_NOTE_CHARS = 600;

/** Every pack's read-more openers ("xem thêm", "lire aussi", "関連記事"), as one alternation. */
const READ_MORE = allLanguages('readMorePrefixes').join('|');
/** A paragraph that opens with one of these and then is mostly links is a "read more" pointer; arrows may lead it (">>> Xem thêm:", "► Lire aussi :"). */
// In brackets the label needs no colon: "【関連記事】…", "[Xem thêm] …".
const POINTER_PREFIX = new FoldedPattern(`^(?:[>»›→▶►▸]+ ?)?(?:(?:${READ_MORE})\\s*[:：»>-]|[[【](?:${READ_MORE})[\\]】])`, 'u');

/** Newsletter / subscription pitches: two of these in one short block. No `\b`: it is ASCII-only and block text runs words together ("newsletterSubscribe"). */

/**
 * Readability strips classes but keeps ids, roles and aria labels: furniture still names
 * itself there ("share-tools", aria-label="Breadcrumb", role="dialog"). A name is one
 * signal; the element must also be short to go.
 */
const FURNITURE_NAME =
  /(?:^|[^a-z0-9])(?:share|sharing|social|newsletter|paywall|subscribe|subscription|breadcrumbs?|tags?|promo|advert|advertisement|sponsored|app-?download|report-?(?:an-?)?error|next-?prev|pagination|signup|sign-up|modal|popup|overlay)(?:$|[^a-z0-9])/iu;
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'alertdialog', 'search']);
const MAX_NAMED_CHARS = 300;

function namesFurniture(el: Element, text: string): boolean {
  // Headings and inline spans carry ids made of their own words (Wikipedia's "Eich_CEO_promotion_controversy").
  if (text.length > MAX_NAMED_CHARS || INLINE.has(el.tagName) || /^H[1-6]$/u.test(el.tagName)) return false;
  const role = el.getAttribute('role');
  if ((role !== null && FURNITURE_ROLES.has(role.toLowerCase())) || el.getAttribute('aria-modal') === 'true') return true;
  const name = `${el.getAttribute('id') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
  return name.trim() !== '' && FURNITURE_NAME.test(name);
}

/** A short line that opens with a credit or an ad marker ("Image copyright Getty Images", "[PR] …"); in Chinese or Japanese the line runs on with no space ("扫一扫在手机打开当前页"). */
const OPENER = new RegExp(
  `^(?:${allLanguages('furnitureOpeners').map(escapeRegExp).join('|')})(?:[\\s:：]|$|(?<=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}】]))`,
  'iu',
);

/** Whether a line opens with one of the packs' furniture openers (the body is composed first: composed-text.ts). */
export function opensWithFurniture(text: string): boolean {
  return OPENER.test(text);
}

/** "Follow … on Instagram", "Theo dõi chúng tôi trên Zalo": a follow prompt that names a network. */
// A prompt in Chinese or Japanese runs into the network's name with no space ("转播到腾讯微博", "repost to Tencent Weibo").
const FOLLOW_PROMPT = new RegExp(`^(?:${allLanguages('followPrompts').map(escapeRegExp).join('|')})(?:[\\s:-]|$|(?<=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]))`, 'iu');
/** A network's name alone ("Facebook"), as a share bar's button is when each sits in a block of its own. */
function isNetworkAlone(text: string): boolean {
  const match = NETWORK_NAMED.exec(text);
  return match !== null && match[0].trim().length >= text.trim().length - 1;
}

/** The prompt's word then a space: "Follow-up …" opens a sentence, not a prompt. */
const SPACED_FOLLOW_PROMPT = new RegExp(`^(?:${allLanguages('followPrompts').map(escapeRegExp).join('|')})\\s`, 'iu');
/** The networks a follow prompt or a share bar names, in Latin letters. */
const FOLLOWED_NETWORKS = ['instagram', 'facebook', 'twitter', 'x', 'tiktok', 'youtube', 'telegram', 'zalo', 'linkedin', 'threads', 'whatsapp', 'bluesky', 'mastodon', 'pinterest', 'snapchat', 'line', 'weibo', 'wechat', 'flipboard', 'reddit'];
/** Names that are also letters or words ("X", "line", "threads"): read only where something separates them from what is around. */
const WORDLIKE_NETWORKS = new Set(['x', 'line', 'threads']);
// Google News too ("Theo dõi Báo Dân trí trên Google News"), the networks' names in Arabic script ("تابعونا على تويتر"), and the
// networks as one ("Follow us on social media", "Theo dõi chúng tôi trên mạng xã hội", "Suivez-nous sur les réseaux sociaux").
const NETWORK_NAMED = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...FOLLOWED_NETWORKS, 'google news', 'google tin tức', 'social media', 'social networks', 'mạng xã hội', 'réseaux sociaux', 'redes sociales', 'sozialen (?:medien|netzwerken)', 'تويتر', 'فيسبوك', 'إنستغرام', 'انستغرام', 'يوتيوب', 'تلغرام', 'تيليغرام'].join('|')})(?:[^\\p{L}]|$)|微博|微信|QQ空间`,
  'iu',
);

/**
 * "FacebookTwitterInstagramKOO APPYOUTUBE": a share or follow bar's buttons run together into one
 * line, the networks' names and little else.
 */
const NETWORK_GLUED = new RegExp(FOLLOWED_NETWORKS.filter((name) => !WORDLIKE_NETWORKS.has(name)).join('|'), 'giu');
const MIN_GLUED_NETWORKS = 3;
/** Letters a bar may hold besides the names ("KOO APP", a network the list does not know). */
const MAX_GLUED_REST = 8;

function isNetworkRun(text: string): boolean {
  const names = text.match(NETWORK_GLUED) ?? [];
  return names.length >= MIN_GLUED_NETWORKS && text.replace(NETWORK_GLUED, '').replace(/[\s\p{P}\p{S}]+/gu, '').length <= MAX_GLUED_REST;
}

/** "Follow @jdoe": a handle is a network's account, whichever network it is on. */
const HANDLE = /(?:^|\s)@[\p{L}\p{Nd}_]{2,}/u;
const MAX_LINE_CHARS = 100;

/**
 * "Twitter: @nuttynomads", "Facebook Fan Page: www.facebook.com/nuttynomads": a network's name
 * (with a word or two) as the label, an account or an address as all there is after it. The
 * sign-off of a post's writer, in any language: the networks' names are their own.
 */
// One fixed space or none around the colon, on white-space-collapsed text, and a label of at most three words (regex-safety).
const ACCOUNT_LINE = /^(?:[\p{L}\p{N}]+ ){0,2}[\p{L}\p{N}]+ ?[:：] ?(?:@[\p{L}\p{Nd}_.]{2,}|(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/\S*)?)$/u;

function isAccountLine(text: string): boolean {
  const colon = text.search(/[:：]/u);
  return colon > 0 && ACCOUNT_LINE.test(text) && NETWORK_NAMED.test(text.slice(0, colon));
}

/** Share bars name the networks they share to. */
const NETWORKS = /^(?:facebook|twitter|x|linkedin|digg|del\.icio\.us|delicious|stumbleupon|newsvine|myspace|pocket|whatsapp|telegram|reddit|pinterest|email|e-mail|mail|zalo|messenger|print|in|copy link|sao chép|in bài|gửi email|imprimer|drucken|imprimir|threads|bluesky|mastodon|flipboard|tumblr|xing|vk|weibo|line)$/iu;

/**
 * A share link's short text naming its network among a few words, in whatever words the page
 * uses ("Post to Digg", "Share on Facebook", "Auf Facebook teilen", "Chia sẻ lên Facebook").
 */
const NETWORK_IN_LINK = /(?:^|[^\p{L}])(?:facebook|twitter|linkedin|digg|del\.icio\.us|delicious|stumbleupon|newsvine|myspace|reddit|pinterest|whatsapp|tumblr|flipboard|zalo)(?:[^\p{L}]|$)/iu;
const MAX_SHARE_LINK_WORDS = 4;

const namesNetwork = (text: string): boolean =>
  NETWORKS.test(text) || (text.split(' ').length <= MAX_SHARE_LINK_WORDS && NETWORK_IN_LINK.test(text));

const MAX_BOX_CHARS = 250;
/** A related-links block longer than this is more likely a real list the article gives. */
const MAX_LINK_LIST_CHARS = 800;

function textOf(el: Element): string {
  return normalizeSpace(el.textContent ?? '');
}

function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += textOf(a).length;
  return n;
}

export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  return total === 0 ? 0 : linkTextLength(el) / total;
}

const MAX_POINTER_LINE_CHARS = 300;

/**
 * "Xem thêm: …", "Tags: …", "Related Topics: Veterans, Nevada": a pointer label, then mostly
 * links. The links are counted over what follows the label: a long label before two short tags
 * ("Related Topics: " before "Veterans, Nevada") would otherwise outweigh them.
 */
function isPointerLine(el: Element, text: string, root: Element): boolean {
  const label = text.length <= MAX_POINTER_LINE_CHARS ? POINTER_PREFIX.exec(text) : null;
  if (!label) return false;
  const rest = text.length - label[0].length;
  // "Xem thêm: Sau bắn Tomahawk, ông Trump lại sắp động thủ ở miền nam Syria?" closing the body: a headline whose link a copy lost.
  return rest > 0 && (linkTextLength(el) >= rest * 0.5 || (rest <= MAX_POINTED_HEADLINE_CHARS && isHeadlineShaped(text.slice(label[0].length)) && !INLINE.has(el.tagName) && isAtEnd(el, root)));
}

/** A headline opens with a capital (or a letter of a script without case) and ends with no full stop: "More: the council said … budget." is a sentence. */
function isHeadlineShaped(text: string): boolean {
  const trimmed = text.trim();
  return !/^\p{Ll}/u.test(trimmed) && !/[.。]$/u.test(trimmed);
}
/** A headline's length: a pointer's text longer than this closing the body is a paragraph. */
const MAX_POINTED_HEADLINE_CHARS = 160;

/** A list whose every item is one link and nothing else: a link farm, not key facts. */
function isLinkList(el: Element): boolean {
  if (el.tagName !== 'UL' && el.tagName !== 'OL') return false;
  const items = elementChildren(el).filter((child) => child.tagName === 'LI');
  return items.length >= 2 && items.every((li) => textOf(li) !== '' && linkTextLength(li) >= textOf(li).length * 0.9);
}

/** A picture's own file: a link to it shows the picture larger, part of the article. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$/iu;

/** An item that is one picture linking to another page, and no word: a teaser's thumbnail. */
function isPictureLink(item: Element): boolean {
  if (textOf(item) !== '' || item.querySelectorAll('img').length !== 1) return false;
  const links = item.querySelectorAll('a[href]');
  const href = links.length === 1 ? (links[0]?.getAttribute('href') ?? '') : '';
  return href !== '' && !href.startsWith('#') && !IMAGE_FILE.test(href) && links[0]?.querySelector('img') !== null;
}

/** Above the story, or below it: at most a few short lines of text (a label, a trail) between it and the body's edge. */
const MAX_EDGE_CHARS = 150;
function isBesideStory(el: Element, root: Element): boolean {
  const range = root.ownerDocument.createRange();
  range.setStart(root, 0);
  range.setEndBefore(el);
  if (range.toString().trim().length <= MAX_EDGE_CHARS) return true;
  range.setStartAfter(el);
  range.setEnd(root, root.childNodes.length);
  return range.toString().trim().length <= MAX_EDGE_CHARS;
}

/**
 * "Our Top Stories" as four thumbnails, each a link to another post, with no word: a strip of
 * teasers kept above or below the story. A gallery inside the story, or one whose pictures link
 * to their own larger files, stays.
 */
function isTeaserPictureList(el: Element, root: Element): boolean {
  if (el.tagName !== 'UL' && el.tagName !== 'OL') return false;
  const items = elementChildren(el).filter((child) => child.tagName === 'LI');
  return items.length >= 2 && items.every(isPictureLink) && isBesideStory(el, root);
}

/**
 * "More Technically Incorrect", "Related coverage", "Xem thêm tin khác": a heading that opens with
 * a pack's pointer word and is followed by a list of links only announces other pages, wherever
 * it stands. The opener must be a word of its own ("Moreover" is not "More").
 */
const POINTER_OPENER = new FoldedPattern(`^(?:${READ_MORE})(?=\\s)`, 'u');
const MAX_POINTER_HEADING_CHARS = 60;
let pointerLabels: ReadonlySet<string> | null = null;

function isPointerHeading(el: Element, text: string): boolean {
  if (text.length > MAX_POINTER_HEADING_CHARS || /[.!?。]$/u.test(text)) return false;
  pointerLabels ??= new Set(allLanguages('readMorePrefixes').map(labelKey));
  const isLabelOnly = pointerLabels.has(labelKey(text));
  if (/^H[2-6]$/u.test(el.tagName)) return isLabelOnly || POINTER_OPENER.test(text);
  // A line that is only the label ("あわせて読みたい", "【関連記事】", "Xem thêm:") announces the list after it as a heading does.
  return isLabelOnly && !INLINE.has(el.tagName);
}

/** Ids of a site's menus and side columns ("menu-sidebar-right", "nav_menu-4"): markup names, the same on every site. */
const MENU_NAME = /(?:^|[^a-z0-9])(?:menu|nav|navbar|navigation|sidebar)(?:$|[^a-z0-9])/iu;

/** A list named as a menu whose every item is a link: the site's navigation, wherever it stands in the body. */
function isNamedMenu(el: Element): boolean {
  const id = el.getAttribute('id');
  return id !== null && MENU_NAME.test(id) && isLinkList(el);
}

/**
 * A link that shares or bookmarks this page: a share endpoint, or any network's form given this
 * page's address ("digg.com/submit?url=…", "del.icio.us/post?v=4;url=…", "…/bookmarklet?u=…").
 */
const SHARE_HREF = /share|sharer|intent\/tweet|mailto:|[?&;](?:url|u)=/iu;

/** Links to networks, to share or bookmark the page, and tool labels ("E-mail Article", "Print-Friendly"): a share bar, whatever its labels are. */
function isShareBar(el: Element, text: string): boolean {
  if (text === '' || text.length > 120 || INLINE.has(el.tagName)) return false;
  // No getElementsByTagName: jsdom's HTMLCollection scans itself on every read (see bounded-text.ts).
  const links = Array.from(el.querySelectorAll('a, button'));
  if (links.length < 2) return false;
  const named = links.filter((a) => namesNetwork(textOf(a)) || isLabel(textOf(a)) || SHARE_HREF.test(a.getAttribute('href') ?? ''));
  return named.length >= Math.max(2, links.length * 0.6);
}

/**
 * A site's bar of links ("News: ePaper | Front Page | National | Tamil Nadu | …"): many short
 * links to other pages with nothing between them but separators and at most a short label.
 * Prose names its links between words; a bar only lists them.
 */
const MIN_BAR_LINKS = 6;
const MAX_BAR_LINK_WORDS = 4;
const MAX_BAR_LABEL_CHARS = 20;
const BAR_SEPARATORS = /[\s|｜·•/\\:：,;»›«‹–—-]+/gu;

/** The text beside a bar's links, separators taken out; null when a link is no bar's (no address, a page anchor, a phrase). */
function textBesideBarLinks(links: readonly Element[], text: string): string | null {
  let unlinked = text;
  for (const a of links) {
    const href = a.getAttribute('href') ?? '';
    const linkText = textOf(a);
    if (href === '' || href.startsWith('#') || words(linkText, null).length > MAX_BAR_LINK_WORDS) return null;
    unlinked = unlinked.replace(linkText, '');
  }
  return unlinked.replace(BAR_SEPARATORS, '');
}

function isLinkBar(el: Element, text: string): boolean {
  if (INLINE.has(el.tagName) || el.tagName === 'UL' || el.tagName === 'OL') return false;
  const links = Array.from(el.querySelectorAll('a'));
  if (links.length < MIN_BAR_LINKS) return false;
  const beside = textBesideBarLinks(links, text);
  return beside !== null && beside.length <= MAX_BAR_LABEL_CHARS;
}

/**
 * The story's tags closing the body without a label ("cướp taxi Đồng Nai": two links to topic
 * pages), nothing but short links and separators. Links to a writer's page are the byline, which
 * the trailing-byline pass reads.
 */
const MIN_TAG_LINKS = 2;
function isTagRun(el: Element, text: string): boolean {
  if (INLINE.has(el.tagName) || el.tagName === 'UL' || el.tagName === 'OL' || /^H[1-6]$/u.test(el.tagName) || el.querySelector(BLOCKS) !== null) return false;
  const links = Array.from(el.querySelectorAll('a'));
  if (links.length < MIN_TAG_LINKS || el.querySelector(writerLinkSelector()) !== null) return false;
  // A tag is a few words: never empty, never a sentence.
  if (links.some((a) => textOf(a) === '' || /[.!?。]$/u.test(textOf(a)))) return false;
  return textBesideBarLinks(links, text) === '';
}

/** Links that are all labels ("« Previous article", "Next article »", "Đọc tiếp", "Về trang Chủ đề") and little else. */
function isLabelLinks(el: Element, text: string): boolean {
  if (text.length > 120 || INLINE.has(el.tagName)) return false;
  const links = Array.from(el.querySelectorAll('a'));
  return links.length > 0 && links.every((a) => isLabel(textOf(a))) && linkTextLength(el) >= text.length * 0.8;
}

/**
 * A related video's teaser: its headline, then a video label ("John Stamos, Kristen Davis Star in
 * 'The Best Man' Watch Video"). Readability turns the label's `javascript:` link into plain text,
 * so the label is read from the line's last words. The word for video is much the same in every
 * language; the label must be the pack's and end the line, and the headline no sentence.
 */
const VIDEO_WORD = /vid[eé]o|видео|视频|視頻|動画|영상/iu;
const MAX_TEASER_CHARS = 150;
const MAX_LABEL_WORDS = 3;
function isVideoTeaser(el: Element, text: string): boolean {
  // A line ending a sentence ("… on an Internet video.", "Check out our video!") is the story's own.
  if (text.length > MAX_TEASER_CHARS || /^H[1-6]$/u.test(el.tagName) || /[.!?。！？]$/u.test(text) || !VIDEO_WORD.test(text)) return false;
  // The text is white-space-collapsed: its last words start after its last spaces. The longest label first ("Watch video", not "video").
  const cuts: number[] = [];
  for (let cut = text.lastIndexOf(' '); cut > 0 && cuts.length < MAX_LABEL_WORDS; cut = text.lastIndexOf(' ', cut - 1)) cuts.unshift(cut);
  // A label of two words or more ("Watch Video", "Xem video"): a line may well end on the bare word ("Attack caught on video").
  const cut = cuts.find((at) => text.slice(at + 1).includes(' ') && VIDEO_WORD.test(text.slice(at + 1)) && isLabel(text.slice(at + 1)));
  return cut !== undefined && !/[.。]$/u.test(text.slice(0, cut));
}

/** "8:09" alone closing the body: a video's length under its player, which the reading view does not show. */
const DURATION = /^\d{1,2}:\d{2}(?::\d{2})?$/u;
function isClosingDuration(el: Element, text: string, root: Element): boolean {
  return DURATION.test(text) && isAtEnd(el, root);
}

/**
 * "Pictures: Celebrity weddings and engagements", "Photos from Us: See how 'Idol' contestants have
 * changed", "Video: Cảnh sát truy đuổi …": a line that is wholly a link, opened by a media word of
 * the packs' credit labels and a colon, points to a gallery or a video elsewhere, which the
 * reading view does not show; the story never words its own sentences so.
 */
const MEDIA_LINK_LABEL = new RegExp(`^(?:${allLanguages('otherCreditLabels').join('|')})(?: [^\\s:：]+){0,2} ?[:：] \\S`, 'iu');
/** The link's words are the line's, bar a mark or two around them. */
const MIN_TEASER_LINK_SHARE = 0.9;
function isMediaLinkTeaser(el: Element, text: string): boolean {
  return text.length <= MAX_TEASER_CHARS && !/^H[1-6]$/u.test(el.tagName) && MEDIA_LINK_LABEL.test(text) && linkTextLength(el) >= text.length * MIN_TEASER_LINK_SHARE;
}

/**
 * A gallery box's cut caption and its link ("Fred Willard arrives at the fifth annual... View
 * Full Size", "Le président lors du sommet… Agrandir"): the cut says the whole caption is
 * elsewhere (the picture's own), the label that the line is a link to it. Any pack's label.
 */
const CUT_MARK = /(?:\.\.\.|…)$/u;
function isCutCaptionTeaser(el: Element, text: string): boolean {
  if (text.length > MAX_TEASER_CHARS || /^H[1-6]$/u.test(el.tagName) || !/(?:\.\.\.|…)\s/u.test(text)) return false;
  const cuts: number[] = [];
  for (let cut = text.lastIndexOf(' '); cut > 0 && cuts.length < MAX_LABEL_WORDS; cut = text.lastIndexOf(' ', cut - 1)) cuts.unshift(cut);
  return cuts.some((at) => CUT_MARK.test(text.slice(0, at)) && isLabel(text.slice(at + 1)));
}

/** A short line that is a credit, an ad marker or a follow prompt (a network or a handle named), never a heading or a sentence. */
function isFurnitureLine(el: Element, text: string, root: Element): boolean {
  if (text.length > MAX_LINE_CHARS || /^H[1-6]$/u.test(el.tagName)) return false;
  // "Follow us on Twitter @example and on Facebook.": a prompt written as a sentence, in the story's tail only ("Follow-up talks on Facebook's…" opens a paragraph).
  // A line cut short ("… hay más cambios en Twitter y...") is a teaser's, not a sentence.
  if (/[.。]$/u.test(text) && !/(?:\.\.\.|…)$/u.test(text)) return SPACED_FOLLOW_PROMPT.test(text) && (NETWORK_NAMED.test(text) || HANDLE.test(text)) && isInTail(el, root);
  if (opensWithFurniture(text)) return true;
  // A share button laid over the lead picture ("<div><span>转播到腾讯微博</span><img></div>"): the button's own element goes, the picture stays.
  if (el.querySelector('img, picture, video, figure') !== null) return false;
  // "(Credit: Apple)", "Ảnh: Hoàng Hà" on a line of its own: a picture's credit left behind, not a caption's part.
  if (isOtherCreditLine(text) && el.closest('figcaption') === null) return true;
  return (FOLLOW_PROMPT.test(text) && (NETWORK_NAMED.test(text) || HANDLE.test(text))) || isAccountLine(text) || isNetworkRun(text);
}

function isSubscribeBox(text: string, maxChars = MAX_BOX_CHARS): boolean {
  if (text === '' || text.length > maxChars) return false;
  return distinctPitchWords(text) >= 2;
}

/**
 * A newsletter's pitch closing the story runs longer than a box inside it ("Cet article est paru
 * dans notre newsletter « La lettre éco ». Si vous êtes abonné au Monde, vous pouvez vous
 * inscrire … Chaque jour à 12 h 30, …": 329 characters).
 */
const MAX_TAIL_BOX_CHARS = 450;
/** The pitch's own title above it ("Pour ne rien manquer de l'actualité économique"): a short line that is no sentence. */
const MAX_BOX_TITLE_CHARS = 80;

/** A subscription pitch with a link, longer than a box inside the story may be. */
function isClosingPitch(el: Element, text: string): boolean {
  return !INLINE.has(el.tagName) && text.length > MAX_BOX_CHARS && isSubscribeBox(text, MAX_TAIL_BOX_CHARS) && el.querySelector('a, button, input') !== null;
}

/** The closing pitch's title: the short block before it, no sentence and no picture. */
function pitchTitle(before: Element | undefined): Element | null {
  const text = before ? shortText(before, MAX_BOX_TITLE_CHARS) : null;
  return before && text && !/[.!?:;…。]$/u.test(text) && before.querySelector('img, picture, video, figure') === null ? before : null;
}

/**
 * Body pass: the body's last block, once the signature under it and the comments' paywall are
 * gone, when it is a newsletter's pitch; its title goes with it.
 */
export function removeClosingPitch(root: Element): void {
  const blocks = listBlockElements(root).filter((block) => shortText(block, 0) !== '');
  const last = blocks[blocks.length - 1];
  const text = last ? shortText(last, MAX_TAIL_BOX_CHARS) : null;
  if (!last || text === null || !isClosingPitch(last, text)) return;
  pitchTitle(elementBefore(last, root))?.remove();
  last.remove();
}

/** The element with text before `el`, or before the nearest wrapper of it that has one ("<div class="catcher__desc"><p>…"). */
function elementBefore(el: Element, root: Element): Element | undefined {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    const before = previousWithText(node);
    if (before) return before;
  }
  return undefined;
}

/** The next element sibling, skipping elements with no text (an `hr`, an empty div). */
function nextWithText(el: Element): Element | null {
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) if (shortText(next, 0) !== '') return next;
  return null;
}

/** The previous element sibling, skipping elements with no text. */
function previousWithText(el: Element): Element | null {
  for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) if (shortText(prev, 0) !== '') return prev;
  return null;
}

/** Nothing but empty elements before `el`, up to the body root: the top of the body. */
function isAtStart(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (previousWithText(node)) return false;
  }
  return true;
}

/** Breadcrumbs: a list of short links at the very top of the body ("Home › News › Local"). */
const MAX_CRUMB_CHARS = 40;
function isBreadcrumbList(el: Element, root: Element): boolean {
  if (!isLinkList(el) || !elementChildren(el).every((li) => textOf(li).length <= MAX_CRUMB_CHARS)) return false;
  // A table of contents jumps within the page ("#depth"): the reader's outline, not a trail elsewhere.
  if (Array.from(el.querySelectorAll('a')).some((a) => (a.getAttribute('href') ?? '').startsWith('#'))) return false;
  return isAtStart(el, root);
}

/**
 * Breadcrumbs written as a line ("Home > Entertainment", "Home • The White House Blog"): at
 * the very top, short link texts joined by a trail mark, and nothing but them.
 */
const TRAIL_MARK = /\s[>›»•/|]\s/u;
const MAX_TRAIL_CHARS = 100;
function isBreadcrumbLine(el: Element, text: string, root: Element): boolean {
  if (text.length > MAX_TRAIL_CHARS || INLINE.has(el.tagName) || /^H[1-6]$/u.test(el.tagName) || !TRAIL_MARK.test(text)) return false;
  const links = Array.from(el.querySelectorAll('a'));
  const parts = text.split(TRAIL_MARK);
  if (links.length < 1 || parts.length < 2 || parts.some((part) => part.length > MAX_CRUMB_CHARS)) return false;
  // Every part but the last (the page's own section, sometimes unlinked) is a link.
  if (links.length < parts.length - 1 || !isAtStart(el, root)) return false;
  return linkTextLength(el) >= (text.length - parts.length * 3) * 0.5 || startsAtHome(links[0], parts[0]);
}

/**
 * "<a href="/">Home</a> • The White House Blog": a trail that opens with a link to the site's
 * home page, under the link's own words, whatever the language; the section's long name after it
 * may outweigh the links.
 */
function startsAtHome(link: Element | undefined, firstPart: string | undefined): boolean {
  if (!link || firstPart === undefined || textOf(link) !== firstPart.trim()) return false;
  try {
    return /^\/(?:index\.\w+)?$/u.test(new URL(link.getAttribute('href') ?? '', link.ownerDocument.baseURI).pathname) && (link.getAttribute('href') ?? '') !== '';
  } catch {
    return false;
  }
}

/** Nothing but empty elements and whitespace after `el`, all the way up to the body root. */
function isAtEnd(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (nextWithText(node)) return false;
  }
  return true;
}

/**
 * Only a few short lines after `el`, all the way up to the body root: the story's tail, where an
 * editor's credit, a poll or a "recommended" label may still follow the publisher's notice.
 */
const MAX_TAIL_LINES = 3;
const MAX_TAIL_LINE_CHARS = 120;
function isInTail(el: Element, root: Element): boolean {
  let lines = 0;
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      const text = shortText(next, MAX_TAIL_LINE_CHARS);
      if (text === null) return false;
      if (text !== '') lines += 1;
      if (lines > MAX_TAIL_LINES) return false;
    }
  }
  return true;
}

/**
 * A side column's box that a layout table set before the story ("Tổng đài 1022 / Gọi 0236.1022
 * để phản ánh, góp ý"): at the very top, a few short lines, not one of them a sentence, no list,
 * and the story beside it many times longer.
 */
const MAX_LEADING_BOX_CHARS = 150;
const MAX_LEADING_BOX_LINES = 3;
const STORY_TIMES_LONGER = 5;
function isLeadingBox(el: Element, text: string, root: Element): boolean {
  if (!/^(?:DIV|SECTION|ASIDE)$/u.test(el.tagName) || el.parentElement === null || text.length > MAX_LEADING_BOX_CHARS) return false;
  const lines = elementChildren(el);
  if (lines.length < 2 || lines.length > MAX_LEADING_BOX_LINES || el.querySelector('ul, ol, img, figure, table, h1, h2, h3')) return false;
  if (lines.some((line) => endsLikeSentence(textOf(line)))) return false;
  const story = nextWithText(el);
  if (!story || !isAtStart(el, root)) return false;
  return shortText(story, text.length * STORY_TIMES_LONGER) === null;
}

/**
 * The rights notice that closes a wire story ("Copyright 2012 The Associated Press. All rights
 * reserved. This material may not be published…", "© 2024 …"): the symbol or the word is the same
 * in every language. Short, and never a heading.
 */
// Wire copy often sets it in brackets: "(Copyright 2007 by The Associated Press. All Rights Reserved.)".
const RIGHTS_NOTICE = /^[([]?(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\s/iu;
/**
 * Without a year, "Copyright law …" may open a sentence of the story and "© Provided by …" a
 * picture's credit run into the paragraph after it: the mark or the word alone counts only as
 * the body's last block.
 */
const RIGHTS_MARK = /^[([]?(?:©|\(c\)\s|copyright\s)/iu;
// A rights phrase (holdsRightsPhrase: "【…中文相关权益归腾讯公司独家所有。未经授权，不得转载、摘编等。】")
// counts only in the story's tail, as the mark alone.
const MAX_NOTICE_CHARS = 300;
const BLOCKS = 'p, div, li, ul, ol, section, table, blockquote, h2, h3, h4, h5, h6';
function isRightsNotice(el: Element, text: string, root: Element): boolean {
  // A picture's credit ("© Reuters") stays with its picture.
  if (text.length > MAX_NOTICE_CHARS || INLINE.has(el.tagName) || /^H[1-6]$/u.test(el.tagName) || el.closest('figure, figcaption') !== null || el.querySelector('img, picture, figure') !== null) return false;
  // The phrase only in a block of its own: a box around the notice may hold the story's last lines too.
  return RIGHTS_NOTICE.test(text) || (RIGHTS_MARK.test(text) && isAtEnd(el, root)) || (holdsRightsPhrase(text) && el.querySelector(BLOCKS) === null && isInTail(el, root));
}

/** The site's request to report a mistake, in a block of its own in the story's tail: the story never asks so. */
function isErrorPrompt(el: Element, text: string, root: Element): boolean {
  return holdsErrorPrompt(text) && el.querySelector(BLOCKS) === null && isInTail(el, root);
}

/**
 * The desk editor's credit closing a story ("[责任编辑：alonliu]", "（责编：王珂园、白宇）"): one of the
 * packs' editor labels, a colon and a short name, alone in its block in the story's tail. A
 * picture's credit ("图：…") carries another label and stays with its picture.
 */
// The text is white-space-collapsed already: one optional space, so no run is retried (regex-safety).
const EDITOR_CREDIT = new RegExp(`^[\\[(【（]? ?(?:${allLanguages('editorLabels').map(escapeRegExp).join('|')}) ?[:：︱｜|] ?[^:：]{1,40}$`, 'u');
const MAX_EDITOR_CREDIT_CHARS = 60;
function isEditorCredit(el: Element, text: string, root: Element): boolean {
  if (text.length > MAX_EDITOR_CREDIT_CHARS || /^H[1-6]$/u.test(el.tagName) || el.querySelector(BLOCKS) !== null) return false;
  return EDITOR_CREDIT.test(text) && isInTail(el, root);
}

/**
 * A blog post's footer line, closing the body ("Posted in C++, Talks | Leave a Comment", "Posted
 * by Seth Godin on July 15, 2012 | Permalink", "Tags: … | 7 Comments"): short parts joined by
 * "|", one of them a furniture label of the packs (a count before it is allowed).
 */
// The text is white-space-collapsed already: a fixed joint, so no run of spaces is retried from every start (regex-safety).
const FOOTER_JOINT = / \| /u;
const MAX_FOOTER_CHARS = 200;
function isPostFooter(el: Element, text: string, root: Element): boolean {
  if (text.length > MAX_FOOTER_CHARS || /^H[1-6]$/u.test(el.tagName) || !FOOTER_JOINT.test(text) || el.querySelector('a') === null) return false;
  const parts = text.split(FOOTER_JOINT);
  return parts.some((part) => isLabel(part.replace(/^\d+\s+/u, ''))) && isAtEnd(el, root);
}

/**
 * "Article from:" with the paper's logo after it, or alone at the very top once the logo is
 * gone: the source is a picture the body does not keep. Elsewhere a bare "Sources:" may head
 * the list of sources that follows, and stays.
 */
function isSourceLogoLabel(el: Element, text: string, root: Element): boolean {
  return isBareSourceLabel(text) && (el.querySelector('img') !== null || isAtStart(el, root));
}

/** Inline wrappers can be labels ("Advertisement" in a span) but are never whole share bars or boxes. */
const INLINE = new Set(['SPAN', 'STRONG', 'B']);

const CONTAINERS = 'div, section, aside, nav, ul, ol, p, h2, h3, h4, h5, h6, dt, span, strong, b';

/**
 * Body pass: removes labels ("Advertisement", "Chia sẻ", "REKLAM", "Continue reading the
 * main story"), the link lists they announce, "Xem thêm: …" and "Tags: …" pointers, links
 * that are all labels (next / previous, "Đọc tiếp"), credit and ad lines ("Image copyright …",
 * "[PR] …"), follow prompts that name a network, share bars, newsletter, paywall and
 * one-device pitches, tool bars ("Font size: + -", "Print article: Print"), breadcrumbs at the top, the writer's note after "About the author", a
 * rights notice at the end, print-edition notices, app prompts, an agency's dateline alone, related videos' teasers, a gallery's cut captions and a pointer heading over its list of links.
 */
export function removeBoilerplate(root: Element, _ctx: BodyPassContext): void {
  const doomed = new Set<Element>();
  // A links page (a directory, a list of posts) is all links: then a closing link list is content.
  let linkyPage: boolean | null = null;
  const isLinkyPage = (): boolean => (linkyPage ??= linkDensity(root) >= 0.5);
  // Rights marks kept in the first reading, read again once the furniture after them has gone.
  const marked: { el: Element; text: string }[] = [];
  for (const el of root.querySelectorAll(CONTAINERS)) {
    // Boilerplate is short: anything longer is skipped after reading this much of it.
    const text = shortText(el, MAX_LINK_LIST_CHARS);
    if (text === '' && isTeaserPictureList(el, root)) doomed.add(el);
    if (text === null || text === '') continue;
    if (isLabel(text)) {
      doomed.add(el);
      // A label that announces a list of links (related stories) takes the list along.
      const next = nextWithText(el);
      if (next && (isLinkList(next) || (linkDensity(next) > 0.6 && shortText(next, MAX_LINK_LIST_CHARS) !== null))) doomed.add(next);
      else if (next && AUTHOR_BOX_LABELS.has(labelKey(text)) && shortText(next, MAX_AUTHOR_NOTE_CHARS) !== null) doomed.add(next);
      continue;
    }
    const announced = isPointerHeading(el, text) ? nextWithText(el) : null;
    if (announced && isLinkList(announced)) doomed.add(el).add(announced);
    else if (isPointerLine(el, text, root)) doomed.add(el);
    else if (isShareBar(el, text) || isLabelLinks(el, text) || isLinkBar(el, text) || isFurnitureLine(el, text, root) || namesFurniture(el, text) || isToolBar(el, text) || isToolList(el)) doomed.add(el);
    else if (!INLINE.has(el.tagName) && isToolBesideTool(text, () => [neighbourText(previousWithText(el)), neighbourText(nextWithText(el))], isNetworkAlone)) doomed.add(el);
    else if (isBreadcrumbList(el, root) || isLeadingBox(el, text, root) || isNamedMenu(el) || isRightsNotice(el, text, root) || isEditorCredit(el, text, root) || isErrorPrompt(el, text, root)) doomed.add(el);
    else if (isBreadcrumbLine(el, text, root) || isPostFooter(el, text, root)) doomed.add(el);
    else if (isPrintNotice(text) || isSourceLogoLabel(el, text, root) || isAppPrompt(el, text) || isAgencyDateline(text) || isVideoTeaser(el, text) || isClosingDuration(el, text, root) || isMediaLinkTeaser(el, text) || isCutCaptionTeaser(el, text)) doomed.add(el);
    else if (!INLINE.has(el.tagName) && isSubscribeBox(text) && el.querySelector('a, button, input') !== null) doomed.add(el);
    // A list of bare links closing the body is a "related" block without its heading, or the story's tags.
    else if ((isLinkList(el) || isTagRun(el, text)) && isAtEnd(el, root) && !isLinkyPage()) doomed.add(el);
    if (RIGHTS_MARK.test(text) && !doomed.has(el)) marked.push({ el, text });
  }
  // Older sites set the closing notice in a small layout table of its own ("Copyright and Trade
  // Mark Notice" over "© owned by … Terms and Conditions"); no other check reads tables.
  for (const table of root.querySelectorAll('table')) {
    const text = shortText(table, MAX_NOTICE_CHARS);
    if (text && isRightsNotice(table, text, root)) doomed.add(table);
  }
  for (const el of doomed) el.remove();
  // "© dpa-infocom, dpa:…" over a share bar: the mark alone counts only as the body's last block, which it is once the bar has gone.
  for (const { el, text } of marked) if (el.isConnected && isRightsNotice(el, text, root)) el.remove();
}

/** A neighbour's text, when short enough to be a tool's. */
function neighbourText(el: Element | null): string | null {
  return el ? shortText(el, MAX_TOOL_NEIGHBOUR_CHARS) : null;
}
const MAX_TOOL_NEIGHBOUR_CHARS = 40;
