/** The parts of a SpeechSynthesisVoice the choice reads (a test double needs no more). */
export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** "vi_VN", "VI-vn" and "vi-VN" are one tag (Android has reported underscores). */
export function normalizeLang(tag: string): string {
  return tag.trim().replace(/_/gu, '-').toLowerCase();
}

function primary(tag: string): string {
  return normalizeLang(tag).split('-')[0] ?? '';
}

/**
 * The voice that reads an article in `lang`: installed voices only (`localService`: a network
 * voice would send the article's text to a server), the same full tag before the same language
 * ("vi-VN" for "vi-VN", else any "vi"), the system's default voice first among equals; null
 * when no installed voice speaks the language.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | null {
  const wanted = normalizeLang(lang);
  const language = primary(lang);
  if (language === '') return null;
  const local = voices.filter((voice) => voice.localService && primary(voice.lang) === language);
  const rank = (voice: V) => (normalizeLang(voice.lang) === wanted ? 0 : 2) + (voice.default ? 0 : 1);
  return [...local].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}
