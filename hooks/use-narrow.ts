import { useLayoutEffect, useState } from 'preact/hooks';

/** Below this width the outline no longer fits beside a column of 45 characters or more. */
export const NARROW_BELOW_PX = 600;

/**
 * Whether `el` is narrower than NARROW_BELOW_PX, followed as it resizes (a popup that the
 * browser squeezes, Firefox's overflow menu, a side panel dragged narrow, a phone).
 * Measured on the element, not the window: a popup's window is sized after its content.
 */
export function useNarrow(el: HTMLElement | null): boolean {
  const [narrow, setNarrow] = useState(() => window.innerWidth > 0 && window.innerWidth < NARROW_BELOW_PX);
  useLayoutEffect(() => {
    if (!el) return undefined;
    const measure = (width: number) => {
      if (width > 0) setNarrow(width < NARROW_BELOW_PX);
    };
    measure(el.getBoundingClientRect().width);
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) measure(entry.contentRect.width);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return narrow;
}
