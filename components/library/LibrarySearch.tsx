import type { LibraryFacets, LibraryQuery } from '@/utils/library/search';
import type { FacetCounts, FilterKind } from '@/utils/library/memory-index';
import { t, type MessageKey } from '../../i18n/t';

interface Props {
  query: LibraryQuery;
  facets: LibraryFacets;
  /** Records per filter value with the rest of the query; null until the search index is ready. */
  counts: FacetCounts | null;
  locale: string;
  onChange: (query: LibraryQuery) => void;
}

interface FilterProps {
  label: MessageKey;
  value: string | null | undefined;
  options: string[];
  counts: ReadonlyMap<string, number> | null;
  locale: string;
  onChange: (value: string | null) => void;
}

/**
 * One filter's values, each with the records it would leave ("Site 3 (120)"). Values that would
 * leave none are left out once counts are known, except the one chosen.
 */
function Filter({ label, value, options, counts, locale, onChange }: FilterProps) {
  const shown = counts ? options.filter((option) => option === value || (counts.get(option) ?? 0) > 0) : options;
  if (options.length === 0) return null;
  const number = new Intl.NumberFormat(locale);
  return (
    <label class="library-filter">
      <span>{t(label)}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
        <option value="">{t('libraryFilterAll')}</option>
        {shown.map((option) => (
          <option key={option} value={option}>
            {counts ? `${option} (${number.format(counts.get(option) ?? 0)})` : option}
          </option>
        ))}
      </select>
    </label>
  );
}

function DateFilter({ label, value, onChange }: { label: MessageKey; value: string | null | undefined; onChange: (value: string | null) => void }) {
  return (
    <label class="library-filter">
      <span>{t(label)}</span>
      {/* onInput: the value is a whole date or empty, and preact/compat (used in the list) turns onChange on inputs into it anyway. */}
      <input type="date" value={value ?? ''} onInput={(e) => onChange(e.currentTarget.value || null)} />
    </label>
  );
}

const FILTERS: { kind: FilterKind; label: MessageKey; options: keyof LibraryFacets }[] = [
  { kind: 'site', label: 'libraryFilterSite', options: 'sites' },
  { kind: 'tag', label: 'libraryFilterTag', options: 'tags' },
  { kind: 'lang', label: 'libraryFilterLang', options: 'langs' },
];

/**
 * The search box (results follow each keystroke; "…" in quotes is a phrase), the site, tag and
 * language filters with their counts, and the date range (publish date, else the day saved).
 */
export function LibrarySearch({ query, facets, counts, locale, onChange }: Props) {
  return (
    <div class="library-search" role="search">
      <label class="library-search-box">
        <span class="visually-hidden">{t('librarySearchLabel')}</span>
        <input
          type="search"
          value={query.text ?? ''}
          placeholder={t('librarySearchPlaceholder')}
          onInput={(e) => onChange({ ...query, text: e.currentTarget.value })}
        />
      </label>
      {FILTERS.map(({ kind, label, options }) => (
        <Filter
          key={kind}
          label={label}
          value={query[kind]}
          options={facets[options]}
          counts={counts?.[kind] ?? null}
          locale={locale}
          onChange={(value) => onChange({ ...query, [kind]: value })}
        />
      ))}
      <DateFilter label="libraryFilterFrom" value={query.from} onChange={(from) => onChange({ ...query, from })} />
      <DateFilter label="libraryFilterTo" value={query.to} onChange={(to) => onChange({ ...query, to })} />
    </div>
  );
}
