import { wordTokens } from '../text/tokens';
import { PACKS, packFor, perPack } from './index';

/**
 * The one language guesser: the language a text is written in, from its script, the letters
 * only one language of that script uses, and, for Latin script, the function words of each
 * pack. The article's language comes from what the page declares (detect-language.ts); this
 * decides when the page declares nothing, or declares a language the text's script refutes,
 * and the outline uses it when an article reaches it without a language.
 */

/** Too little text to judge: a headline alone can be a quote in another language. */
const MIN_LETTERS = 40;
const SAMPLE_CHARS = 2000;

interface ScriptRule {
  script: string;
  pattern: RegExp;
}

export const SCRIPTS: readonly ScriptRule[] = [
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

/**
 * Code points outside every script above (punctuation, spaces, symbols, emoji: Unicode's Common
 * and Inherited), skipped without a regex. A Latin page's curly quotes, dashes and no-break spaces
 * would otherwise test, and so compile, all fourteen script classes: Firefox compiles each again
 * in every popup it opens. tests/unit/lang/guess-language-scripts.test.ts checks every code point.
 */
export const NO_SCRIPT_RANGES: readonly (readonly [number, number])[] = [
  [0x80, 0xa9], [0xab, 0xb9], [0xbb, 0xbf], [0xd7, 0xd7], [0xf7, 0xf7], [0x2000, 0x206f], [0x20a0, 0x20cf],
  [0x2190, 0x27ff], [0x3000, 0x3004], [0xfe00, 0xfe0f], [0x1f300, 0x1faff],
];

function inNoScript(codePoint: number): boolean {
  return NO_SCRIPT_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/** The language a text in this script most likely is, for scripts the guesser does not look into further. */
const LANGUAGE_OF_SCRIPT: Readonly<Record<string, string>> = {
  Hang: 'ko', Hebr: 'he', Grek: 'el', Thai: 'th', Deva: 'hi', Beng: 'bn', Taml: 'ta', Geor: 'ka', Armn: 'hy',
};

export interface ScriptCounts {
  counts: Map<string, number>;
  letters: number;
}

export function countScripts(text: string): ScriptCounts {
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
    if (inNoScript(char.codePointAt(0) ?? 0)) continue;
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

const functionWordSet = perPack((pack) => new Set(pack.functionWords));
const distinctiveLetters = perPack((pack) => (pack.distinctiveLetters === '' ? null : new RegExp(`[${pack.distinctiveLetters}]`, 'giu')));

/** How many of the pack's distinctive letters the text holds. */
function distinctiveCount(code: string, text: string): number {
  const pack = packFor(code);
  const letters = pack ? distinctiveLetters(pack) : null;
  return letters ? (text.match(letters)?.length ?? 0) : 0;
}

let latinPacks: readonly { code: string; words: ReadonlySet<string> }[] | null = null;

/** Packs with function words, in registry order (a tie goes to the earlier one). */
function packsWithFunctionWords(): readonly { code: string; words: ReadonlySet<string> }[] {
  latinPacks ??= PACKS.filter((pack) => pack.functionWords.length > 0).map((pack) => ({ code: pack.code, words: functionWordSet(pack) }));
  return latinPacks;
}

function latinLanguage(text: string): string | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters > 0 && distinctiveCount('vi', text) / letters > 0.02) return 'vi';
  const tokens = wordTokens(text, null).map((t) => t.toLowerCase());
  let best: string | null = null;
  let bestHits = 0;
  let secondHits = 0;
  for (const { code, words } of packsWithFunctionWords()) {
    const hits = tokens.reduce((n, t) => (words.has(t) ? n + 1 : n), 0);
    if (hits > bestHits) {
      secondHits = bestHits;
      bestHits = hits;
      best = code;
    } else if (hits > secondHits) {
      secondHits = hits;
    }
  }
  // Function words make up a fifth or more of running text; demand a clear lead too.
  const enough = bestHits >= 3 && bestHits >= tokens.length * 0.08 && bestHits >= secondHits * 1.5;
  return enough ? best : null;
}

function arabicScriptLanguage(text: string): string {
  if (distinctiveCount('ur', text) > 0) return 'ur';
  if (distinctiveCount('fa', text) > 0) return 'fa';
  return 'ar';
}

function cyrillicLanguage(text: string): string {
  return distinctiveCount('uk', text) >= 3 ? 'uk' : 'ru';
}

/** The language of a text whose scripts are counted; null when there is too little text or it does not tell. */
export function guessFromCounts(text: string, { counts, letters }: ScriptCounts): string | null {
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

/** The start of a text that the guesser reads. */
export function guessSample(text: string): string {
  return text.slice(0, SAMPLE_CHARS);
}

/** The language the text is written in (a base subtag: "vi", "en"), or null when the sample does not tell. */
export function guessLanguage(sample: string): string | null {
  const text = guessSample(sample);
  return guessFromCounts(text, countScripts(text));
}

/** True when most of the sample is written in a script the declared language does not use (a template's lang="en" on a Chinese page). */
export function contradictsScript(declared: string, { counts, letters }: ScriptCounts): boolean {
  if (letters < MIN_LETTERS * 4) return false;
  // A language without a pack is taken to be written in Latin script.
  const expected = packFor(declared)?.script ?? 'Latn';
  const script = dominantScript(counts);
  if (!script || script === expected) return false;
  const share = script === 'Hani' ? ((counts.get('Hani') ?? 0) + (counts.get('Kana') ?? 0)) / letters : (counts.get(script) ?? 0) / letters;
  return share >= 0.7;
}
