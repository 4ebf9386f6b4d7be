import { normalizeSpace, words } from '../text/segment';
import { isSectionName } from './section-names';

/**
 * The story's own headline, without the publication around it. Pages append their name and
 * section to every title ("… - Tuổi Trẻ Online", "…--人民网", "Mozilla - Wikipedia",
 * "… | Editorial"); a part is cut when the page names it elsewhere too (site name,
 * publisher, og:site_name, section, the host), or, named nowhere, when it is the last part and
 * written as a name's few words (withoutUnnamedName), so a headline with a dash in it stays whole.
 */

/** What the page names besides its headline: every one may be printed around a title. */
export interface TitleContext {
  /** JSON-LD `headline` of the page's article: the story, where `name` may be the paper's. */
  jsonLdHeadline: string | null;
  /** The text of the headline element the page shows (its h1, or a portal's title div). */
  headlineText: string | null;
  /** On a page with no headline element, the h2 the <title> opens with ("<h2>Story</h2>" beside "Story - News"). */
  openingSubheading: string | null;
  /** `document.title` as the page wrote it. */
  documentTitle: string;
  /** The other titles the page's metadata states (og:title, twitter:title, Dublin Core): a social or search title may differ from the shown one. */
  statedTitles: readonly string[];
  /** The headline a portal sets without an h1 (a `div class="news-title"`), when that is how it was found. */
  markedHeadline: string | null;
  /** Site, publisher and section names the page states (og:site_name, JSON-LD, article:section…). */
  names: readonly string[];
  url: string;
}

/** " - ", " | ", " – ", " — ", " :: ", " : " (the French colon too: only a named part is cut), " « ", " » ", " / ", "--", "__" between headline and name. */
// `(?<!\s)`: a separator starts where its spaces start, never again inside them (quadratic on long runs).
// A bare "_" only between non-Latin letters or after a space ("…台阶_科技_腾讯网", "…严重 _光明网"): snake_case stays whole.
const SEPARATOR = /(?<!\s)\s*(?:--|__|[|｜])\s*|(?<!\s)\s+(?:[\-–—»«·/\\:]|::)\s+|(?<![\s\p{Script=Latin}\d])\s*_(?![\p{Script=Latin}\d])\s*|(?<!\s)\s+_\s*/gu;
/** A name is short; a long part is the headline itself. */
const MAX_NAME_CHARS = 60;

/** Lower case, no marks, no spaces or punctuation: "Tuổi Trẻ Online" and "TUOI TRE ONLINE" and "tuoitre" meet. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The host's own name: "tuoitre" from "https://www.tuoitre.vn/…", "people" from "people.com.cn". */
function hostName(url: string): string | null {
  try {
    const labels = new URL(url).hostname.replace(/^www\d*\./u, '').split('.');
    const name = labels.find((label) => label.length >= 3 && !/^(?:com|net|org|gov|edu|co)$/u.test(label));
    return name ?? null;
  } catch {
    return null;
  }
}

/** A name, or a name with a word or two added ("Tuổi Trẻ" in "Tuổi Trẻ Online"); never a headline that mentions the name. */
const MAX_ADDED_CHARS = 12;

function isNamed(part: string, names: readonly string[], host: string | null): boolean {
  const key = fold(part);
  if (key === '' || part.length > MAX_NAME_CHARS) return false;
  const matches = (name: string): boolean => {
    const other = fold(name);
    if (other === '') return false;
    const added = key.length <= other.length + MAX_ADDED_CHARS;
    return other === key || (other.length >= 4 && (key.startsWith(other) || key.endsWith(other)) && added) || (key.length >= 4 && other.includes(key));
  };
  // "Tuổi Trẻ Online" on tuoitre.vn, "VnExpress" on vnexpress.net, "The Washington Post" on washingtonpost.com.
  return names.some(matches) || (host !== null && host.length >= 4 && matches(host)) || (host !== null && (isHostInitials(part, host) || opensOrEndsWithHost(part, host)));
}

/** "BBC News" on bbc.com, "DER SPIEGEL" on spiegel.de: a name of a few words whose first or last word is the host's. */
const MAX_HOST_NAME_WORDS = 3;

