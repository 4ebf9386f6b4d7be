import type { BodyPassContext } from './body-passes';
import { listBlockElements, isCaptionElement } from './blocks';
import { normalizeSpace } from '../text/segment';
import { PACKS, allLanguages, packFor, packsOfPage, perPack } from '../lang';
import { escapeRegExp } from '../text/escape-regexp';
import type { LanguagePack } from '../lang/types';
import { sentenceSpans } from '../text/sentences';
import { baseLanguage } from '../text/tokens';
import { LABEL_END, bylineNames, stripPrefixes, titledHanBylineNames, withoutTrailingRole } from './byline-names';
import { isCreditLine, isOtherCreditLine, sourceOf, splitAtCreditWith, withoutCreditWith, withoutNewsroomAfterSlash, withoutOtherCredits, withoutTrailingNote, withoutWorkplaceAfterBreak, MAX_WORKPLACE_CHARS, AGENCY_LIST, AGENCY_NAMES } from './byline-credits';
import { SHOW_TEXT } from './node-filter';
import { linesOf } from './byline-line';
import { isTagLinkLine } from './tag-links';

/**
 * News sites sign articles at the end of the body: Vietnamese "PV" (phóng viên, reporter),
 * "Theo TTXVN" (according to the national news agency), wire credits ("— Reuters", "(AP)"),
 * initials ("N.H"), or the reporter's name alone on the last line. Readability keeps
 * them as body paragraphs; this pass moves them to the byline.
 */

/** Only the last few blocks can be a signature; anything longer than this is a sentence. */
const MAX_BYLINE_CHARS = 60;
const MAX_TRAILING_BLOCKS = 2;

