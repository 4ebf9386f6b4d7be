import { citationsOf, type CitableRecord } from './model';
import { toCslJson } from './csl-json';
import { toBibtex } from './bibtex';
import { toRis } from './ris';

/** The citation formats the library exports; the file it makes for each. */
export type CitationFormat = 'csl-json' | 'bibtex' | 'ris';

export const CITATION_FORMATS: readonly CitationFormat[] = ['csl-json', 'bibtex', 'ris'];

const FILES: Record<CitationFormat, { extension: string; type: string; write: (records: readonly CitableRecord[]) => string }> = {
  'csl-json': { extension: 'json', type: 'application/vnd.citationstyles.csl+json', write: (records) => toCslJson(citationsOf(records)) },
  bibtex: { extension: 'bib', type: 'application/x-bibtex', write: (records) => toBibtex(citationsOf(records)) },
  ris: { extension: 'ris', type: 'application/x-research-info-systems', write: (records) => toRis(citationsOf(records)) },
};

export interface CitationFile {
  text: string;
  fileName: string;
  type: string;
}

/** The records' citations as one file, named for the day ("lede-citations-2026-11-30.bib"). */
export function citationFile(records: readonly CitableRecord[], format: CitationFormat, exportedAt: number): CitationFile {
  const file = FILES[format];
  const day = new Date(exportedAt).toISOString().slice(0, 10);
  const suffix = format === 'csl-json' ? '.csl' : '';
  return { text: file.write(records), fileName: `lede-citations-${day}${suffix}.${file.extension}`, type: file.type };
}
