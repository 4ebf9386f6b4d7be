import { describe, expect, it } from 'vitest';
import { prepareInput, prepareInputInSlices } from '@/utils/outline/input';
import { buildOutline, buildOutlineInSteps } from '@/utils/outline/build-outline';
import { NEVER_TIME_UP } from '@/utils/deadline';
import { articleFromParagraphs } from '../../../scripts/lib/text-article';

/** tests/e2e/pages/hostile-layout.ts "thai-run": an English article around 60,000 Thai characters without a space. */
const THAI = 'ภาษาไทยเป็นภาษาที่ไม่เว้นวรรคระหว่างคำ';
const { article, blocks } = articleFromParagraphs(
  [
    'The harbour authority will run fewer ferries on weekday evenings from the first of December, it said on Monday.',
    THAI.repeat(Math.ceil(60_000 / THAI.length)),
    'A public meeting on the changes will be held at the ferry terminal on the twentieth of November.',
  ],
  'en',
  'Thai without a break',
);

describe('the outline of a long unspaced run, in slices', () => {
  it('prepares the 20,000 characters it reads of the run in many slices, with the same input as in one piece', () => {
    const steps = prepareInputInSlices(article, blocks, () => true);
    let slices = 1;
    let step = steps.next();
    for (; !step.done; step = steps.next()) slices++;
    // At least one slice per window of 1,000 characters of the run (utils/text/tokens.ts).
    expect(slices).toBeGreaterThanOrEqual(20);
    expect(step.value).toEqual(prepareInput(article, blocks));
  });

  it('pauses before its first step and once a slice has run its time, and gives the same outline', async () => {
    let clock = 0;
    let pauses = 0;
    // Each look at the clock is 25 ms later, longer than a slice may run: every step is a slice.
    const outline = await buildOutlineInSteps(article, blocks, NEVER_TIME_UP, async () => void pauses++, () => (clock += 25));
    expect(pauses).toBeGreaterThanOrEqual(20);
    expect(outline).toEqual(buildOutline(article, blocks));
  });
});