const SIGNATURE_PATTERNS: readonly RegExp[] = [
  // "PV", "PV.", "Reuters", "(AP)", "— Reuters", "AFP/TTXVN", "（共同）"
  new RegExp(String.raw`^[-–—(\[（]*\s*${AGENCY_NAMES}(?:\s*[/,&+]\s*${AGENCY_NAMES})*\s*[)\]）]*\.?$`, 'u'),
  // "Reuters staff", "AP staff"
  new RegExp(String.raw`^[-–—]?\s*${AGENCY_NAMES}\s+(?:staff|reporters?|newsroom)\.?$`, 'iu'),
  // "Nhóm PV Thời sự", "Ban Thời sự": a desk's signature, as the packs write them.
  new RegExp(`^(?:${allLanguages('deskSignatures').join('|')})\\.?$`, 'u'),
  // Initials: "N.H", "N.H.", "T.L - P.V", "H.A."
  /^(?:\p{Lu}{1,2}\.){1,3}\p{Lu}{0,2}\.?(?:\s*[-–,/]\s*(?:\p{Lu}{1,2}\.){1,3}\p{Lu}{0,2}\.?)*$/u,
  // Reuters' trailer: "Reporting by X; Editing by Y"
  /^(?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\s+\p{Lu}[^.!?]*$/iu,
];

/** " - TTXVN" closing a line of names. A run of spaces is entered at its start only (regex-safety). */
const AGENCY_AFTER_DASH = new RegExp(String.raw`(?<!\s)\s+[-–—]\s+${AGENCY_NAMES}$`, 'u');

const BYLINE_LABEL = `(?:${allLanguages('bylineLabels').join('|')})${LABEL_END}`;

/** Labels of the packs ("Bài và ảnh:", "Tác giả:", "Author:", "作者︱") before a capitalised or Chinese name. */
const LABELLED = new RegExp(`^${BYLINE_LABEL}(?=[\\p{Lu}\\p{Script=Han}])`, 'iu');

/**
 * Names alone: 2–4 capitalised words each (or words in capitals, "TUẤN SƠN"), no digits and no
 * sentence punctuation, one name or several joined by a spaced hyphen or a comma ("Hải Vân - Đức Thọ").
 */
const NAME_WORD = String.raw`\p{Lu}(?:[\p{Ll}'’-]*|[\p{Lu}'’-]*)\.?`;
// "N.Hà", "T.T.Hương": a name shortened to its initials and given name, written as one word.
const ONE_NAME = String.raw`(?:${NAME_WORD}(?:\s+${NAME_WORD}){1,3}|(?:\p{Lu}\.){1,2}\p{Lu}[\p{Ll}'’-]+)`;

/**
 * A line of full names in the page's language: its particles inside a name ("Ursula von der
 * Leyen", "Jan de Vries") and its "and" between two ("María García y Juan Pérez"), lower case as
 * they are written. A particle comes before a capitalised word only, so the runs of spaces never overlap.
 */
function fullNamePattern(particles: readonly string[], joiners: readonly string[]): RegExp {
  const particle = particles.length > 0 ? String.raw`(?:(?:${particles.map(escapeRegExp).join('|')})\s+){0,2}` : '';
  const one = String.raw`(?:${NAME_WORD}(?:\s+${particle}${NAME_WORD}){1,3}|(?:\p{Lu}\.){1,2}\p{Lu}[\p{Ll}'’-]+)`;
  // Words only: a joiner that is a dash ("Hải Vân - Đức Thọ") is a separator already, and two ways to read one would be retried.
  const words = joiners.filter((joiner) => /\p{L}/u.test(joiner));
  const joiner = words.length > 0 ? String.raw`|\s+(?:${words.map(escapeRegExp).join('|')})\s+` : '';
  return new RegExp(String.raw`^[-–—]?\s*${one}(?:(?:\s+[-–&]\s+|\s*,\s*${joiner})${one})*$`, 'u');
}

const fullNameIn = perPack((pack) => fullNamePattern(pack.nameParticles, pack.nameJoiners));
const PLAIN_FULL_NAME = fullNamePattern([], []);

function isFullName(text: string, lang: string | null): boolean {
  const packs = packsOfPage(lang);
  return packs.length === 0 ? PLAIN_FULL_NAME.test(text) : packs.some((pack) => fullNameIn(pack).test(text));
}

/** Capitalised labels that look like names but end a body for another reason. */
const NOT_A_NAME = /^(?:Read More|Related|See Also|Share|Advertisement|Comments?|Sources?|References?|Notes?|Tags?|Topics?|The End|Xem Thêm|Tin Liên Quan|Chia Sẻ|Lire Aussi|Mehr Zum Thema|Leer Más|Fin|Ende|Hết)\b/iu;

/**
 * Words that open a sentence and never a name (every pack's notNames: "Happy", "This"), months
 * aside, which are given names too ("April Ryan", "June Carter"), and prepositions, which open a
 * credit ("With Joe Neumaier": who added reporting).
 */
let sentenceOpeners: ReadonlySet<string> | null = null;
function opensAsSentence(name: string): boolean {
  if (!sentenceOpeners) {
    const kept = new Set([...PACKS.flatMap((pack) => pack.monthNames.flat()).map((month) => month.toLowerCase()), ...allLanguages('prepositions')]);
    sentenceOpeners = new Set(allLanguages('notNames').filter((word) => !kept.has(word)));
  }
  const first = /^[-–—]?\s*([\p{L}\p{M}'’]+)/u.exec(name)?.[1] ?? '';
  return sentenceOpeners.has(first.toLowerCase());
}

function stripDecoration(text: string): string {
  // Two passes, the trailing run behind a lookbehind: one `…|[…]+$` regex retried every character of a long run.
  const inner = text.replace(/^[-–—\s([（［]+/u, '').replace(/(?<![\s)\].）］])[\s)\].）］]+$/u, '').trim();
  // "Ánh Ngọc (Theo AFP)": the parenthesis closes one opened inside, so it stays.
  return inner.includes('(') && !inner.includes(')') ? `${inner})` : inner;
}

/** "Theo TTXVN", "Nguồn: Báo Điện tử Chính phủ": a short capitalised source, not "Theo ông Dũng, …" opening a sentence. */
function isSourceLine(line: string, lang: string | null): boolean {
  const source = sourceOf(line, lang);
  // An agency may write its name in lower case ("Quelle: dpa").
  // A name in a script without case opens with its own letter ("本文来源：人民日报").
  return source !== null && source.length <= 40 && (/^[\p{Lu}\p{Lo}\d]/u.test(source) || isCreditLine(source)) && !/[,;!?，；！？。]/u.test(source);
}

/**
 * "Cécile Ducourtieux(Bruxelles, bureau européen)": the name's span and the note's set side by
 * side, the space made by the style sheet. A parenthesis opened right after a letter is read
 * as opened after a space.
 */
const GLUED_PARENTHESIS = /(?<=[\p{Ll}\p{Lu}])\((?=[\p{Lu}\p{Ll}])/gu;

/**
 * The signature this block's text is, or null when it is body text. Source credits count
 * ("Theo TTXVN", "Nguồn: Báo Điện tử Chính phủ"), as do names followed by their source
 * ("Ánh Ngọc (Theo AFP)"); bylineNames later keeps the names and agencies only.
 */
export function signatureOf(text: string, lang: string | null = null): string | null {
  const line = normalizeSpace(text).replace(GLUED_PARENTHESIS, ' (');
  if (line === '') return null;
  if (line.length > MAX_BYLINE_CHARS) return signatureBeforeLongWorkplace(line, lang);
  const bare = stripDecoration(line);
  if (SIGNATURE_PATTERNS.some((pattern) => pattern.test(line)) || LABELLED.test(bare)) return bare;
  if (isSourceLine(bare, lang)) return bare;
  // "(mit dpa)", "With Joe Neumaier": who the story credits, after the page language's "with" (bylineNames reads them).
  const credited = withoutCreditWith(bare, lang);
  if (credited !== bare && (AGENCY_LIST.test(credited) || isFullName(credited, lang))) return bare;
  // "Le Monde avec AFP": the paper or the writer, then the agency it wrote with.
  const withAgency = splitAtCreditWith(bare, lang);
  if (withAgency && isFullName(withAgency[0], lang)) return bare;
  const titled = suffixTitledSignature(bare, lang);
  if (titled) return titled;
  const noted = withoutTrailingNote(bare, lang);
  // "PV (tổng hợp)": the signature without its note, which names no one.
  if (noted !== bare && SIGNATURE_PATTERNS.some((pattern) => pattern.test(noted))) return noted;
  // "Lê Hiếu - Ảnh: Thế Đại", "Văn Bình - Hồng Hạnh/VOV.VN", "Mai Lan - TTXVN": the names before a photographer's credit, a newsroom or an agency;
  // "Phóng viên Lê Hà": after the writer's title in the page's language.
  const named = stripPrefixes(withoutNewsroomAfterSlash(withoutOtherCredits(noted), lang).replace(AGENCY_AFTER_DASH, ''), lang);
  // "Nguyễn Thị Hoa - Trung tâm Văn hóa quận": the name alone signs; the body after it names no one.
  // "Lê Văn Tám, phóng viên thường trú": nor does the writer's title after a comma.
  const name = withoutWorkplaceAfterBreak(withoutTrailingRole(named, lang).trim(), lang);
  // "PV/VOV-Tây Nguyên", "PV - Ảnh: Minh Anh": an agency or the reporter's title alone once the newsroom or the other credit is cut.
  if (name !== noted && SIGNATURE_PATTERNS.some((pattern) => pattern.test(name))) return name;
  // "Happy May Day.": capitalised words, but a greeting that closes the story, not who signs it.
  if (isFullName(name, lang) && !NOT_A_NAME.test(name) && !opensAsSentence(name)) return name === named ? bare : name;
  return null;
}

/** The writer's address after a Korean signature ("홍길동 기자 hong@yna.co.kr"): contact, not a name. */
// A run of spaces is entered at its start only (regex-safety).
const TRAILING_ADDRESS = /(?<!\s)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
/** A Korean or Chinese-character name: two to four characters. */
const CJK_NAME = /^[\p{Script=Hangul}\p{Script=Han}]{2,4}$/u;

/**
 * "홍길동 기자 hong@yna.co.kr", "/김철수 특파원", "（山田太郎記者）": a name with the writer's title after
 * it (the page's pack's byline suffixes: reporter, correspondent), and the writer's address or not.
 */
function suffixTitledSignature(bare: string, lang: string | null): string | null {
  // stripDecoration took the brackets off already; a slash or lenticular brackets may remain.
  const line = bare.replace(/^[/／【]\s*/u, '').replace(/\s*】$/u, '').replace(TRAILING_ADDRESS, '');
  const name = stripPrefixes(line, lang);
  return name !== line && CJK_NAME.test(name) ? line : null;
}

/**
 * "Nguyễn Thị Hoa - Trung tâm Văn hóa Thông tin và Thể thao quận": a portal's full unit names make
 * a signature longer than any sentence test allows; the name before the workplace is read alone.
 */
function signatureBeforeLongWorkplace(line: string, lang: string | null): string | null {
  // A line this long that ends as a sentence does is one ("… - Trung tâm Y tế quận cho biết thêm.").
  if (line.length > MAX_BYLINE_CHARS + MAX_WORKPLACE_CHARS || /[.!?…:;]$/u.test(line)) return null;
  const name = withoutWorkplaceAfterBreak(line, lang);
  return name !== line && name.length <= MAX_BYLINE_CHARS ? signatureOf(name, lang) : null;
}

/** Removes `el` and the wrappers it leaves empty, up to the body root. */
function removeWithEmptyParents(el: Element, root: Element): void {
  let target = el;
  while (target.parentElement && target.parentElement !== root && normalizeSpace(target.parentElement.textContent ?? '') === normalizeSpace(target.textContent ?? '') && !target.parentElement.querySelector('img, picture, video, table')) {
    target = target.parentElement;
  }
  target.remove();
}

/** Blocks read from the end for a closing signature; other credits passed over do not count. */
const MAX_SKIPPED_CREDITS = 2;

/**
 * Blocks from the end whose last words may be a signature in parentheses: a labelled credit
 * ("（编译/林靖东）") says what it is, so it is looked for past the notices, polls and
 * "recommended videos" that can follow the story; agencies and initials only in the last block.
 */
const MAX_LABELLED_PARENTHESIS_BLOCKS = 6;

/** "(bsc)", "（编译/林靖东）", "(dpa)": a short parenthesis that ends a paragraph. */
const CLOSING_PARENTHESIS = /[(（]([^()（）]{1,40})[)）]\s*$/u;
const LABELLED_CREDIT = new RegExp(`^${BYLINE_LABEL}(.+)$`, 'iu');
const AGENCY_ALONE = new RegExp(String.raw`^${AGENCY_NAMES}(?:\s*[/,]\s*${AGENCY_NAMES})*$`, 'u');

/**
 * The names a closing parenthesis signs with: a labelled credit ("编译/林靖东"), agencies
 * ("dpa"), or a reporter's initials linked to their name ("(<a title="Ben Schwan">bsc</a>)",
 * the heise convention: the link's title is the name).
 */
function parenthesisNames(block: Element, inside: string, isLast: boolean, lang: string | null): string[] {
  const labelled = LABELLED_CREDIT.exec(inside);
  if (labelled?.[1]) return bylineNames(labelled[1], lang);
  if (!isLast) return [];
  if (AGENCY_ALONE.test(inside)) return bylineNames(inside, lang);
  if (!/^\p{L}{2,4}$/u.test(inside)) return [];
  const link = Array.from(block.querySelectorAll('a[title]')).find((a) => normalizeSpace(a.textContent ?? '') === inside);
  return link ? bylineNames(link.getAttribute('title') ?? '', lang) : [];
}

/** Removes the closing parenthesis from the block: the element that holds only it, or the end of its last text. */
function removeClosingParenthesis(block: Element, match: string): void {
  const holder = Array.from(block.querySelectorAll('span, small, em, i, b, strong')).reverse().find((el) => normalizeSpace(el.textContent ?? '') === normalizeSpace(match));
  if (holder) {
    holder.remove();
    return;
  }
  const walker = block.ownerDocument.createTreeWalker(block, SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.nodeValue ?? '').trim() !== '') last = n as Text;
  const value = last?.nodeValue ?? '';
  const at = value.trimEnd().lastIndexOf(match.trim());
  if (last && at !== -1 && at + match.trim().length === value.trimEnd().length) last.nodeValue = value.slice(0, at).trimEnd();
}

function takeClosingParenthesis(blocks: readonly Element[], ctx: BodyPassContext): string[] {
  for (let i = blocks.length - 1; i >= 0 && blocks.length - i <= MAX_LABELLED_PARENTHESIS_BLOCKS; i--) {
    const block = blocks[i];
    if (!block) break;
    const match = CLOSING_PARENTHESIS.exec(normalizeSpace(block.textContent ?? ''));
    const names = match?.[1] ? parenthesisNames(block, match[1].trim(), i === blocks.length - 1, ctx.lang) : [];
    if (match && names.length > 0) {
      removeClosingParenthesis(block, match[0]);
      return names;
    }
  }
  return [];
}

/** An author's note is a line or two; a longer closing paragraph is the story. */
const MAX_AUTHOR_NOTE_CHARS = 400;

/** "Andrés Malamud es politólogo …", "Jane Doe is a professor …": a name, the pack's verb, then a lower-case word. */
const authorNoteOpener = perPack((pack: LanguagePack) =>
  pack.authorNoteVerbs.length > 0 ? new RegExp(String.raw`^(${ONE_NAME})\s+(?:${pack.authorNoteVerbs.join('|')})\s+(?=\p{Ll})`, 'u') : null,
);

function authorNoteOpeners(lang: string | null): RegExp[] {
  const base = baseLanguage(lang);
  const pack = base ? packFor(base) : null;
  const packs = pack ? [pack] : base ? [] : PACKS;
  return packs.map(authorNoteOpener).filter((opener): opener is RegExp => opener !== null);
}

/** The note is set apart from the story: the whole block in bold or italics. */
function isWhollyEmphasised(block: Element, text: string): boolean {
  return Array.from(block.querySelectorAll('b, strong, i, em')).some((el) => normalizeSpace(el.textContent ?? '') === text);
}

/**
 * The authors an emphasised note ending an opinion piece introduces, one sentence each
 * ("Andrés Malamud es politólogo … Martín Schapiro es abogado …"); the note stays in the body.
 */
function authorNoteNames(block: Element | undefined, lang: string | null): string[] {
  const text = normalizeSpace(block?.textContent ?? '');
  if (!block || text === '' || text.length > MAX_AUTHOR_NOTE_CHARS || !isWhollyEmphasised(block, text)) return [];
  const openers = authorNoteOpeners(lang);
  const names: string[] = [];
  for (const sentence of sentenceSpans(text, lang, { clauses: false })) {
    const name = openers.map((opener) => opener.exec(sentence.text)?.[1]).find((found) => found !== undefined);
    if (!name) return [];
    names.push(...bylineNames(name, lang));
  }
  return names;
}

/**
 * "Phạm Thu Hà<br>Phòng Văn hóa và Thông tin quận", "Minh Anh<br>TTXVN": the writer's name over the
 * body they write for or their agency, on two lines of one block. Read as "name - workplace", and
 * taken only when the second line is an agency or the workplace that reading cuts: a second line of
 * another kind ("Hà Nội") is not signed for.
 */
function signatureOverWorkplace(block: Element, text: string, lang: string | null): string | null {
  if (text.length > MAX_BYLINE_CHARS + MAX_WORKPLACE_CHARS || !block.querySelector('br')) return null;
  const lines = linesOf(block);
  if (lines.length !== 2) return null;
  const joined = `${lines[0]} - ${lines[1]}`;
  const signature = signatureOf(joined, lang);
  return signature !== null && (signature !== joined || AGENCY_ALONE.test(lines[1] ?? '')) ? signature : null;
}

/** The body's blocks with text, captions left out: a signature is one of the last. */
function signableBlocks(root: Element): Element[] {
  return listBlockElements(root).filter((el) => !isCaptionElement(el) && normalizeSpace(el.textContent ?? '') !== '');
}

/** Body pass: the last paragraph(s) that sign the article become bylines and leave the body. */
export function takeTrailingBylines(root: Element, ctx: BodyPassContext): void {
  const blocks = signableBlocks(root);
  const found: string[] = [];
  let skipped = 0;
  for (let i = blocks.length - 1; i >= 0 && blocks.length - i - skipped <= MAX_TRAILING_BLOCKS; i--) {
    const block = blocks[i];
    // A heading or a list item at the end is structure, not a signature; so is a lone block.
    if (!block || !/^(P|DIV|SPAN|STRONG|B|EM|I)$/u.test(block.tagName) || i === 0) break;
    const text = normalizeSpace(block.textContent ?? '');
    // A picture's credit, or the story's tag ("<a href="/chu-de/ha-noi.html">Hà Nội</a>"), under the signature: neither signs.
    if (found.length === 0 && skipped < MAX_SKIPPED_CREDITS && (isOtherCreditLine(text) || isTagLinkLine(block, text))) {
      skipped++;
      continue;
    }
    // "记者张三": Chinese writes the reporter's title before the name, with no colon.
    const titled = titledHanBylineNames(text, ctx.lang);
    if (titled) {
      found.unshift(...titled);
      removeWithEmptyParents(block, root);
      continue;
    }
    // A tag reads like a name ("Hà Nội", "Angela Merkel") but names the story's subject: the signature's lines end there.
    if (isTagLinkLine(block, text)) break;
    const signature = signatureOf(text, ctx.lang) ?? signatureOverWorkplace(block, text, ctx.lang);
    if (!signature) break;
    // A source that is no agency ("Theo Tuổi Trẻ Online") leaves the body but names no author.
    found.unshift(...bylineNames(signature, ctx.lang));
    removeWithEmptyParents(block, root);
  }
  if (found.length === 0) found.push(...takeClosingParenthesis(blocks, ctx));
  if (found.length === 0) found.push(...authorNoteNames(blocks[blocks.length - 1], ctx.lang));
  ctx.bylines.push(...found);
}

/**
 * Body pass, after the links and the comments' paywall under the story went: the writer's
 * signature they hid ("Cécile Ducourtieux (Bruxelles, bureau européen)" over Le Monde's "L'espace
 * des contributions est réservé aux abonnés") is now the body's last line. Taken only when the
 * first reading found none and it names the writer the header shows: a line those passes
 * uncovered may as well be a section's name ("Sports Headlines" over its links).
 */
export function takeUncoveredSignature(root: Element, ctx: BodyPassContext): void {
  if (ctx.bylines.length > 0 || ctx.knownBylines.length === 0) return;
  const blocks = signableBlocks(root);
  const last = blocks[blocks.length - 1];
  const signature = last ? signatureOf(last.textContent ?? '', ctx.lang) : null;
  if (!signature) return;
  const known = ctx.knownBylines.map((name) => name.toLowerCase());
  const names = bylineNames(signature, ctx.lang);
  if (names.length > 0 && names.every((name) => known.includes(name.toLowerCase()))) takeTrailingBylines(root, ctx);
}
