import type { Direction, LanguagePack } from './types';
import { baseLanguage } from '../text/tokens';
import { en } from './en';
import { vi } from './vi';
import { de } from './de';
import { fr } from './fr';
import { es } from './es';
import { it } from './it';
import { pt } from './pt';
import { nl } from './nl';
import { sv } from './sv';
import { no } from './no';
import { da } from './da';
import { cs } from './cs';
import { pl } from './pl';
import { ru } from './ru';
import { uk } from './uk';
import { zh } from './zh';
import { ja } from './ja';
import { ar } from './ar';
import { fa } from './fa';
import { ur } from './ur';
import { he } from './he';
import { ko } from './ko';
import { tr } from './tr';
import { scriptOnlyPacks } from './script-only';

export type { Direction, LanguagePack } from './types';

/**
 * Every language Lede knows, one pack each. The order is the order in which the analyzers
 * try each language's words when the article's language is unknown: keep English first,
 * then Vietnamese (the seed language), then the others.
 */
export const PACKS: readonly LanguagePack[] = [en, vi, de, fr, es, it, pt, nl, sv, no, da, cs, pl, ru, uk, tr, zh, ja, ko, ar, fa, ur, he, ...scriptOnlyPacks];

const BY_CODE = new Map<string, LanguagePack>();
for (const pack of PACKS) for (const code of [pack.code, ...pack.aliases]) BY_CODE.set(code, pack);

/** The pack of a BCP 47 tag ("vi-VN" → Vietnamese), or null for a language Lede has no pack for. */
export function packFor(lang: string | null): LanguagePack | null {
  return BY_CODE.get(baseLanguage(lang) ?? '') ?? null;
}

/** The page's pack; every pack when its language is unknown; none for a language without one. */
export function packsOfPage(lang: string | null): readonly LanguagePack[] {
  const base = baseLanguage(lang);
  const pack = BY_CODE.get(base ?? '') ?? null;
  return pack ? [pack] : base ? [] : PACKS;
}

/**
 * Whether the analyzers read the text as words of a language that has none in Lede: a known
 * language whose pack is of script only (Thai, Hindi, Greek…) or that has no pack. Such text gets
 * no other language's speech verbs or roles; unknown text (null) gets every pack's.
 */
export function isWordlessLanguage(lang: string | null): boolean {
  return lang !== null && (packFor(lang)?.speechVerbs.length ?? 0) === 0;
}

/** Script subtags written right to left, whatever the language: "pa-Arab", "az-Arab", "ff-Adlm". */
// ASCII pattern on language tags: case-insensitive without the `u` flag, the same matches (`u` would only add ſ for s and
// the Kelvin sign for k). Firefox compiles a case-insensitive Unicode pattern again in every popup it opens.
const RTL_SCRIPT = /-(?:arab|hebr|thaa|syrc|nkoo|adlm|rohg)(?:-|$)/i;

/** The direction a language is written in: its pack's, unless its script subtag says right to left. */
export function directionOfLanguage(lang: string): Direction {
  return packFor(lang)?.direction === 'rtl' || RTL_SCRIPT.test(lang) ? 'rtl' : 'ltr';
}

const unions = new Map<string, readonly string[]>();

/** One list field of every pack, in registry order, without repeats: for pages whose language is unknown, or lists every page shares. */
export function allLanguages(field: ListField): readonly string[] {
  let list = unions.get(field);
  if (!list) {
    list = Array.from(new Set(PACKS.flatMap((pack) => pack[field])));
    unions.set(field, list);
  }
  return list;
}

/** The fields of a pack that are lists of words or pattern pieces. */
export type ListField = {
  [K in keyof LanguagePack]: LanguagePack[K] extends readonly string[] ? K : never;
}[keyof LanguagePack];

/**
 * A value derived from a pack (a Set, a RegExp), built the first time it is asked for and
 * kept: analyzers run on every sentence of a 10,000-word article and must not rebuild it.
 */
export function perPack<T>(build: (pack: LanguagePack) => T): (pack: LanguagePack) => T {
  const cache = new WeakMap<LanguagePack, T>();
  return (pack) => {
    let value = cache.get(pack);
    if (value === undefined) {
      value = build(pack);
      cache.set(pack, value);
    }
    return value;
  };
}
