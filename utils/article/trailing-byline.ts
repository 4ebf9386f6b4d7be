import type { BodyPassContext } from './body-passes';
import { listBlockElements, isCaptionElement } from './blocks';
import { normalizeSpace } from '../text/segment';
import { allLanguages } from '../lang';

/**
 * News sites sign articles at the end of the body: Vietnamese "PV" (phóng viên, reporter),
 * "Theo TTXVN" (according to the national news agency), wire credits ("— Reuters", "(AP)"),
 * initials ("N.H"), or the reporter's name alone on the last line. Readability keeps
 * them as body paragraphs; this pass moves them to the byline.
 */

/** Only the last few blocks can be a signature; anything longer than this is a sentence. */
const MAX_BYLINE_CHARS = 60;
const MAX_TRAILING_BLOCKS = 2;

/** Wire agencies and reporter abbreviations that sign articles on their own: the packs' credit lines, whatever the page's language. */
const AGENCIES = `(?:${allLanguages('creditLines').join('|')})`;

const SIGNATURE_PATTERNS: readonly RegExp[] = [
  // "PV", "PV.", "Nhóm PV", "Reuters", "(AP)", "— Reuters", "AFP/TTXVN"
  new RegExp(String.raw`^[-–—(\[]*\s*(?:Nhóm\s+)?${AGENCIES}(?:\s*[/,&+]\s*${AGENCIES})*\s*[)\]]*\.?$`, 'u'),
  // "Reuters staff", "AP staff", "Nhóm phóng viên"
  new RegExp(String.raw`^[-–—]?\s*${AGENCIES}\s+(?:staff|reporters?|newsroom)\.?$`, 'iu'),
  /^Nhóm\s+phóng\s+viên\.?$/iu,
  // "Theo TTXVN", "(Theo VnExpress)", "Nguồn: Reuters": Vietnamese source credits.
  /^[([]?\s*(?:Theo|Nguồn\s*:)\s+[\p{Lu}\d][\p{L}\p{N}.\-/ ]{0,40}[)\]]?\.?$/u,
  // "Texto: …", "Von …", "Por …", "By …", "Par …", "Text: …", "Redacción: …", "Bài, ảnh: …"
  /^(?:Texto|Text|Redacción|Autor(?:in)?|Auteur|Bài(?:\s+và\s+ảnh|,\s*ảnh)?|Written by|Reporting by)\s*:?\s+\p{Lu}/u,
  /^(?:Von|Por|By|Par|Di|Door|Av)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|der|y|und|and|et|e))*\.?$/u,
  // Initials: "N.H", "N.H.", "T.L - P.V", "H.A."
  /^(?:\p{Lu}{1,2}\.){1,3}\p{Lu}{0,2}\.?(?:\s*[-–,/]\s*(?:\p{Lu}{1,2}\.){1,3}\p{Lu}{0,2}\.?)*$/u,
  // Reuters' trailer: "Reporting by X; Editing by Y"
  /^(?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\s+\p{Lu}[^.!?]*$/iu,
];

/** A name alone: 2–4 capitalised words, no digits and no sentence punctuation. */
const FULL_NAME = /^[-–—]?\s*\p{Lu}[\p{Ll}'’-]*\.?(?:\s+\p{Lu}[\p{Ll}'’-]*\.?){1,3}$/u;

/** Capitalised labels that look like names but end a body for another reason. */
const NOT_A_NAME = /^(?:Read More|Related|See Also|Share|Advertisement|Comments?|Sources?|References?|Notes?|Tags?|Topics?|The End|Xem Thêm|Tin Liên Quan|Chia Sẻ|Lire Aussi|Mehr Zum Thema|Leer Más|Fin|Ende|Hết)\b/iu;

function stripDecoration(text: string): string {
  // Two passes, the trailing run behind a lookbehind: one `…|[…]+$` regex retried every character of a long run.
  return text.replace(/^[-–—\s([]+/u, '').replace(/(?<![\s)\].])[\s)\].]+$/u, '').trim();
}

/** The byline this block's text signs with, or null when it is body text. */
export function signatureOf(text: string): string | null {
  const line = normalizeSpace(text);
  if (line === '' || line.length > MAX_BYLINE_CHARS) return null;
  if (SIGNATURE_PATTERNS.some((pattern) => pattern.test(line))) return stripDecoration(line);
  if (FULL_NAME.test(line) && !NOT_A_NAME.test(stripDecoration(line))) return stripDecoration(line);
  return null;
}

/** Removes `el` and the wrappers it leaves empty, up to the body root. */
function removeWithEmptyParents(el: Element, root: Element): void {
  let target = el;
  while (target.parentElement && target.parentElement !== root && normalizeSpace(target.parentElement.textContent ?? '') === normalizeSpace(target.textContent ?? '') && !target.parentElement.querySelector('img, picture, video, table')) {
    target = target.parentElement;
  }
  target.remove();
}

/** Body pass: the last paragraph(s) that sign the article become bylines and leave the body. */
export function takeTrailingBylines(root: Element, ctx: BodyPassContext): void {
  const blocks = listBlockElements(root).filter((el) => !isCaptionElement(el) && normalizeSpace(el.textContent ?? '') !== '');
  const found: string[] = [];
  for (let i = blocks.length - 1; i >= 0 && blocks.length - i <= MAX_TRAILING_BLOCKS; i--) {
    const block = blocks[i];
    // A heading or a list item at the end is structure, not a signature; so is a lone block.
    if (!block || !/^(P|DIV|SPAN|STRONG|B|EM|I)$/u.test(block.tagName) || i === 0) break;
    const signature = signatureOf(block.textContent ?? '');
    if (!signature) break;
    found.unshift(signature);
    removeWithEmptyParents(block, root);
  }
  ctx.bylines.push(...found);
}
