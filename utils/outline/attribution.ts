/**
 * Speech verbs and the patterns around them that name who is speaking. Every pattern runs
 * on a window of at most WINDOW characters, so no regex sees more than that, whatever
 * the page holds (no catastrophic backtracking on a 200,000-word paragraph).
 */
export const WINDOW = 200;

const SPEECH_VERBS: Record<string, string[]> = {
  en: ['said', 'says', 'told reporters', 'told', 'added', 'stressed', 'explained', 'noted', 'asked', 'declared', 'announced', 'wrote', 'insisted', 'warned', 'claimed', 'argued', 'replied', 'recalled', 'admitted', 'continued', 'tweeted'],
  vi: ['cho biết', 'nhấn mạnh', 'khẳng định', 'chia sẻ', 'phát biểu', 'cho rằng', 'nhận định', 'bày tỏ', 'thông tin', 'giải thích', 'lưu ý', 'kết luận', 'đề nghị', 'nói', 'thông báo', 'trả lời'],
  de: ['sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'meinte', 'fügte hinzu', 'warnte', 'so'],
  fr: ['a déclaré', 'a dit', 'a affirmé', 'a souligné', 'a expliqué', 'a ajouté', 'a indiqué', 'déclare', 'explique', 'estime', 'affirme', 'souligne', 'dit'],
  es: ['dijo', 'afirmó', 'señaló', 'explicó', 'aseguró', 'declaró', 'añadió', 'indicó', 'dice', 'afirma'],
  zh: ['表示', '指出', '强调', '说', '称'],
  ja: ['と述べた', 'と語った', 'と話した', 'と説明した', 'と強調した'],
};
const ACCORDING_TO = ['according to', 'theo', 'laut', 'selon', 'según', '据'];
/** Pronouns that point back to the last speaker. */
export const PRONOUNS = /^(?:he|she|they|ông|bà|anh|chị|ông ấy|bà ấy|er|sie|il|elle|él|ella|他|她)$/iu;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function lettersAround(words: string[]): string {
  // JavaScript's \b only knows ASCII letters; Vietnamese and French verbs need Unicode edges.
  return `(?<![\\p{L}\\p{M}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{M}])`;
}

const verbCache = new Map<string, RegExp>();

/** The speech verbs of a language (all of them when the language is unknown). */
export function speechVerbPattern(lang: string | null, flags = 'iu'): RegExp {
  const key = `${lang ?? '*'}|${flags}`;
  let pattern = verbCache.get(key);
  if (!pattern) {
    const words = lang && SPEECH_VERBS[lang] ? (SPEECH_VERBS[lang] ?? []) : Object.values(SPEECH_VERBS).flat();
    // CJK verbs are not delimited by letters around them.
    const cjk = lang === 'zh' || lang === 'ja';
    pattern = new RegExp(cjk ? `(?:${words.map(escape).join('|')})` : lettersAround(words), flags);
    verbCache.set(key, pattern);
  }
  return pattern;
}

export const ACCORDING_TO_PATTERN = new RegExp(`${lettersAround(ACCORDING_TO)}\\s+([^,，:;]{2,120})[,，]\\s*`, 'iu');

/** Cues before a quoted phrase that make it a name or a title, not a statement. */
export const TITLE_CUES = new RegExp(
  `${lettersAround([
    'thực hiện', 'phong trào', 'cuộc vận động', 'chương trình', 'chủ đề', 'khẩu hiệu', 'mang tên', 'gọi là', 'danh hiệu', 'giải thưởng',
    'cuốn sách', 'bộ phim', 'bài hát', 'dự án', 'chiến dịch', 'tác phẩm', 'đề án', 'called', 'titled', 'entitled', 'named', 'dubbed', 'so-called',
    'nicknamed', 'book', 'film', 'movie', 'song', 'album', 'campaign', 'slogan', 'motto', 'programme', 'program', 'intitulé', 'appelé', 'nommé',
    'genannt', 'namens', 'titel', 'titulado', 'llamado', 'denominado', 'campaña',
  ])}\\s*[:,]?\\s*$|(?:题为|名为|称为|口号)\\s*$`,
  'iu',
);
