import { readMetaTags, type MetaTags } from './meta-tags';
import { directionOfLanguage, type Direction } from '../lang';
import { contradictsScript, countScripts, guessFromCounts, guessSample } from '../lang/guess-language';

/**
 * The article's language (a BCP 47 tag) and writing direction. What the page declares
 * comes first (the article's own `lang`, then <html lang>, Content-Language, og:locale,
 * JSON-LD inLanguage); the text decides (the one guesser, utils/lang/guess-language.ts) when
 * the page declares nothing, or when the declaration is a template default contradicted by
 * the script the text is written in.
 */

export type { Direction } from '../lang';

/** `lang` values that are placeholders, not languages. */
// ASCII pattern on language attributes: case-insensitive without the `u` flag, the same matches (`u` would only add ſ for s and
// the Kelvin sign for k). Firefox compiles a case-insensitive Unicode pattern again in every popup it opens.
const PLACEHOLDER = /^(?:x-default|und|zxx|mul|\*|null|undefined|none)$/i;

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
  return lang ? directionOfLanguage(lang) : null;
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
  const text = guessSample(sampleText);
  const counts = countScripts(text);
  if (declared && !contradictsScript(declared, counts)) return declared;
  return guessFromCounts(text, counts) ?? declared;
}
