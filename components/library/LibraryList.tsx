import { memo } from 'preact/compat';
import type { LibraryEntry } from '@/utils/library/schema';
import { t } from '../../i18n/t';
import { formatSavedAt } from '@/utils/format/dates';

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
const ItemRow = memo(function ItemRow({ item, checked, locale, onToggle, onOpen }: RowProps) {
  const meta = [item.siteName, t('librarySavedOn', formatSavedAt(item.savedAt, locale)), item.lang].filter((part): part is string => Boolean(part));
  return (
    <li class="library-item">
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

/** The saved outlines, newest saved first, each with a checkbox for delete and export. */
export function LibraryList({ items, selected, locale, onToggle, onToggleAll, onOpen }: Props) {
  const allChecked = items.length > 0 && items.every((item) => selected.has(item.id));
  return (
    <div class="library-list">
      <label class="library-select-all">
        <input type="checkbox" checked={allChecked} onChange={() => onToggleAll(!allChecked)} />
        {t('librarySelectAll')}
      </label>
      <ul class="library-items">
        {items.map((item) => (
          <ItemRow key={item.id} item={item} checked={selected.has(item.id)} locale={locale} onToggle={onToggle} onOpen={onOpen} />
        ))}
      </ul>
    </div>
  );
}
