/**
 * A page read while still loading and read again later: more than this share of new words is an
 * article that was still arriving (a slow script holding the parser, text filled in by script),
 * worth telling the reader about; less is a caption or a counter that came late.
 */
export const MATERIAL_GROWTH = 0.1;

export function grewMaterially(wordsBefore: number, wordsAfter: number): boolean {
  return wordsAfter > wordsBefore * (1 + MATERIAL_GROWTH);
}
