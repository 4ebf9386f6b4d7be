import { baseLanguage, wordTokens } from '../text/tokens';
import { readMetaTags, type MetaTags } from './meta-tags';

/**
 * The article's language (a BCP 47 tag) and writing direction. What the page declares
 * comes first (the article's own `lang`, then <html lang>, Content-Language, og:locale,
 * JSON-LD inLanguage); the text decides when the page declares nothing, or when the
 * declaration is a template default contradicted by the script the text is written in.
 */

export type Direction = 'ltr' | 'rtl';

/** Languages written right to left, by their language subtag. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ku', 'syr']);
/** Script subtags written right to left: "pa-Arab", "az-Arab". */
const RTL_SCRIPT = /-(?:arab|hebr|thaa|syrc|nkoo|adlm|rohg)(?:-|$)/iu;

/** Too little text to judge: a headline alone can be a quote in another language. */
const MIN_LETTERS = 40;
const SAMPLE_CHARS = 2000;

/** `lang` values that are placeholders, not languages. */
const PLACEHOLDER = /^(?:x-default|und|zxx|mul|\*|null|undefined|none)$/iu;

/** "en_US" → "en-US", "EN-us" → "en-US", "vi-VN, en" → "vi-VN"; null for anything that is no language tag. */
export function normalizeLanguageTag(raw: string | null | undefined): string | null {
  const first = (raw ?? '').split(/[,;]/u)[0]?.trim().replace(/_/gu, '-') ?? '';
  if (first === '' || PLACEHOLDER.test(first)) return null;
  try {
    return Intl.getCanonicalLocales(first)[0] ?? null;
  } catch {
    return null;
  }
}

/** `dir` wins when it says ltr or rtl; otherwise the language decides; null when neither tells. */
export function directionFor(lang: string | null, dirAttr: string | null): Direction | null {
  const dir = dirAttr?.trim().toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir;
  if (!lang) return null;
  const base = baseLanguage(lang) ?? '';
  return RTL_LANGUAGES.has(base) || RTL_SCRIPT.test(lang) ? 'rtl' : 'ltr';
}

interface ScriptRule {
  script: string;
  pattern: RegExp;
}

const SCRIPTS: readonly ScriptRule[] = [
  { script: 'Latn', pattern: /\p{Script=Latin}/u },
  { script: 'Hani', pattern: /\p{Script=Han}/u },
  { script: 'Kana', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
  { script: 'Hang', pattern: /\p{Script=Hangul}/u },
  { script: 'Arab', pattern: /\p{Script=Arabic}/u },
  { script: 'Hebr', pattern: /\p{Script=Hebrew}/u },
  { script: 'Cyrl', pattern: /\p{Script=Cyrillic}/u },
  { script: 'Grek', pattern: /\p{Script=Greek}/u },
  { script: 'Thai', pattern: /\p{Script=Thai}/u },
  { script: 'Deva', pattern: /\p{Script=Devanagari}/u },
  { script: 'Beng', pattern: /\p{Script=Bengali}/u },
  { script: 'Taml', pattern: /\p{Script=Tamil}/u },
  { script: 'Geor', pattern: /\p{Script=Georgian}/u },
  { script: 'Armn', pattern: /\p{Script=Armenian}/u },
];

const LANGUAGE_OF_SCRIPT: Readonly<Record<string, string>> = {
  Hang: 'ko', Hebr: 'he', Grek: 'el', Thai: 'th', Deva: 'hi', Beng: 'bn', Taml: 'ta', Geor: 'ka', Armn: 'hy',
};

/** The script each language is normally written in; languages not listed are written in Latin. */
const SCRIPT_OF_LANGUAGE: Readonly<Record<string, string>> = {
  zh: 'Hani', ja: 'Hani', ko: 'Hang', ar: 'Arab', fa: 'Arab', ur: 'Arab', ps: 'Arab', he: 'Hebr', yi: 'Hebr',
  ru: 'Cyrl', uk: 'Cyrl', bg: 'Cyrl', be: 'Cyrl', mk: 'Cyrl', kk: 'Cyrl', mn: 'Cyrl', sr: 'Cyrl',
  el: 'Grek', th: 'Thai', hi: 'Deva', mr: 'Deva', ne: 'Deva', bn: 'Beng', ta: 'Taml', ka: 'Geor', hy: 'Armn',
};

interface ScriptCounts {
  counts: Map<string, number>;
  letters: number;
}

function countScripts(text: string): ScriptCounts {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const char of text) {
    // ASCII is most of any sample: letters there are Latin, the rest is not a letter.
    if (char < '\u0080') {
      if ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z')) {
        counts.set('Latn', (counts.get('Latn') ?? 0) + 1);
        letters++;
      }
      continue;
    }
    for (const { script, pattern } of SCRIPTS) {
      if (pattern.test(char)) {
        counts.set(script, (counts.get(script) ?? 0) + 1);
        letters++;
        break;
      }
    }
  }
  return { counts, letters };
}

function dominantScript(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [script, count] of counts) {
    // Han and kana together are Japanese writing; score them as one.
    const score = script === 'Hani' || script === 'Kana' ? (counts.get('Hani') ?? 0) + (counts.get('Kana') ?? 0) : count;
    if (score > bestCount) {
      best = script === 'Kana' ? 'Hani' : script;
      bestCount = score;
    }
  }
  return best;
}

