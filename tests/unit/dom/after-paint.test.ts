// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '@/utils/dom/after-paint';

describe('afterPaint (utils/dom/after-paint.ts)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('resolves in a task after the next frame, not in the frame itself', async () => {
    const order: string[] = [];
    let frame: FrameRequestCallback = () => undefined;
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frame = callback;
      return 1;
    });
    const painted = afterPaint().then(() => order.push('after paint'));
    frame(0);
    order.push('frame');
    await painted;
    expect(order).toEqual(['frame', 'after paint']);
  });

  it('does not wait for a frame in a hidden page, which draws none', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    await afterPaint();
    expect(frame).not.toHaveBeenCalled();
  });

  it('ends after a while when no frame comes (a page hidden after the call)', async () => {
    vi.useFakeTimers();
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
    const done = vi.fn();
    void afterPaint().then(done);
    await vi.advanceTimersByTimeAsync(300);
    expect(done).toHaveBeenCalled();
    vi.useRealTimers();
  });
});
