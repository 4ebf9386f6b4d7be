import { describe, expect, it } from 'vitest';
import { POPUP_SEGMENTS, segmentsOf } from '../../../scripts/lib/popup-segments';

describe('segmentsOf: the popup read cut between its marks, within one open', () => {
  it('takes each segment whose two marks were set, later minus earlier', () => {
    const segments = segmentsOf({
      'lede:popup-start': 10,
      'lede:page-asked': 20,
      'lede:page-start': 50,
      'lede:page-end': 70,
      'lede:page-part': 75,
      'lede:metadata': 80,
      'lede:article': 100,
      'lede:title-visible': 120,
      'lede:first-answer': 125,
      'lede:done': 190,
    });
    expect(segments['asked → page start']).toBe(30);
    expect(segments['page script']).toBe(20);
    expect(segments['part → first answer']).toBe(50);
    expect(segments['first answer → done']).toBe(65);
    expect(Object.keys(segments)).toEqual(Object.keys(POPUP_SEGMENTS));
  });

  it('leaves out a segment a notice never reaches: no title, no article', () => {
    const segments = segmentsOf({ 'lede:page-part': 75, 'lede:first-answer': 90, 'lede:done': 95 });
    expect(segments).toEqual({ 'part → first answer': 15, 'first answer → done': 5, 'part → done': 20 });
  });
});
