import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Annotation, SavedOutline, WriteFailure } from '@/utils/library/schema';
import { cleanAnnotationNote, newAnnotation } from '@/utils/library/annotations';
import { MARK_CLASS, MARK_ID_ATTRIBUTE, drawHighlights, selectedQuote } from '@/utils/dom/highlight-marks';
import { t } from '../../i18n/t';
import { writeFailureMessage } from '../../i18n/write-failure-message';
import { HighlightList } from './HighlightList';
import { HighlightNoteEditor } from './HighlightNoteEditor';

export interface HighlightsProps {
  record: SavedOutline;
  /** The rendered article; `bodyVersion` changes each time it is rendered again (images loaded), so marks are drawn again. */
  body: HTMLElement | null;
  bodyVersion: number;
  onSave: (annotations: Annotation[]) => Promise<{ ok: true; record: SavedOutline } | WriteFailure>;
  onSaved: (record: SavedOutline) => void;
}

/** Where the popover shows: under the selection or the mark, in page coordinates. */
interface Place {
  top: number;
  left: number;
}

type Popover = { kind: 'selection'; range: Range; place: Place } | { kind: 'new-note'; range: Range; place: Place } | { kind: 'edit'; id: string; place: Place };

function placeUnder(rect: DOMRect): Place {
  return { top: rect.bottom + window.scrollY + 6, left: Math.max(8, rect.left + window.scrollX) };
}

function selectionIn(body: HTMLElement): Range | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  return body.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
}

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function markOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(`mark.${MARK_CLASS}`) : null;
}

/**
 * Highlights with notes on a saved article: select words, press Highlight (or H), optionally
 * write a note; click a highlight to change its note or remove it. Each change is written at
 * once; the marks are drawn again from the stored highlights, never kept as markup.
 */
export function Highlights({ record, body, bodyVersion, onSave, onSaved }: HighlightsProps) {
  const annotations = record.annotations ?? [];
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [popover, setPopover] = useState<Popover | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const popoverRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (body) setMissing(drawHighlights(body, annotations));
  }, [body, bodyVersion, record.annotations]);

  const save = async (next: Annotation[]): Promise<boolean> => {
    const result = await onSave(next);
    if (!result.ok) {
      setError(writeFailureMessage(result));
      return false;
    }
    setError(null);
    onSaved(result.record);
    return true;
  };

  const create = async (range: Range, note: string) => {
    if (!body) return;
    const quote = selectedQuote(body, range);
    setPopover(null);
    if (!quote) return;
    document.getSelection()?.removeAllRanges();
    await save([...annotations, newAnnotation(quote, note, Date.now())]);
  };
  // The popover learns of a new selection one frame late; a button pressed within that frame
  // must take the words the reader now sees selected, not the ones selected before.
  const liveRange = (shown: Range): Range => (body && selectionIn(body)) ?? shown;
  const setNote = (id: string, note: string) => save(annotations.map((a) => (a.id === id ? { ...a, note: cleanAnnotationNote(note) } : a)));
  const remove = (id: string) => save(annotations.filter((a) => a.id !== id));

  // The popover follows the selection in the article; while a note is being written it stays put.
  useEffect(() => {
    if (!body) return;
    let frame = 0;
    const follow = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const range = selectionIn(body);
        setPopover((current) => {
          if (current && current.kind !== 'selection') return current;
          return range ? { kind: 'selection', range, place: placeUnder(range.getBoundingClientRect()) } : null;
        });
      });
    };
    document.addEventListener('selectionchange', follow);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', follow);
    };
  }, [body]);

  // A click on a highlight (or Enter on one reached by "Show in text") opens its note.
  useEffect(() => {
    if (!body) return;
    const openMark = (mark: HTMLElement) => {
      const id = mark.getAttribute(MARK_ID_ATTRIBUTE);
      if (id) setPopover({ kind: 'edit', id, place: placeUnder(mark.getBoundingClientRect()) });
    };
    const onClick = (event: MouseEvent) => {
      const mark = markOf(event.target);
      if (mark && document.getSelection()?.isCollapsed !== false) openMark(mark);
    };
    const onKey = (event: KeyboardEvent) => {
      const mark = markOf(event.target);
      if (mark && event.key === 'Enter') openMark(mark);
    };
    body.addEventListener('click', onClick);
    body.addEventListener('keydown', onKey);
    return () => {
      body.removeEventListener('click', onClick);
      body.removeEventListener('keydown', onKey);
    };
  }, [body]);

  // H highlights the selection from the keyboard (caret browsing, or a selection made with the mouse).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'h' || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target) || !body) return;
      const range = selectionIn(body);
      if (!range) return;
      event.preventDefault();
      void create(range, '');
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setPopover(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('keydown', onEscape);
    };
  });

  const showInText = (id: string) => {
    const mark = body?.querySelector<HTMLElement>(`mark[${MARK_ID_ATTRIBUTE}="${id}"]`);
    if (!mark) return;
    mark.setAttribute('tabindex', '-1');
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  };

  const editingNow = popover?.kind === 'edit' ? annotations.find((a) => a.id === popover.id) : undefined;
  return (
    <>
      {popover && (popover.kind !== 'edit' || editingNow) && (
        <div
          ref={popoverRef}
          class="highlight-popover"
          role="dialog"
          aria-label={t('libraryHighlightsLabel')}
          style={{ top: `${popover.place.top}px`, left: `${popover.place.left}px` }}
        >
          {popover.kind === 'selection' && (
            // Pressing a button must not take the selection away before it is read.
            <div class="highlight-buttons" onMouseDown={(event) => event.preventDefault()}>
              <button type="button" class="highlight-create" aria-keyshortcuts="h" onClick={() => void create(liveRange(popover.range), '')}>
                {t('libraryHighlight')}
              </button>
              <button type="button" onClick={() => setPopover({ ...popover, kind: 'new-note', range: liveRange(popover.range) })}>
                {t('libraryHighlightWithNote')}
              </button>
            </div>
          )}
          {popover.kind === 'new-note' && <HighlightNoteEditor initial="" onSave={(note) => void create(popover.range, note)} onCancel={() => setPopover(null)} />}
          {popover.kind === 'edit' && editingNow && (
            <HighlightNoteEditor
              initial={editingNow.note}
              onSave={(note) => void setNote(editingNow.id, note).then(() => setPopover(null))}
              onCancel={() => setPopover(null)}
              onRemove={() => void remove(editingNow.id).then(() => setPopover(null))}
            />
          )}
        </div>
      )}
      {error && (
        <p class="library-error" role="alert">
          {error}
        </p>
      )}
      <HighlightList
        annotations={annotations}
        missing={missing}
        editing={editing}
        lang={record.lang ?? undefined}
        dir={record.dir}
        onShow={showInText}
        onEdit={setEditing}
        onSaveNote={(id, note) => void setNote(id, note).then((ok) => ok && setEditing(null))}
        onRemove={(id) => void remove(id)}
      />
    </>
  );
}
