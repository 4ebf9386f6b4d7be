import { Fragment } from 'preact';
import { memo } from 'preact/compat';
import { useMemo } from 'preact/hooks';
import type { LibraryEntry } from '@/utils/library/schema';
import { t } from '../../i18n/t';
import { formatSavedAt } from '@/utils/format/saved-at';
import { useRowWindow } from '@/hooks/use-row-window';

interface Props {
  items: LibraryEntry[];
  selected: ReadonlySet<string>;
  locale: string;
  onToggle: (id: string) => void;
  onToggleAll: (select: boolean) => void;
  onOpen: (id: string) => void;
}

interface RowProps {
  item: LibraryEntry;
  /** Place in the whole list (1-based) and its length: a windowed list renders only some rows. */
  position: number;
  setSize: number;
  checked: boolean;
  locale: string;
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
}

/**
 * Saved text is page text: it is shown only as text nodes, never parsed as markup.
 * Memoised: each keystroke re-renders the page around the list, and rows whose record,
 * checkbox and handlers did not change need not be rebuilt.
 */
const ItemRow = memo(function ItemRow({ item, position, setSize, checked, locale, onToggle, onOpen }: RowProps) {
  const meta = [item.siteName, t('librarySavedOn', formatSavedAt(item.savedAt, locale)), item.lang].filter((part): part is string => Boolean(part));
  return (
    <li class="library-item" data-id={item.id} aria-posinset={position} aria-setsize={setSize}>
      <input type="checkbox" checked={checked} aria-label={t('librarySelect', item.title)} onChange={() => onToggle(item.id)} />
      <div class="library-item-body">
        <button type="button" class="library-item-title" lang={item.lang ?? undefined} dir={item.dir} onClick={() => onOpen(item.id)}>
          {item.title || item.url}
        </button>
        <p class="library-item-meta">{meta.join(' · ')}</p>
        {item.note && <p class="library-item-note">{item.note}</p>}
        {item.tags.length > 0 && (
          <ul class="library-tags" aria-label={t('libraryTagsHeading')}>
            {item.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
});

/** The height of rows not rendered: no list item for assistive technology, only space. */
function Spacer({ px }: { px: number }) {
  return <li class="library-spacer" role="presentation" aria-hidden="true" style={{ height: `${px}px` }} />;
}

/**
 * The saved outlines, newest saved first, each with a checkbox for delete and export. A long
 * list renders only the rows on and near the screen (hooks/use-row-window.ts); each row says its
 * place in the whole list, so a screen reader still hears "3 of 2,000".
 */
export function LibraryList({ items, selected, locale, onToggle, onToggleAll, onOpen }: Props) {
  const allChecked = items.length > 0 && items.every((item) => selected.has(item.id));
  const ids = useMemo(() => items.map((item) => item.id), [items]);
  const rowWindow = useRowWindow(ids);
  const onFocusIn = (event: FocusEvent) => {
    const row = (event.target as HTMLElement | null)?.closest<HTMLElement>('.library-item');
    const index = row ? ids.indexOf(row.dataset.id ?? '') : -1;
    if (index >= 0) rowWindow.onRowFocus(index);
  };
  const onFocusOut = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    if (!to || !(event.currentTarget as HTMLElement).contains(to)) rowWindow.onRowFocus(null);
  };
  return (
    <div class="library-list">
      <label class="library-select-all">
        <input type="checkbox" checked={allChecked} onChange={() => onToggleAll(!allChecked)} />
        {t('librarySelectAll')}
      </label>
      <ul class="library-items" ref={rowWindow.listRef} onFocusIn={onFocusIn} onFocusOut={onFocusOut}>
        {rowWindow.rows.map(({ index, gapBefore }) => {
          const item = items[index];
          if (!item) return null;
          return (
            <Fragment key={item.id}>
              {gapBefore > 0 && <Spacer px={gapBefore} />}
              <ItemRow item={item} position={index + 1} setSize={items.length} checked={selected.has(item.id)} locale={locale} onToggle={onToggle} onOpen={onOpen} />
            </Fragment>
          );
        })}
        {rowWindow.after > 0 && <Spacer px={rowWindow.after} />}
      </ul>
    </div>
  );
}
