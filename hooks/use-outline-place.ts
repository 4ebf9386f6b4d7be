import { useEffect, useRef, useState } from 'preact/hooks';
import type { Anchor } from '@/utils/outline/types';
import { jumpToAnchor } from '@/utils/dom/jump-to-anchor';
import { useNarrow } from './use-narrow';

/** Back to the item the reader was on (the roving tabindex's stop), else the first. */
function focusOutlineItem(root: HTMLElement | null): void {
  (root?.querySelector<HTMLElement>('.outline .outline-item[tabindex="0"]') ?? root?.querySelector<HTMLElement>('.outline .outline-item'))?.focus();
}

export interface OutlinePlace {
  /** Under 600 px: the outline is a panel under the toolbar, folded until asked for. */
  narrow: boolean;
  shown: boolean;
  toggle: () => void;
  /** O: to the outline, opening it first when it is folded or hidden. */
  focus: () => void;
  /** Escape on the narrow outline: closed, focus back on its toggle. Absent when there is nothing to close. */
  closeNarrow: (() => void) | undefined;
  jump: (anchor: Anchor) => void;
}

/**
 * Where the outline is and whether it shows: beside the article when the view is wide (the
 * reader may hide it), folded into a toggle when narrow. `root` is the reading view, `body`
 * the article's body, `toggleButton` finds the toolbar's toggle to return focus to.
 */
export function useOutlinePlace(root: HTMLElement | null, body: HTMLElement | null, toggleButton: () => HTMLElement | null | undefined): OutlinePlace {
  const narrow = useNarrow(root);
  // null: the width decides (beside the article when wide, folded when narrow).
  const [open, setOpen] = useState<boolean | null>(null);
  const shown = open ?? !narrow;
  const wantFocus = useRef(false);
  useEffect(() => setOpen(null), [narrow]);
  useEffect(() => {
    if (!wantFocus.current || !shown) return;
    wantFocus.current = false;
    focusOutlineItem(root);
  });
  return {
    narrow,
    shown,
    toggle: () => setOpen(!shown),
    focus: () => {
      if (shown) {
        focusOutlineItem(root);
        return;
      }
      // Focused once the opened outline is drawn.
      wantFocus.current = true;
      setOpen(true);
    },
    closeNarrow:
      narrow && shown
        ? () => {
            setOpen(false);
            toggleButton()?.focus();
          }
        : undefined,
    jump: (anchor) => {
      if (!narrow) {
        jumpToAnchor(body, anchor);
        return;
      }
      // The folded outline closes first, so the jump lands where the article is then shown.
      setOpen(false);
      requestAnimationFrame(() => jumpToAnchor(body, anchor));
    },
  };
}
