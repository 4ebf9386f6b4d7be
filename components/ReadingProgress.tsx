import { useEffect, useState } from 'preact/hooks';

/** How far through `scroller` (or the window) the reader is, from 0 to 1; one update per frame. */
function useScrollProgress(scroller: HTMLElement | null): number {
  const [progress, setProgress] = useState(0);
  useEffect(() => {
    const target: HTMLElement | Window = scroller ?? window;
    const metrics = scroller ?? document.documentElement;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const room = metrics.scrollHeight - metrics.clientHeight;
      setProgress(room > 0 ? Math.min(1, Math.max(0, metrics.scrollTop / room)) : 0);
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    target.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    return () => {
      target.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [scroller]);
  return progress;
}

/**
 * A thin bar that fills as the reader scrolls. Hidden from assistive tech: the scroll
 * position is already announced by the scrollable region itself.
 */
export function ReadingProgress({ scroller }: { scroller: HTMLElement | null }) {
  const progress = useScrollProgress(scroller);
  return (
    <div class="reading-progress" aria-hidden="true">
      <div class="reading-progress-bar" style={{ transform: `scaleX(${progress})` }} />
    </div>
  );
}
