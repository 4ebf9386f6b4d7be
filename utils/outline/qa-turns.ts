import type { Section } from './types';
import type { OutlineInput, Paragraph } from './input';
import { shortLabel } from './labels';

/**
 * The turns of an interview: each question the article puts to its guest is a section, so
 * the reader can jump to the answer. A page is an interview when at least MIN_QUESTIONS
 * short paragraphs are questions, each answered by the paragraph after it, and they make
 * up a good share of the text (a few rhetorical questions do not make an interview).
 */
const MIN_QUESTIONS = 3;
const MIN_SHARE = 0.2;
const MAX_QUESTION_WORDS = 45;
const MAX_SPEAKER_LABEL_CHARS = 24;

function isQuestion(paragraph: Paragraph | undefined): boolean {
  if (!paragraph || paragraph.tag === 'li' || paragraph.words > MAX_QUESTION_WORDS) return false;
  const last = paragraph.text.trimEnd().at(-1);
  return last === '?' || last === '？';
}

/** "PV: …", "Q: …", "Hỏi: …", "- …": the interviewer's mark is not part of the title. */
function withoutSpeakerLabel(text: string): string {
  const colon = text.search(/[:：]/u);
  const rest = colon > 0 && colon <= MAX_SPEAKER_LABEL_CHARS && !/[?？]/u.test(text.slice(0, colon)) ? text.slice(colon + 1) : text;
  return rest.replace(/^[\s–—-]+/u, '');
}

export function findQaTurns(input: OutlineInput): Section[] {
  const { paragraphs } = input;
  const questions = paragraphs.filter((p, i) => isQuestion(p) && paragraphs[i + 1] !== undefined && !isQuestion(paragraphs[i + 1]));
  if (questions.length < MIN_QUESTIONS || questions.length / paragraphs.length < MIN_SHARE) return [];
  return questions.map((q) => ({ title: shortLabel(withoutSpeakerLabel(q.text), 70), level: 2, anchor: { block: q.block }, items: [], kind: 'heading' }));
}
