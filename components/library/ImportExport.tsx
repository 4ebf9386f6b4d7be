import { useState } from 'preact/hooks';
import type { ExportedOutline } from '@/utils/library/schema';
import { exportFileName, libraryToJson, libraryToMarkdown } from '@/utils/library/export';
import { checkImportSize, type ImportResult } from '@/utils/library/import';
import { t } from '../../i18n/t';
import { libraryMarkdownLabels } from '../../i18n/markdown-labels';
import { downloadText } from '../../clients/download';
import { writeFailureMessage } from '../../i18n/write-failure-message';

interface Props {
  /** The records to export: the selection, or all when `ids` is undefined. */
  readRecords: (ids?: readonly string[]) => Promise<ExportedOutline[]>;
  /** Imports a JSON export; the library client tells other pages. */
  importText: (text: string) => Promise<ImportResult>;
  selectedIds: readonly string[];
  /** Called after an import wrote something, so the list and filters reload. */
  onImported: () => void;
}

type Kind = 'md' | 'json';

async function exportRecords(records: readonly ExportedOutline[], kind: Kind): Promise<void> {
  const now = Date.now();
  const text = kind === 'json' ? libraryToJson(records, now) : libraryToMarkdown(records, now, libraryMarkdownLabels());
  downloadText(text, exportFileName(kind, now), kind === 'json' ? 'application/json' : 'text/markdown');
}

async function importFile(importText: Props['importText'], file: File): Promise<{ ok: boolean; message: string }> {
  // Refused by size before reading: a 2 GB file must not be loaded into the page.
  const tooLarge = checkImportSize(file.size);
  if (tooLarge) return { ok: false, message: t('libraryImportRefused', tooLarge.message) };
  const result = await importText(await file.text());
  if (result.ok) {
    const { added, updated, unchanged } = result.counts;
    return { ok: true, message: t('libraryImported', [String(added), String(updated), String(unchanged)]) };
  }
  if (result.reason === 'quota' || result.reason === 'failed') return { ok: false, message: writeFailureMessage({ ...result, reason: result.reason }) };
  return { ok: false, message: t('libraryImportRefused', result.message) };
}

/** Export all or the selection as Markdown or JSON; import a JSON export back, with the reason if it is refused. */
export function ImportExport({ readRecords, importText, selectedIds, onImported }: Props) {
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const hasSelection = selectedIds.length > 0;
  const ids = hasSelection ? selectedIds : undefined;

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const outcome = await importFile(importText, file);
    setStatus(outcome);
    if (outcome.ok) onImported();
  };

  return (
    <section class="import-export" aria-label={t('libraryImportExportHeading')}>
      <button type="button" onClick={() => void readRecords(ids).then((records) => exportRecords(records, 'md'))}>
        {t(hasSelection ? 'libraryExportSelectedMarkdown' : 'libraryExportAllMarkdown')}
      </button>
      <button type="button" onClick={() => void readRecords(ids).then((records) => exportRecords(records, 'json'))}>
        {t(hasSelection ? 'libraryExportSelectedJson' : 'libraryExportAllJson')}
      </button>
      <label class="import-button">
        {t('libraryImport')}
        <input type="file" accept=".json,application/json" class="visually-hidden" onChange={(e) => void onFile(e.currentTarget)} />
      </label>
      {status && (
        <p class={status.ok ? 'library-notice' : 'library-error'} role={status.ok ? 'status' : 'alert'}>
          {status.message}
        </p>
      )}
    </section>
  );
}
