// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { finishSampleSteps, warmFinisher } from '@/utils/warm-finisher';
import { runToEnd } from '@/utils/steps';

describe('the finishing code warmed on a sample while the page does its part (utils/warm-finisher.ts)', () => {
  it('reads the sample as the article it is, so the warm-up runs the paths a real read runs', () => {
    const read = runToEnd(finishSampleSteps(new DOMParser()));
    if (!read.ok) throw new Error(read.reason);
    expect(read.article).toMatchObject({ title: 'A bridge reopens', byline: 'Jane Doe', siteName: 'The Daily', lang: 'en', readerable: true });
    expect(read.article.published).toMatch(/^2024-01-26/u);
    expect(read.article.figures).toEqual([expect.objectContaining({ caption: 'The bridge on Friday morning.', credit: 'Photo: John Smith' })]);
    expect(read.article.text).toContain('We waited a long time for this day');
  });

  it('runs one step per task, to the end, when the page takes its time', async () => {
    let pauses = 0;
    await warmFinisher(() => false, async () => void pauses++);
    expect(pauses).toBeGreaterThan(10);
  });

  it('runs nothing once the page’s part is in, and stops at the next step when it comes in', async () => {
    let pauses = 0;
    await warmFinisher(() => true, async () => void pauses++);
    expect(pauses).toBe(0);
    await warmFinisher(() => pauses >= 3, async () => void pauses++);
    expect(pauses).toBe(3);
  });
});
