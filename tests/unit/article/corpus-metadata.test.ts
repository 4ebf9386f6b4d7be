import { describe, expect, it } from 'vitest';
import { bylineNames } from '@/utils/article/byline-names';
import { compareCorpus, corpusGate, readCorpus, type CorpusRow } from './corpus-compare';

/**
 * The 130 pages of Readability's test corpus against its expected-metadata.json.
 * Prints the agreement rates (run: npx vitest run tests/unit/article/corpus-metadata.test.ts);
 * asserts chosen pages exactly and the rates we are sure of.
 */
const gate = corpusGate();
/** Under CI a missing corpus throws here (CORPUS_MISSING), failing the file instead of skipping it. */
const rows: CorpusRow[] = gate.skip ? [] : readCorpus();
const row = (name: string) => {
  const found = rows.find((r) => r.name === name);
  if (!found) throw new Error(`corpus page ${name} missing`);
  return found.actual;
};

/** As extract-article merges: our bylines, else Readability's own (its expected byline), cleaned. */
function withReadabilityFallback(all: CorpusRow[]): CorpusRow[] {
  return all.map((r) => {
    if (r.actual.bylines.length > 0 || !r.expected.byline) return r;
    return { ...r, actual: { ...r.actual, bylines: bylineNames(r.expected.byline, r.actual.lang) } };
  });
}

describe.skipIf(gate.skip)('metadata on the Readability corpus', () => {
  it('prints how often it agrees with Readability', () => {
    const alone = compareCorpus(rows);
    const merged = compareCorpus(withReadabilityFallback(rows))[0];
    const lines = alone.map((r) => `${r.field.padEnd(14)} ${r.agree}/${r.total}  misses: ${r.misses.join(', ') || '-'}`);
    if (merged) lines.push(`${'byline+fallback'.padEnd(14)} ${merged.agree}/${merged.total}  misses: ${merged.misses.join(', ')}`);
    console.log(`\nMetadata vs expected-metadata.json (${rows.length} pages)\n${lines.join('\n')}`);
    const rate = (field: string) => alone.find((r) => r.field === field);
    expect(rate('lang')?.misses).toEqual([]);
    expect(rate('dir')?.misses).toEqual([]);
    // folha: Readability repeats the JSON-LD's "12:55:00Z", a Brasília clock time the CMS stamped as UTC (the page prints 12h55); we read 12:55-02:00.
    // topicseed-1: its meta says "2018-06-12T23:00:00.000Z", the page prints "On 6/13/2018": we give the printed day.
    expect(rate('publishedTime')?.misses).toEqual(['folha', 'topicseed-1']);
    // Readability's own bylines we refuse on purpose: "Contributors to Wikimedia projects" (wikipedia-2, -3, -4)
    // and "Dublin Core property author" (003-metadata-preferred) name no person.
    expect(merged && merged.agree / merged.total).toBeGreaterThanOrEqual(0.8);
  }, 300_000);

  it('reads dates with their offset and fraction as the page wrote them', () => {
    expect(row('aktualne').published).toBe('2021-11-01T10:52:50+01:00');
    expect(row('engadget').published).toBe('2017-11-03T03:01:00');
    expect(row('keep-images').published).toBe('2015-03-27T13:07:55.096Z');
    // No zone on the page; French pages state Paris time (summer time in April).
    expect(row('liberation-1').published).toBe('2015-04-30T07:19:58+02:00');
  });

  it('cleans bylines Readability leaves raw and lists every author', () => {
    expect(row('iab-1').bylines).toEqual(['Scott Cunningham']);
    expect(row('breitbart').bylines).toEqual(['Lucas Nolan']);
    expect(row('schema-org-context-object').bylines).toEqual(['Stella Kim', 'Jennifer Jett']);
    expect(row('videos-2').bylines).toEqual(['Alexandre Hervaud', 'Jérémy Piette']);
  });

  it('takes the byline by the headline, not a "Last updated" line or a related story\'s author', () => {
    expect(row('seattletimes-1').bylines).toEqual(['Benjamin Romano']);
    expect(row('liberation-1').bylines).toEqual(['AFP']);
  });

  it('reads direction from the nearest dir attribute', () => {
    expect(row('rtl-1').dir).toBe('rtl');
    expect(row('rtl-2').dir).toBe('rtl');
    expect(row('rtl-3').dir).toBe('rtl');
    expect(row('rtl-4').dir).toBe('rtl');
  });

  it('keeps the declared language tag, canonical', () => {
    expect(row('ars-1').lang).toBe('en-US');
    expect(row('pixnet').lang).toBe('zh-TW');
    expect(row('aktualne').siteName).toBe('Aktuálně.cz');
  });
});
