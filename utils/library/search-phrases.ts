import { phraseWords, searchableParts } from './search-tokens';
import type { LibraryEntry, OutlineContent } from './schema';
import { CONTENTS, LIST_ENTRIES, type LibraryDatabase } from './db';

/** Whether `phrase` appears in `words` as a run of consecutive words. */
function holdsRun(words: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= words.length; start++) {
    let i = 0;
    while (i < phrase.length && words[start + i] === phrase[i]) i++;
    if (i === phrase.length) return true;
  }
  return false;
}

/**
 * Whether every phrase appears, its words one after another, within one searchable part of the
 * record (a title, a key point, a quote…): the same parts its search tokens come from. Words
 * are compared folded, so "dang uy" finds "Đảng ủy"; punctuation between them does not count.
 */
export function holdsPhrases(entry: LibraryEntry, content: OutlineContent | undefined, phrases: readonly (readonly string[])[]): boolean {
  if (phrases.length === 0) return true;
  // The reader's highlights are searchable too (recordTokens); read by shape, as the content keeps them.
  const annotations = (content as { annotations?: readonly { quote: string; note: string }[] } | undefined)?.annotations;
  const record = { ...entry, outline: content?.outline ?? { sections: [], quotes: [], keyPoints: [] }, annotations };
  const { strong, rest } = searchableParts(record);
  const parts = [...strong, ...rest].map((part) => phraseWords(part, entry.lang));
  return phrases.every((phrase) => parts.some((words) => holdsRun(words, phrase)));
}

/** Fewest records checked per transaction; otherwise as many as the page still lacks, so a page is usually one read. */
const MIN_BATCH = 20;

/** What one query's phrases said of each record already read (a key per query and record). */
export type PhraseVerdicts = Map<string, boolean>;

const verdictKey = (phrases: readonly (readonly string[])[], id: string): string => `${JSON.stringify(phrases)}\u0000${id}`;

/** The records already read and found without the phrases: counts leave them out. */
export function refusedIds(phrases: readonly (readonly string[])[], verdicts: PhraseVerdicts): string[] {
  const prefix = verdictKey(phrases, '');
  const refused: string[] = [];
  for (const [key, holds] of verdicts) if (!holds && key.startsWith(prefix)) refused.push(key.slice(prefix.length));
  return refused;
}

export interface PhrasePage {
  ids: string[];
  total: number;
  /** The total counts candidates not yet read as if they held the phrase: it is at most that. */
  approximate: boolean;
}

/**
 * The page `[offset, offset + limit)` of the candidates (in list order) that hold the phrases.
 * Phrases need the records' words in order, which the index does not keep: candidates (every
 * word of the phrases present) are read in order, a batch at a time, until the page is full.
 */
export async function pageOfPhrases(
  db: LibraryDatabase,
  candidates: readonly string[],
  phrases: readonly (readonly string[])[],
  { offset, limit, verdicts }: { offset: number; limit: number; verdicts: PhraseVerdicts },
): Promise<PhrasePage> {
  const held: string[] = [];
  let read = 0;
  while (read < candidates.length && held.length < offset + limit) {
    const batch = candidates.slice(read, read + Math.max(MIN_BATCH, offset + limit - held.length));
    const unknown = batch.filter((id) => !verdicts.has(verdictKey(phrases, id)));
    if (unknown.length > 0) {
      const tx = db.transaction([LIST_ENTRIES, CONTENTS], 'readonly');
      const [entries, contents] = await Promise.all([
        Promise.all(unknown.map((id) => tx.objectStore(LIST_ENTRIES).get(id))),
        Promise.all(unknown.map((id) => tx.objectStore(CONTENTS).get(id))),
      ]);
      unknown.forEach((id, i) => {
        const entry = entries[i];
        verdicts.set(verdictKey(phrases, id), entry !== undefined && holdsPhrases(entry, contents[i], phrases));
      });
    }
    for (const id of batch) if (verdicts.get(verdictKey(phrases, id)) === true) held.push(id);
    read += batch.length;
  }
  const approximate = read < candidates.length;
  return { ids: held.slice(offset, offset + limit), total: held.length + (candidates.length - read), approximate };
}
