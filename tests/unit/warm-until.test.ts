import { describe, expect, it } from 'vitest';
import { warmUntil } from '@/utils/warm-until';

/** A finisher whose warm-up records, at each of its steps, whether it was told to stop. */
function recordingFinisher(seen: boolean[]) {
  return Promise.resolve({
    warmFinisher: async (stop: () => boolean, pause: () => Promise<void>) => {
      while (!stop()) {
        seen.push(false);
        await pause();
      }
      seen.push(true);
    },
  });
}

describe('warming the finishing code while the page does its part (utils/warm-until.ts)', () => {
  it('gives the part as it comes, and the warm-up runs until then and stops', async () => {
    const seen: boolean[] = [];
    let answer: (value: string) => void = () => undefined;
    const part = new Promise<string>((resolve) => (answer = resolve));
    const read = warmUntil(part, recordingFinisher(seen));
    await new Promise((resolve) => setTimeout(resolve, 20));
    answer('the part');
    expect(await read).toBe('the part');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(true);
    expect(seen.slice(0, -1).every((stopped) => !stopped)).toBe(true);
  });

  it('passes a failed part on, and a finisher that fails to load leaves the read as it is', async () => {
    await expect(warmUntil(Promise.reject(new Error('no tab')), recordingFinisher([]))).rejects.toThrow('no tab');
    await expect(warmUntil(Promise.resolve(7), Promise.reject(new Error('chunk missing')))).resolves.toBe(7);
  });
});
