import type { Article } from '../../utils/article/types';
import type { Outline } from '../../utils/outline/types';
import { SCHEMA_VERSION, type SavedOutline } from '../../utils/library/schema';
import { withSearchTokens } from '../../utils/library/search-tokens';
import { normalizeArticleUrl } from '../../utils/library/normalize-url';

/**
 * Deterministic fake articles for the library benchmark: Vietnamese, English, Chinese
 * and Japanese in the mix a Vietnamese reader might save, with "Đảng ủy" in a few
 * percent of titles so the benchmark's "dang uy" query has real work to do.
 */
const VI_INITIALS = ['b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x', ''];
const VI_RHYMES = ['a', 'ai', 'an', 'ang', 'anh', 'ao', 'ay', 'ăn', 'âm', 'ân', 'e', 'em', 'ên', 'i', 'inh', 'o', 'oa', 'oan', 'ong', 'ô', 'ôi', 'ông', 'ơ', 'ơi', 'u', 'ung', 'uy', 'ư', 'ương', 'iên'];
const VI_TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const EN_PARTS = ['al', 'be', 'con', 'de', 'en', 'for', 'gra', 'in', 'ly', 'ment', 'mis', 'no', 'pro', 're', 'sta', 'ter', 'tion', 'un', 'ver', 'wa'];

/** A vocabulary of a few thousand words per language, used with a Zipf-like skew as real text is. */
function vocabulary(lang: Lang): string[] {
  // The tone mark goes on the rhyme's first vowel, where NFC can compose it.
  if (lang === 'vi') return VI_INITIALS.flatMap((i) => VI_RHYMES.flatMap((r) => VI_TONES.map((t) => `${i}${r.slice(0, 1)}${t}${r.slice(1)}`.normalize('NFC'))));
  if (lang === 'en') return EN_PARTS.flatMap((a) => EN_PARTS.flatMap((b) => EN_PARTS.map((c) => `${a}${b}${c}`)));
  const base = lang === 'zh' ? 0x4e00 : 0x4e00 + 500;
  const han = Array.from({ length: 2500 }, (_, i) => String.fromCodePoint(base + i * 3));
  return lang === 'ja' ? [...han, ...'のにはをがとでもするいうたてなかれ'.split('')] : han;
}

type Lang = 'vi' | 'en' | 'zh' | 'ja';
const VOCABULARY: Record<Lang, string[]> = { vi: vocabulary('vi'), en: vocabulary('en'), zh: vocabulary('zh'), ja: vocabulary('ja') };

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function word(lang: Lang, next: () => number): string {
  const list = VOCABULARY[lang];
  return list[Math.floor(next() ** 3 * list.length)] ?? '';
}

function phrase(lang: Lang, words: number, next: () => number): string {
  const cjk = lang === 'zh' || lang === 'ja';
  return Array.from({ length: cjk ? words * 2 : words }, () => word(lang, next)).join(cjk ? '' : ' ');
}

function outlineFor(lang: Lang, next: () => number): Outline {
  return {
    sections: Array.from({ length: 3 + Math.floor(next() * 4) }, (_, i) => ({
      title: phrase(lang, 5, next),
      level: i % 3 === 2 ? 3 : 2,
      anchor: { block: i * 4 },
      items: i === 1 ? [{ label: phrase(lang, 6, next), anchor: { block: 5 } }] : [],
    })),
    quotes: Array.from({ length: 3 }, (_, i) => ({ text: phrase(lang, 20, next), speaker: phrase(lang, 2, next), role: null, kind: 'direct' as const, anchor: { block: 10 + i } })),
    keyPoints: Array.from({ length: 4 }, (_, i) => ({ text: phrase(lang, 18, next), anchor: { block: 20 + i } })),
  };
}

export function generatedArticle(index: number): { article: Article; outline: Outline } {
  const next = random(index + 1);
  const lang: Lang = (['vi', 'vi', 'en', 'en', 'zh', 'ja'] as const)[index % 6] ?? 'en';
  const title = index % 37 === 0 ? `Đảng ủy ${phrase('vi', 8, next)}` : phrase(lang, 10, next);
  const paragraphs = Array.from({ length: 12 }, () => phrase(lang, 80, next));
  const article: Article = {
    url: `https://site${index % 40}.example/article/${index}?utm_source=bench`,
    title,
    subtitle: null,
    bylines: [],
    byline: phrase(lang, 2, next),
    published: new Date(Date.UTC(2024, 0, 1) + index * 3_600_000).toISOString(),
    modified: null,
    siteName: `Site ${index % 40}`,
    lang,
    dir: 'ltr',
    leadImage: null,
    excerpt: null,
    wordCount: 960,
    readingMinutes: 4,
    html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    text: paragraphs.join('\n\n'),
    figures: [],
    readerable: true,
  };
  return { article, outline: outlineFor(lang, next) };
}

/** Library records [start, end) as saving the generated articles would store them, a note on every tenth and tags on every seventh. */
export function generatedRecords(start: number, end: number): SavedOutline[] {
  const records: SavedOutline[] = [];
  for (let i = start; i < end; i++) {
    const { article, outline } = generatedArticle(i);
    const savedAt = Date.UTC(2024, 0, 1) + i * 600_000;
    records.push(withSearchTokens({
      schemaVersion: SCHEMA_VERSION, id: `bench-${i}`, url: normalizeArticleUrl(article.url) ?? article.url,
      title: article.title, byline: article.byline, published: article.published, siteName: article.siteName, lang: article.lang,
      dir: article.dir, savedAt, updatedAt: savedAt, note: i % 10 === 0 ? 'đọc lại' : '', tags: i % 7 === 0 ? ['theo dõi', `tag${i % 20}`] : [],
      outline, text: article.text, html: article.html,
    }));
  }
  return records;
}
