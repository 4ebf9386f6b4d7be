import type { BodyPassContext } from './body-passes';
import { settleCaptionCandidates } from './captions';
import { hasLabelledCredit } from './caption-credit';

/**
 * Body pass, before normalizeCaptions. "Cầu Vĩnh Tuy nhìn từ bờ sông - Ảnh: Duy Thành", "Crowds at
 * the station. Photo: Reuters": a short line right after a picture, with nothing but a credit in
 * some language pack's labels to say it is the picture's caption. The page's script marks such
 * lines as candidates only (captions.ts: it carries no pack, for its size); here, where the packs
 * are, each candidate with such a credit joins the sure captions, and the others stay body text.
 */
export function keepCreditedCaptions(root: Element, _ctx: BodyPassContext): void {
  settleCaptionCandidates(root, hasLabelledCredit);
}