function opensOrEndsWithHost(part: string, host: string): boolean {
  const hostKey = fold(host);
  const partWords = words(part, null);
  if (hostKey.length < 3 || partWords.length < 2 || partWords.length > MAX_HOST_NAME_WORDS) return false;
  return fold(partWords[0] ?? '') === hostKey || fold(partWords[partWords.length - 1] ?? '') === hostKey;
}

/** An address made of a name's initials is three letters or more ("nld", "wsj"); two could be any two words. */
const MIN_INITIALS = 3;
/** A paper's name is a few words; initials of a longer part spelling the address are chance. */
const MAX_INITIALS_WORDS = 6;

/**
 * "Người Lao Động" on nld.com.vn, "Sài Gòn Giải Phóng" on sggp.org.vn, "The Wall Street Journal"
 * on wsj.com: a name whose words' first letters spell the address, the first word ("Báo", "The")
 * counted or not. Only a name's few words, and only a part cut from a title's end.
 */
function isHostInitials(part: string, host: string): boolean {
  const hostKey = fold(host);
  const initials = words(part, null).map((word) => fold(word).charAt(0)).filter((letter) => letter !== '');
  if (hostKey.length < MIN_INITIALS || initials.length < MIN_INITIALS || initials.length > MAX_INITIALS_WORDS) return false;
  return initials.join('') === hostKey || initials.slice(1).join('') === hostKey;
}

