import trained from './key-point-weights.json';
import { FEATURE_NAMES } from './key-point-features';
import { baseLanguage } from '../text/tokens';

/**
 * The learned part of key points: a logistic regression over the sentence features, its
 * weights learned by `npm run train:keypoints` from human summaries (CNN/DailyMail and
 * VietNews training splits). A language with its own weights uses them; others use
 * the weights learned on all languages together.
 */
interface Weights {
  features: string[];
  weights: Record<string, number[]>;
}

const WEIGHTS: Weights = trained;

/** Weights in FEATURE_NAMES order; a feature the file does not know weighs nothing (an old file still loads). */
function weightsFor(lang: string | null): number[] {
  const table = WEIGHTS.weights[baseLanguage(lang) ?? ''] ?? WEIGHTS.weights.default ?? [];
  return FEATURE_NAMES.map((name) => {
    const at = WEIGHTS.features.indexOf(name);
    return at >= 0 ? (table[at] ?? 0) : 0;
  });
}

/** How likely each sentence is to belong in a human summary of the article, 0–1 (by the shipped weights unless others are given). */
export function keyPointProbabilities(features: number[][], lang: string | null, weights?: number[]): number[] {
  const w = weights ?? weightsFor(lang);
  return features.map((row) => {
    let z = 0;
    for (let i = 0; i < w.length; i++) z += (w[i] ?? 0) * (row[i] ?? 0);
    return 1 / (1 + Math.exp(-z));
  });
}
