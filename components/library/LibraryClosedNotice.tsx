import type { LibraryClosedReason } from '@/utils/library/db';
import { t } from '../../i18n/t';

/**
 * Shown when this page's connection to the library is gone (a newer release took the
 * database, or the browser closed it): every read and write would fail from then on, so
 * the page says so and offers the one thing that helps, a reload.
 */
export function LibraryClosedNotice({ reason, onReload }: { reason: LibraryClosedReason; onReload: () => void }) {
  return (
    <div class="library-closed" role="alert">
      <p>{t(reason === 'newer-version' ? 'libraryClosedByUpdate' : 'libraryClosedByBrowser')}</p>
      <button type="button" onClick={onReload}>
        {t('libraryReload')}
      </button>
    </div>
  );
}