function partsBetween(text: string, separators: readonly RegExpMatchArray[]): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of separators) {
    parts.push(text.slice(start, match.index));
    start = (match.index ?? 0) + match[0].length;
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * "Cybill Shepherd is engaged - Celebrity Circuit - CBS News": a title of three parts or more
 * sets its headline first and the page's section and site after it. Those names, never a writer's.
 */
export function namesAfterHeadline(title: string): string[] {
  const text = normalizeSpace(title);
  const parts = partsBetween(text, Array.from(text.matchAll(SEPARATOR))).map((part) => part.trim());
  return parts.length >= 3 ? parts.slice(1).filter((part) => part !== '' && part.length <= MAX_NAME_CHARS) : [];
}

/**
 * "首相、衆院解散を表明：朝日新聞デジタル", "…「Treeviz」:phpspot開発日誌": a full-width colon, or a
 * half-width one with no space on either side, before the site's name. No separator elsewhere (a
 * Chinese or Japanese headline sets its own colon so), so only a name the page states, or its
 * address spells, is cut after it.
 */
const UNSPACED_COLON_TAIL = /(?:：|(?<=[^\s:：]):(?=[^\s\d]))([^：:]{1,60})$/u;
/** "欲張りなイヌ　＜福娘童話集＞", "…【朝日新聞】", "…（共同通信）": the name in brackets after the headline, cut when the page names it. */
const BRACKETED_TAIL = /[＜<【《〔（(［\[]([^＜<【《〔（(［\[＞>】》〕）)］\]]{1,60})[＞>】》〕）)］\]]$/u;

/**
 * "… | Breaking Houston News, Weather, Sports, Traffic, Video from KHOU.com", "Goal.com - …",
 * "www.kansascity.com | 01/12/2008 | …": a part that ends with a web address is the site's
 * self-description, a part that is only a numeric date the day's edition; neither is the headline.
 */
const ENDS_WITH_ADDRESS = /(?:^|\s)(?:[\p{L}\p{N}-]+\.)+(?:com|net|org|edu|gov|info|biz|io|tv|news|online|[a-z]{2})$/iu;
const NUMERIC_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/u;
const MAX_ADDRESS_PART_CHARS = 100;

function isAddressOrDatePart(part: string): boolean {
  const text = part.trim();
  return text.length <= MAX_ADDRESS_PART_CHARS && (ENDS_WITH_ADDRESS.test(text) || NUMERIC_DATE.test(text));
}

/** Cuts named parts from both ends of `title`, keeping at least one part, then parts naming an address while a headline's words stay. */
export function stripSiteParts(title: string, names: readonly string[], url: string): string {
  const host = hostName(url);
  const named = cutEndParts(title, (part) => isNamed(part, names, host));
  const addressless = cutEndParts(named, isAddressOrDatePart);
  const cut = words(addressless, null).length >= MIN_HEADLINE_WORDS ? addressless : named;
  const tail = UNSPACED_COLON_TAIL.exec(cut) ?? BRACKETED_TAIL.exec(cut);
  return tail && tail.index > 0 && isSiteTail(tail[1] ?? '', names, host) ? cut.slice(0, tail.index).trim() : cut;
}

/** A name the page states or its address spells, or one that opens with the address's word ("IPA 独立行政法人 情報処理推進機構" on ipa.go.jp). */
function isSiteTail(tail: string, names: readonly string[], host: string | null): boolean {
  const first = tail.trim().split(' ')[0] ?? '';
  return isNamed(tail, names, host) || (host !== null && host.length >= MIN_INITIALS && fold(first) === fold(host));
}

/** Cuts the parts `isCut` accepts from both ends of `title`, keeping at least one part, with the separators between the kept ones as the page wrote them. */
function cutEndParts(title: string, isCut: (part: string) => boolean): string {
  const text = normalizeSpace(title);
  const separators = Array.from(text.matchAll(SEPARATOR));
  if (separators.length === 0) return text;
  const parts = partsBetween(text, separators);
  let first = 0;
  let last = parts.length - 1;
  while (last > first && isCut(parts[last] ?? '')) last--;
  while (first < last && isCut(parts[first] ?? '')) first++;
  if (first === 0 && last === parts.length - 1) return text;
  const from = first === 0 ? 0 : (separators[first - 1]?.index ?? 0) + (separators[first - 1]?.[0].length ?? 0);
  const to = last === parts.length - 1 ? text.length : (separators[last]?.index ?? text.length);
  return text.slice(from, to).trim();
}

/** Opening brackets a source or site name is set in after a headline ("…」（CNET Japan）", "… (AFP)"). */
const OPENING_BRACKET = /^[(（［\[【〔]/u;

/**
 * "Headline - Section - Site", "Headline_科技_腾讯网", "Headline（CNET Japan）": the shown headline
 * followed only by short parts, each set off by a separator or a bracket.
 */
function isShownHeadlineWithNames(title: string, shown: string): boolean {
  const parts = partsAfterShown(title, shown);
  return parts !== null && parts.length > 0 && parts.every((part) => part.length <= MAX_NAME_CHARS);
}

/**
 * The parts after the shown headline that opens `title`, when a separator or a bracket sets them off; null otherwise.
 * The <title> may set in title case what the page shows in sentence case ("Aidy Recalls Big Guns (from Harrow Times)"
 * over "Aidy recalls big guns"): the letters are compared without their case.
 */
function partsAfterShown(title: string, shown: string): string[] | null {
  if (title.length <= shown.length || title.slice(0, shown.length).toLocaleLowerCase() !== shown.toLocaleLowerCase()) return null;
  const rest = title.slice(shown.length);
  if (!SEPARATOR_AT_START.test(rest) && !OPENING_BRACKET.test(rest.trimStart())) return null;
  return rest.split(SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');
}
const SEPARATOR_AT_START = new RegExp(`^(?:${SEPARATOR.source})`, 'u');

/**
 * "Ice-Cream Monster Toon Cafe: Little gifts for friends" beside that post title: Blogger and
 * many blogs write "Blog: Post", the colon set as in running text, so it is no separator
 * elsewhere ("Obama: I will win" keeps its speaker). Cut only when the page names what precedes it.
 */
function isNamedBeforeShown(title: string, shown: string, names: readonly string[], url: string): boolean {
  if (!title.endsWith(shown) || title.length === shown.length) return false;
  const before = title.slice(0, -shown.length).trimEnd();
  return /[:：]$/u.test(before) && isNamed(before.slice(0, -1), names, hostName(url));
}

/**
 * "Sonics | Veteran, rookie are tops in Sonics win" beside that h1: the section or the site set
 * before the shown headline, each part a name's few words set off by a separator names follow
 * (not a colon, which sets off a speaker or a label the headline goes with).
 */
function isShownAfterNames(title: string, shown: string, names: readonly string[], url: string): boolean {
  if (title.length <= shown.length || title.slice(-shown.length).toLocaleLowerCase() !== shown.toLocaleLowerCase()) return false;
  // A logo's h1 ("… | Báo Giao Thông Mới" under the h1 "Báo Giao Thông Mới") ends the title as a name does.
  if (words(shown, null).length < MIN_HEADLINE_WORDS || isNamed(shown, names, hostName(url))) return false;
  const before = title.slice(0, -shown.length);
  const separators = Array.from(before.matchAll(NAME_SEPARATOR));
  const last = separators[separators.length - 1];
  if (!last || last.index === undefined || last.index + last[0].length !== before.length) return false;
  return partsBetween(before.slice(0, last.index), separators.slice(0, -1)).every((part) => part.trim() !== '' && words(part, null).length <= MAX_NAME_WORDS);
}

/** Shorter than this, the shown headline may be a logo or a section name. */
const MIN_SHOWN_CHARS = 10;
/** A site's name after a headline is a word or a few; a longer part is a headline. */
const MAX_NAME_WORDS = 3;

/**
 * A short shown headline ("Mozilla", an encyclopedia's or a reference page's subject) that opens
 * the <title>, followed only by parts of a name's length ("- Wikipedia"). Not the site's logo
 * (named by the page or its host) nor a section's name ("Sport - Kemble quits as coach" keeps its headline).
 */
function isShortShownHeadline(title: string, shown: string, names: readonly string[], url: string): boolean {
  if (!isShownHeadlineWithNames(title, shown) || isNamed(shown, names, hostName(url)) || isSectionName(shown)) return false;
  return (partsAfterShown(title, shown) ?? []).every((part) => words(part, null).length <= MAX_NAME_WORDS);
}
/** Below this share of the shown headline's words, the <title> is about something else: the portal's name. */
const MIN_SHARED_WORDS = 0.3;

function sharedWordShare(shown: string, title: string): number {
  const shownWords = words(shown.toLowerCase(), null);
  if (shownWords.length === 0) return 1;
  const titleWords = new Set(words(title.toLowerCase(), null));
  return shownWords.filter((word) => titleWords.has(word)).length / shownWords.length;
}

/** A headline has a few words; a shorter shown text is a logo, a section or a label. */
const MIN_HEADLINE_WORDS = 4;

/** The shown headline tells the same story as the title (enough shared words) in other words, and is no site name. */
function isRetoldHeadline(shown: string, title: string, names: readonly string[], url: string): boolean {
  if (fold(title).includes(fold(shown)) || fold(shown).includes(fold(title))) return false;
  if (words(shown, null).length < MIN_HEADLINE_WORDS || isNamed(shown, names, hostName(url))) return false;
  const story = stripSiteParts(title, names, url);
  return sharedWordShare(shown, story) >= MIN_SAME_STORY_SHARE;
}
/** Half of the shown headline's words in the title: the same story retold, not a different one. */
const MIN_SAME_STORY_SHARE = 0.5;

/** At most this many words, a <title> can be a label ("Site: Section"); a headline is longer. */
const MAX_LABEL_WORDS = 4;

/** A short <title> with not one word of the shown headline, which is itself no site name. */
function isLabelTitle(title: string, shown: string, names: readonly string[], url: string): boolean {
  if (words(title, null).length > MAX_LABEL_WORDS || words(shown, null).length < 2) return false;
  return sharedWordShare(shown, title) === 0 && !isNamed(shown, names, hostName(url));
}

/** A topic's word or two, as a page's og:title may be ("Arbeit"). */
const MAX_TOPIC_WORDS = 2;

/**
 * og:title "Arbeit" beside the h1 "Wir kämpfen für gute Arbeit": a title of a word or two, all of
 * them in the headline the page shows, names its topic. The headline tells it.
 */
function isTopicTitle(title: string, shown: string, names: readonly string[], url: string): boolean {
  const titleWords = words(title.toLowerCase(), null);
  const shownWords = words(shown.toLowerCase(), null);
  if (titleWords.length === 0 || titleWords.length > MAX_TOPIC_WORDS || shownWords.length < MIN_HEADLINE_WORDS) return false;
  return titleWords.every((word) => shownWords.includes(word)) && !isNamed(shown, names, hostName(url));
}

/** A title that spells the host's own name ("…thành phố Cần Thơ" on cantho.gov.vn) and no separator: the site's name. */
function namesHost(title: string, url: string): boolean {
  const host = hostName(url);
  return host !== null && host.length >= 4 && !SEPARATOR_AT_ANY.test(title) && title.length <= MAX_NAME_CHARS && fold(title).includes(fold(host));
}
const SEPARATOR_AT_ANY = new RegExp(SEPARATOR.source, 'u');

/**
 * The title to show. Readability picks JSON-LD `name` over `headline` when the document title
 * is generic, and `name` is often the newspaper's: the story's headline then wins, as it does
 * over a title that is nothing but a site name.
 */
export function cleanTitle(raw: string, context: TitleContext): string {
  const names = context.names.filter((name) => name.trim() !== '');
  let title = raw.trim();
  const headline = context.jsonLdHeadline ? normalizeSpace(context.jsonLdHeadline) : '';
  if (headline !== '' && headline !== title && (title === '' || names.some((name) => fold(name) === fold(title)))) title = headline;
  // A generic <title> ("Cổng thông tin điện tử thành phố Đà Nẵng - Tin tức") on a page that shows its headline in a div.
  const marked = context.markedHeadline ? normalizeSpace(context.markedHeadline) : '';
  if (headline === '' && marked !== '' && !fold(title).includes(fold(marked))) title = marked;
  // "Cổng thông tin điện tử Hải Phòng - Cô giáo …": Readability kept the wrong part; the h1 is one of the title's parts.
  const shown = context.headlineText ? normalizeSpace(context.headlineText) : '';
  if (headline === '' && shown.length >= 10 && fold(context.documentTitle).includes(fold(shown)) && !fold(title).includes(fold(shown))) title = shown;
  // "Mozilla - Wikipedia" beside the h1 "Mozilla": a short headline, the title's first part, is the page's subject.
  if (shown !== '' && shown.length < MIN_SHOWN_CHARS && isShortShownHeadline(normalizeSpace(title), shown, names, context.url)) title = shown;
  if (shown.length >= MIN_SHOWN_CHARS) {
    const current = normalizeSpace(title);
    // "宇航员…后果很严重 _探索者 _光明网" beside its h1: the section and the site go, whatever their names.
    if (isShownHeadlineWithNames(current, shown) || isNamedBeforeShown(current, shown, names, context.url) || isShownAfterNames(current, shown, names, context.url)) title = shown;
    // A portal's <title> is its own name on every page ("Cổng thông tin điện tử Quận 3" on quan3.…gov.vn); the page shows the story's.
    else if (headline === '' && sharedWordShare(shown, current) < MIN_SHARED_WORDS && namesHost(current, context.url)) title = shown;
    // A <title> written for search engines ("… México, Venezuela y otros nueve países") beside the h1 the page shows
    // ("… 11 países de América Latina"): the same story in other words, and the reader sees the h1.
    else if (isRetoldHeadline(shown, current, names, context.url)) title = shown;
    // "Daring Fireball: Colophon", "Google - Site Reliability Engineering": a <title> of a few words that shares
    // none with the h1 the page shows names the site, the book or the section; the h1 is what the reader reads.
    else if (headline === '' && (isLabelTitle(current, shown, names, context.url) || isTopicTitle(current, shown, names, context.url))) title = shown;
    // og:title is often a headline written for sharing ("… en México, Venezuela y otros nueve países"), the h1 the one
    // the page shows ("… en 11 países de América Latina"): when another of the page's own titles states the h1, it wins.
    else if (!fold(current).includes(fold(shown)) && context.statedTitles.some((stated) => fold(stripSiteParts(stated, names, context.url)) === fold(shown))) title = shown;
  }
  // "Do sub-notebooks threaten the MacBook Air? - News" beside that h2, and no h1: what follows the h2 is the section and the site.
  const subheading = context.openingSubheading ? normalizeSpace(context.openingSubheading) : '';
  if (shown === '' && subheading.length >= MIN_SHOWN_CHARS && isShownHeadlineWithNames(normalizeSpace(title), subheading)) title = subheading;
  // "Bridge reopens | Code | Jane Roe" beside og:title "Bridge reopens": what the <title> adds to a
  // headline the page states again in its metadata is its section and site, named or not.
  const current = normalizeSpace(title);
  const restated = context.statedTitles
    .map((stated) => normalizeSpace(stated))
    .find((stated) => stated.length >= MIN_SHOWN_CHARS && words(stated, null).length >= MIN_HEADLINE_WORDS && isShownHeadlineWithNames(current, stated));
  if (restated) title = restated;
  const stripped = withoutSectionParts(stripSiteParts(title, names, context.url));
  // Spacing is the page's own unless a part was cut (Japanese titles keep their ideographic spaces).
  if (stripped !== '' && stripped !== normalizeSpace(title)) return stripped;
  // "…--时政--人民网": once the unnamed site goes, a section left at the end goes too.
  const unnamed = withoutUnnamedName(title, shown);
  return unnamed === title ? title : withoutSectionParts(unnamed);
}

/** A site's name the page states nowhere is a word or three ("– My website", "- OurSports Central"). */
const MAX_UNNAMED_NAME_WORDS = 3;
/** Only after a headline this long: a shorter title may be "Name – Tagline". */
const MIN_WORDS_BEFORE_UNNAMED_NAME = 5;
/** Separators a site's name follows; a colon or guillemets set off a speaker or a quotation instead. */
const NAME_SEPARATOR = /(?<!\s)\s+[-–—|｜/·]\s+|(?<!\s)\s*(?:--|::|[|｜])\s*/gu;
/** Scripts written without spaces between words, whose names are counted in characters. */
const UNSPACED_SCRIPT = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
/**
 * Those; the bare "_" Chinese titles set between headline, section and site ("…_新华网"), never inside Latin
 * words or numbers; and a spaced half-width colon after such a headline ("… : 読売新聞"): a speaker's colon there is the unspaced "：".
 */
const UNNAMED_NAME_SEPARATOR = new RegExp(
  `${NAME_SEPARATOR.source}|(?<![\\s\\p{Script=Latin}\\d])\\s*_(?![\\p{Script=Latin}\\d])\\s*|(?<=[${UNSPACED_SCRIPT}])\\s+:\\s+`,
  'gu',
);
/**
 * "読売新聞オンライン", "조선일보": a name in those scripts is a run of a few characters, however a segmenter
 * without the page's language splits it. Without hiragana: Japanese particles ("減税を検討") make a phrase, not a name.
 */
const MAX_UNSPACED_NAME_CHARS = 10;
const UNSPACED_NAME = new RegExp(`^(?!.*\\p{Script=Hiragana})[${UNSPACED_SCRIPT}]{1,${MAX_UNSPACED_NAME_CHARS}}$`, 'u');

/**
 * "Slow Start Cost the Majors in Ottawa - OurSports Central", "Lorem ipsum dolor sit amet – My website":
 * a title that kept every part, since the page names none of them, still ends with the site's name when
 * its last part is a name's few words, written as a name (its first and last words capitalised where letters have case, as in
 * "Corriere della Sera"; no figure: "5 người chết" and "Thousands flee" are part of a headline), after a headline of five words or more.
 * A last part the page shows in its headline is the headline's own ("Blood pressure monitors - 5-minute CHOICE").
 */
function withoutUnnamedName(title: string, shown: string): string {
  const text = normalizeSpace(title);
  const last = Array.from(text.matchAll(UNNAMED_NAME_SEPARATOR)).pop();
  if (!last || last.index === undefined) return title;
  const head = text.slice(0, last.index).trim();
  const tail = text.slice(last.index + last[0].length).trim();
  const tailWords = words(tail, null);
  // After a colon only a name in those scripts: "会見 : 減税を検討" is the headline's second half.
  const afterColon = last[0].trim() === ':';
  const nameSized = UNSPACED_NAME.test(tail) || (!afterColon && tailWords.length > 0 && tailWords.length <= MAX_UNNAMED_NAME_WORDS);
  if (!nameSized || words(head, null).length < MIN_WORDS_BEFORE_UNNAMED_NAME) return title;
  const lowerAt = (i: number): boolean => /^\p{Ll}/u.test(tailWords[i] ?? '');
  if (/\p{N}/u.test(tail) || lowerAt(0) || lowerAt(tailWords.length - 1) || (shown !== '' && fold(shown).includes(fold(tail)))) return title;
  return head;
}

/**
 * "Under-siege Kemble quits as Kiwi coach - World - Sport", "News - Holders Egypt maintain winning
 * run": parts made only of section names ("News", "Sport", "Thế giới") are cut from both ends, however
 * unnamed in the page's metadata, while what stays reads as a headline (four words or more).
 */
function withoutSectionParts(title: string): string {
  const kept = cutEndParts(title, isSectionName);
  return words(kept, null).length >= MIN_HEADLINE_WORDS ? kept : normalizeSpace(title);
}
