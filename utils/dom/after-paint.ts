import { nextTask } from './next-task';

/**
 * A frame that a hidden page never draws does not hold what waits for it longer than this
 * (a timer: throttled to a second in a hidden page, still an end).
 */
const PAINT_WAIT_MS = 250;

/**
 * Resolves in the first task after the next frame is drawn: what the view rendered before the
 * call is on screen by then. At once in a hidden page, which draws no frames.
 */
export function afterPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, PAINT_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      void nextTask().then(resolve);
    });
  });
}
