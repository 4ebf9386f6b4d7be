/**
 * Intl.Segmenter for a language tag, cached per tag and granularity, that never throws.
 * A tag can pass a pattern check and still be refused by Intl (`"en-a"` throws a
 * RangeError), and pages and old library records carry such tags: segmenting Thai with
 * one used to throw out of an import or a note edit. An unusable tag falls back to the
 * runtime's default locale, which still segments every script by its own rules.
 */
type Granularity = 'word' | 'sentence';

const cache = new Map<string, Intl.Segmenter>();

/** The tag in Intl's canonical form, or undefined when Intl refuses it. */
export function usableLocale(lang: string | null | undefined): string | undefined {
  if (!lang) return undefined;
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}

function create(locale: string | undefined, granularity: Granularity): Intl.Segmenter {
  try {
    return new Intl.Segmenter(locale, { granularity });
  } catch {
    // A canonical tag the runtime still refuses: the default locale is always accepted.
    return new Intl.Segmenter(undefined, { granularity });
  }
}

export function segmenterFor(lang: string | null, granularity: Granularity): Intl.Segmenter {
  const key = `${granularity}\u0000${lang ?? ''}`;
  let segmenter = cache.get(key);
  if (!segmenter) {
    segmenter = create(usableLocale(lang), granularity);
    cache.set(key, segmenter);
  }
  return segmenter;
}
