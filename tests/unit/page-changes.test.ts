import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RECHECK_MS, watchPageChanges } from '@/clients/page-changes';
import { grewMaterially } from '@/utils/article/page-growth';
import { tabRead as read } from './support/tab-read';

describe('watchPageChanges: a page read while still loading', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads it again while it loads and says so once the article grew by more than a tenth', async () => {
    const reads = [read(420, true), read(900, false)];
    const readTab = vi.fn(async () => reads.shift() ?? read(900, false));
    const changed = vi.fn();
    watchPageChanges(7, read(400, true), readTab, changed);
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(readTab).toHaveBeenCalledTimes(1);
    expect(changed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(readTab).toHaveBeenCalledTimes(2);
    expect(changed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(RECHECK_MS * 4);
    expect(readTab).toHaveBeenCalledTimes(2);
  });

  it('stops once the page has loaded without growing, and never watches a page read after its load', async () => {
    const readTab = vi.fn(async () => read(410, false));
    const changed = vi.fn();
    watchPageChanges(7, read(400, true), readTab, changed);
    watchPageChanges(8, read(400, false), readTab, changed);
    await vi.advanceTimersByTimeAsync(RECHECK_MS * 5);
    expect(readTab).toHaveBeenCalledTimes(1);
    expect(changed).not.toHaveBeenCalled();
  });

  it('gives up on a page that never stops loading after four looks, and on stop', async () => {
    const readTab = vi.fn(async () => read(400, true));
    watchPageChanges(7, read(400, true), readTab, vi.fn());
    await vi.advanceTimersByTimeAsync(RECHECK_MS * 10);
    expect(readTab).toHaveBeenCalledTimes(4);
    const stopped = vi.fn(async () => read(400, true));
    watchPageChanges(9, read(400, true), stopped, vi.fn())();
    await vi.advanceTimersByTimeAsync(RECHECK_MS * 2);
    expect(stopped).not.toHaveBeenCalled();
  });

  it('counts growth of more than 10 % as material: 440 of 400 words is not, 441 is', () => {
    expect(grewMaterially(400, 440)).toBe(false);
    expect(grewMaterially(400, 441)).toBe(true);
  });
});