/** Words frequent in one Latin-script language and rare in the others. */
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set('the and of to is in that it was for with on are this be have from by as at'.split(' ')),
  fr: new Set('le la les des et est une dans que pour pas du sur qui avec au ce il sont'.split(' ')),
  de: new Set('der die und das ist nicht mit den von zu ein eine sich auch auf dem im für wird'.split(' ')),
  es: new Set('el los las del que por una para con como más pero se está fue al sus entre muy'.split(' ')),
  it: new Set('il di che della per non una sono gli con anche è alla nel delle degli dei più'.split(' ')),
  pt: new Set('os das que não uma com para são por mais como mas foi ao também dos às pelo'.split(' ')),
  nl: new Set('de het een van en is dat niet op voor met zijn ook maar aan bij naar wordt'.split(' ')),
  vi: new Set('của và là các những được cho có trong không này với một người đã đến về khi cũng'.split(' ')),
};

/** Letters only Vietnamese uses among Latin-script languages. */
const VIETNAMESE_ONLY = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

function latinLanguage(text: string): string | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const vietnamese = text.match(VIETNAMESE_ONLY)?.length ?? 0;
  if (letters > 0 && vietnamese / letters > 0.02) return 'vi';
  const tokens = wordTokens(text, null).map((t) => t.toLowerCase());
  let best: string | null = null;
  let bestHits = 0;
  let secondHits = 0;
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    const hits = tokens.reduce((n, t) => (words.has(t) ? n + 1 : n), 0);
    if (hits > bestHits) {
      secondHits = bestHits;
      bestHits = hits;
      best = lang;
    } else if (hits > secondHits) {
      secondHits = hits;
    }
  }
  // Function words make up a fifth or more of running text; demand a clear lead too.
  const enough = bestHits >= 3 && bestHits >= tokens.length * 0.08 && bestHits >= secondHits * 1.5;
  return enough ? best : null;
}

function arabicScriptLanguage(text: string): string {
  if (/[ےںٹڈڑ]/u.test(text)) return 'ur';
  if (/[پچژگ]/u.test(text)) return 'fa';
  return 'ar';
}

function cyrillicLanguage(text: string): string {
  return (text.match(/[іїєґ]/giu)?.length ?? 0) >= 3 ? 'uk' : 'ru';
}

/** The language the text is written in, or null when the sample does not tell. */
export function languageFromText(sample: string): string | null {
  const text = sample.slice(0, SAMPLE_CHARS);
  return languageFromCounts(text, countScripts(text));
}

function languageFromCounts(text: string, { counts, letters }: ScriptCounts): string | null {
  if (letters < MIN_LETTERS) return null;
  const script = dominantScript(counts);
  if (script === 'Hani') {
    const kana = counts.get('Kana') ?? 0;
    const han = counts.get('Hani') ?? 0;
    return kana >= (kana + han) * 0.05 ? 'ja' : 'zh';
  }
  if (script === 'Arab') return arabicScriptLanguage(text);
  if (script === 'Cyrl') return cyrillicLanguage(text);
  if (script === 'Latn') return latinLanguage(text);
  return script ? (LANGUAGE_OF_SCRIPT[script] ?? null) : null;
}

/** True when most of the sample is written in a script the declared language does not use. */
function contradictsScript(declared: string, { counts, letters }: ScriptCounts): boolean {
  if (letters < MIN_LETTERS * 4) return false;
  const expected = SCRIPT_OF_LANGUAGE[baseLanguage(declared) ?? ''] ?? 'Latn';
  const script = dominantScript(counts);
  if (!script || script === expected) return false;
  const share = script === 'Hani' ? ((counts.get('Hani') ?? 0) + (counts.get('Kana') ?? 0)) / letters : (counts.get(script) ?? 0) / letters;
  return share >= 0.7;
}

/** Where a page declares its language, besides `lang` attributes. */
export interface LanguageDeclarations {
  meta: MetaTags;
  /** JSON-LD `inLanguage` of the article. */
  jsonLdLanguage: string | null;
  /** The element the article hangs on (its headline); its nearest `lang` is the article's. */
  anchor: Element | null;
}

/** The language the page declares for its article, most specific declaration first. */
export function declaredLanguage(doc: Document, declarations: LanguageDeclarations): string | null {
  const { meta, anchor, jsonLdLanguage } = declarations;
  const own = anchor?.closest('[lang]')?.getAttribute('lang');
  const html = doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang');
  const candidates = [own, html, meta.first('content-language', 'language', 'dc.language', 'dcterms.language'), meta.first('og:locale'), jsonLdLanguage];
  for (const candidate of candidates) {
    const tag = normalizeLanguageTag(candidate);
    if (tag) return tag;
  }
  return null;
}

/**
 * The article's language: what the page declares, unless the sample of its text is
 * written in another script (a template's lang="en" on a Chinese page); otherwise the text's.
 * Without `declarations`, reads the page's meta tags itself.
 */
export function detectLanguage(doc: Document, sampleText: string, declarations?: LanguageDeclarations): string | null {
  const declared = declaredLanguage(
    doc,
    declarations ?? { meta: readMetaTags(Array.from(doc.querySelectorAll('meta'))), jsonLdLanguage: null, anchor: null },
  );
  const text = sampleText.slice(0, SAMPLE_CHARS);
  const counts = countScripts(text);
  if (declared && !contradictsScript(declared, counts)) return declared;
  return languageFromCounts(text, counts) ?? declared;
}
