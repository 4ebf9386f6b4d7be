import { useRef, useState } from 'preact/hooks';
import type { RecordsForExport } from '@/utils/library/export';
import type { ImportOptions, ImportPhase, ImportResult } from '@/utils/library/import';
import { t } from '../../i18n/t';
import { libraryMarkdownLabels } from '../../i18n/markdown-labels';
import { downloadText } from '../../clients/download';
import { writeFailureMessage } from '../../i18n/write-failure-message';
import { ImportProgress, type Progress } from './ImportProgress';

interface Props {
  /** The records to export: the selection, or all when `ids` is undefined. */
  readRecords: (ids?: readonly string[]) => Promise<RecordsForExport>;
  /** Imports a JSON export; the library client tells other pages. */
  importText: (text: string, options: Pick<ImportOptions, 'signal' | 'onProgress'>) => Promise<ImportResult>;
  selectedIds: readonly string[];
  /** Called after an import wrote something, so the list and filters reload. */
  onImported: () => void;
}

type Kind = 'md' | 'json';
type Status = { ok: boolean; message: string };
/** `wrote`: the library changed, so the list reloads. */
type Outcome = Status & { wrote: boolean };

// The writers and the import's checks are fetched on the first press: the library page opens without them.
async function exportRecords({ records, merges, splits }: Pick<RecordsForExport, 'records' | 'merges' | 'splits'>, kind: Kind): Promise<void> {
  const { exportFileName, libraryToJson, libraryToMarkdown } = await import('@/utils/library/export');
  const now = Date.now();
  const text = kind === 'json' ? libraryToJson(records, now, merges, splits) : libraryToMarkdown(records, now, libraryMarkdownLabels());
  downloadText(text, exportFileName(kind, now), kind === 'json' ? 'application/json' : 'text/markdown');
}

function importOutcome(result: ImportResult): Outcome {
  if (result.ok) {
    const { added, updated, unchanged } = result.counts;
    return { ok: true, wrote: added + updated > 0, message: t('libraryImported', [String(added), String(updated), String(unchanged)]) };
  }
  if (result.reason === 'cancelled') return { ok: true, wrote: false, message: t('libraryImportCancelled') };
  if (result.reason === 'quota' || result.reason === 'failed') return { ok: false, wrote: false, message: writeFailureMessage({ ...result, reason: result.reason }) };
  return { ok: false, wrote: false, message: t('libraryImportRefused', result.message) };
}

async function importFile(importText: Props['importText'], file: File, options: Pick<ImportOptions, 'signal' | 'onProgress'>): Promise<Outcome> {
  // Refused by size before reading: a 2 GB file must not be loaded into the page.
  const { checkImportSize } = await import('@/utils/library/import');
  const tooLarge = checkImportSize(file.size);
  if (tooLarge) return { ok: false, wrote: false, message: t('libraryImportRefused', tooLarge.message) };
  try {
    return importOutcome(await importText(await file.text(), options));
  } catch (error) {
    // Reading the file can fail (moved or unreadable): that too is a sentence, not a silent stop.
    return { ok: false, wrote: false, message: t('libraryImportRefused', error instanceof Error ? error.message : String(error)) };
  }
}

/**
 * Export all or the selection as Markdown or JSON; import a JSON export back with its
 * progress, a Cancel button (a cancelled import writes nothing) and the reason if it is refused.
 */
export function ImportExport({ readRecords, importText, selectedIds, onImported }: Props) {
  const [status, setStatus] = useState<Status | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const importing = useRef<AbortController | null>(null);
  const hasSelection = selectedIds.length > 0;
  const ids = hasSelection ? selectedIds : undefined;

  const onExport = async (kind: Kind) => {
    const exported = await readRecords(ids);
    await exportRecords(exported, kind);
    const { skipped } = exported;
    setStatus(skipped > 0 ? { ok: false, message: t('libraryExportSkipped', String(skipped)) } : null);
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file || importing.current) return;
    const controller = new AbortController();
    importing.current = controller;
    setStatus(null);
    setProgress({ phase: 'checking', done: 0, total: 0 });
    const onProgress = (phase: ImportPhase, done: number, total: number) => setProgress({ phase, done, total });
    const outcome = await importFile(importText, file, { signal: controller.signal, onProgress });
    importing.current = null;
    setProgress(null);
    setStatus({ ok: outcome.ok, message: outcome.message });
    if (outcome.wrote) onImported();
  };

  return (
    <section class="import-export" aria-label={t('libraryImportExportHeading')}>
      <button type="button" onClick={() => void onExport('md')}>
        {t(hasSelection ? 'libraryExportSelectedMarkdown' : 'libraryExportAllMarkdown')}
      </button>
      <button type="button" onClick={() => void onExport('json')}>
        {t(hasSelection ? 'libraryExportSelectedJson' : 'libraryExportAllJson')}
      </button>
      <label class="import-button" aria-disabled={progress !== null}>
        {t('libraryImport')}
        <input type="file" accept=".json,application/json" class="visually-hidden" disabled={progress !== null} onChange={(e) => void onFile(e.currentTarget)} />
      </label>
      {progress && <ImportProgress progress={progress} onCancel={() => importing.current?.abort()} />}
      {status && (
        <p class={status.ok ? 'library-notice' : 'library-error'} role={status.ok ? 'status' : 'alert'}>
          {status.message}
        </p>
      )}
    </section>
  );
}
