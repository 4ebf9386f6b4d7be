import { useLayoutEffect } from 'preact/hooks';
import type { LibraryPage } from '@/utils/library/search';
import { t } from '../../i18n/t';
import { LibraryList } from './LibraryList';
import { RESULTS_SHOWN_MARK } from '../../hooks/use-library-page';
import { savedCountLabel } from '../../i18n/library-format';

interface Props {
  page: LibraryPage;
  /** The library holds nothing at all, as opposed to nothing matching the search. */
  emptyLibrary: boolean;
  selected: ReadonlySet<string>;
  locale: string;
  onToggle: (id: string) => void;
  onSelect: (ids: ReadonlySet<string>) => void;
  onOpen: (id: string) => void;
  onLoadMore: () => void;
}

/** The count, the list of one page of results and "Show more". */
export function LibraryResults({ page, emptyLibrary, selected, locale, onToggle, onSelect, onOpen, onLoadMore }: Props) {
  useLayoutEffect(() => {
    performance.mark(RESULTS_SHOWN_MARK, { detail: { total: page.total, partial: page.partial === true } });
  }, [page]);

  return (
    <>
      <p class="library-total" role="status">
        {page.partial
          ? t('libraryCountAtLeast', new Intl.NumberFormat(locale).format(page.total))
          : page.approximate
            ? t('libraryCountAtMost', new Intl.NumberFormat(locale).format(page.total))
            : savedCountLabel(page.total, locale)}
      </p>
      {page.total === 0 ? (
        <p class="library-muted">{emptyLibrary ? t('libraryEmpty') : t('libraryNoMatch')}</p>
      ) : (
        <LibraryList
          items={page.items}
          selected={selected}
          locale={locale}
          onToggle={onToggle}
          onToggleAll={(all) => onSelect(all ? new Set(page.items.map((item) => item.id)) : new Set())}
          onOpen={onOpen}
        />
      )}
      {page.items.length < page.total && (
        <button type="button" class="library-more" onClick={onLoadMore}>
          {t('libraryLoadMore')}
        </button>
      )}
    </>
  );
}
