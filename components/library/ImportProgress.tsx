import type { ImportPhase } from '@/utils/library/import';
import { t } from '../../i18n/t';

export interface Progress {
  phase: ImportPhase;
  done: number;
  /** 0 while the file is still being read: the bar then shows activity without a value. */
  total: number;
}

/** How far an import has got, with the one way out: Cancel (nothing of the file is written). */
export function ImportProgress({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const { phase, done, total } = progress;
  const words = total === 0 ? t('libraryImportReading') : t(phase === 'checking' ? 'libraryImportChecking' : 'libraryImportWriting', [String(done), String(total)]);
  return (
    <div class="import-progress" role="status">
      {total === 0 ? <progress aria-label={t('libraryImportProgress')} /> : <progress aria-label={t('libraryImportProgress')} max={total} value={done} />}
      <span>{words}</span>
      <button type="button" onClick={onCancel}>
        {t('libraryImportCancel')}
      </button>
    </div>
  );
}
