import { useState } from 'preact/hooks';
import type { CitableRecord } from '@/utils/library/citations/model';
import type { CitationFormat } from '@/utils/library/citations/export-citations';
import { t, type MessageKey } from '../../i18n/t';
import { downloadText } from '../../clients/download';

/** What the buttons cite: one article, the selection, the search's results or the whole library. */
export type CitationScope = 'one' | 'selected' | 'results' | 'all';

interface Props {
  scope: CitationScope;
  /** The records of that scope, read when a button is pressed (the library may hold thousands). */
  readRecords: () => Promise<readonly CitableRecord[]>;
}

const LABELS: Record<CitationFormat, string> = { 'csl-json': 'CSL-JSON', bibtex: 'BibTeX', ris: 'RIS' };
const SCOPE_LABELS: Record<CitationScope, MessageKey> = {
  one: 'libraryCiteOne',
  selected: 'libraryCiteSelected',
  results: 'libraryCiteResults',
  all: 'libraryCiteAll',
};

/**
 * "Cite as CSL-JSON / BibTeX / RIS": a file made on this machine from what was saved,
 * nothing fetched. The writers are loaded on the first press, so the library page does
 * not carry them (nor the language packs the byline is read with) to open.
 */
export function CitationExport({ scope, readRecords }: Props) {
  const [busy, setBusy] = useState(false);
  const cite = async (format: CitationFormat) => {
    setBusy(true);
    try {
      const [{ citationFile }, records] = await Promise.all([import('@/utils/library/citations/export-citations'), readRecords()]);
      const file = citationFile(records, format, Date.now());
      downloadText(file.text, file.fileName, file.type);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="citation-export" role="group" aria-label={t(SCOPE_LABELS[scope])}>
      <span class="citation-export-label">{t(SCOPE_LABELS[scope])}</span>
      {(Object.keys(LABELS) as CitationFormat[]).map((format) => (
        <button type="button" key={format} disabled={busy} onClick={() => void cite(format)}>
          {LABELS[format]}
        </button>
      ))}
    </div>
  );
}
