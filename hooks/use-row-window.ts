import { useCallback, useEffect, useLayoutEffect, useRef, useState, type MutableRef } from 'preact/hooks';

/** Up to this many rows render whole; a longer list renders the rows on screen and a margin. */
export const WINDOW_FROM = 120;
/** A row's height before it has been measured: a title, the site line and a note. */
const ESTIMATED_ROW_PX = 84;
/** Rows kept rendered above and below the screen, so a fast scroll shows no gap. */
const MARGIN_PX = 1_200;

export interface RowWindow {
  /** The rows to render, in order, each with the space of the unrendered rows just above it. */
  rows: { index: number; gapBefore: number }[];
  /** The space of the unrendered rows below the last one rendered. */
  after: number;
  listRef: MutableRef<HTMLUListElement | null>;
  /** Called with the index of the row that took focus (null when focus left the list): it stays rendered while it holds it. */
  onRowFocus: (index: number | null) => void;
}

function offsets(ids: readonly string[], heights: ReadonlyMap<string, number>): Float64Array {
  const tops = new Float64Array(ids.length + 1);
  for (let i = 0; i < ids.length; i++) tops[i + 1] = (tops[i] ?? 0) + (heights.get(ids[i] ?? '') ?? ESTIMATED_ROW_PX);
  return tops;
}

/** The first index whose row ends below `y`. */
function rowAt(tops: Float64Array, y: number): number {
  let low = 0;
  let high = tops.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tops[middle + 1] ?? 0) <= y) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Which rows of a long list to render: those within the window's view, by measured heights
 * (estimated until a row has been shown once). The page scrolls as usual; spacers keep the
 * list's full height, so the scroll bar and a reader's position stay true.
 */
export function useRowWindow(ids: readonly string[]): RowWindow {
  const listRef = useRef<HTMLUListElement | null>(null);
  const heights = useRef(new Map<string, number>());
  const focused = useRef<number | null>(null);
  const [view, setView] = useState({ top: 0, bottom: typeof innerHeight === 'number' ? innerHeight : 800 });
  const windowed = ids.length > WINDOW_FROM;

  const measureView = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const top = -list.getBoundingClientRect().top;
    setView((old) => (Math.abs(old.top - top) < 40 && old.bottom - old.top === innerHeight ? old : { top, bottom: top + innerHeight }));
  }, []);

  useEffect(() => {
    if (!windowed) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measureView);
    };
    measureView();
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', onScroll);
      removeEventListener('resize', onScroll);
    };
  }, [windowed, measureView]);

  // Rows measured once keep their height: the padding then matches what the rows would take.
  useLayoutEffect(() => {
    if (!windowed) return;
    for (const row of listRef.current?.children ?? []) {
      const id = (row as HTMLElement).dataset.id;
      if (id) heights.current.set(id, (row as HTMLElement).offsetHeight);
    }
  });

  const onRowFocus = (index: number | null) => {
    focused.current = index;
  };
  if (!windowed) return { rows: ids.map((_, index) => ({ index, gapBefore: 0 })), after: 0, listRef, onRowFocus };
  const tops = offsets(ids, heights.current);
  const start = rowAt(tops, view.top - MARGIN_PX);
  const end = Math.min(ids.length, rowAt(tops, view.bottom + MARGIN_PX) + 1);
  const indices = Array.from({ length: end - start }, (_, i) => start + i);
  // The row holding focus stays in the document, where it belongs, so a scroll never drops keyboard focus.
  const keep = focused.current;
  if (keep !== null && keep < ids.length && (keep < start || keep >= end)) indices.push(keep);
  indices.sort((a, b) => a - b);
  let next = 0;
  const rows = indices.map((index) => {
    const gapBefore = (tops[index] ?? 0) - (tops[next] ?? 0);
    next = index + 1;
    return { index, gapBefore };
  });
  return { rows, after: (tops[ids.length] ?? 0) - (tops[next] ?? 0), listRef, onRowFocus };
}
