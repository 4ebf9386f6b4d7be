import type { LibraryFacets, LibraryQuery } from '@/utils/library/search';
import { t, type MessageKey } from '../../i18n/t';

interface Props {
  query: LibraryQuery;
  facets: LibraryFacets;
  onChange: (query: LibraryQuery) => void;
}

function Filter({ label, value, options, onChange }: { label: MessageKey; value: string | null | undefined; options: string[]; onChange: (value: string | null) => void }) {
  if (options.length === 0) return null;
  return (
    <label class="library-filter">
      <span>{t(label)}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
        <option value="">{t('libraryFilterAll')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The search box (results follow each keystroke) and the site, tag and language filters. */
export function LibrarySearch({ query, facets, onChange }: Props) {
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
      <Filter label="libraryFilterSite" value={query.site} options={facets.sites} onChange={(site) => onChange({ ...query, site })} />
      <Filter label="libraryFilterTag" value={query.tag} options={facets.tags} onChange={(tag) => onChange({ ...query, tag })} />
      <Filter label="libraryFilterLang" value={query.lang} options={facets.langs} onChange={(lang) => onChange({ ...query, lang })} />
    </div>
  );
}
