import { useEffect, useMemo, useState } from 'preact/hooks';
import { peopleOf, searchPeople, type PeopleSource, type Person } from '@/utils/library/people';
import { formatSavedAt } from '@/utils/format/saved-at';
import { t } from '../../i18n/t';
import { peopleCountLabel, quoteCountLabel } from '../../i18n/people-format';
import { PersonQuotes } from './PersonQuotes';

/** Marked when the people are listed; its detail says how long reading and building took and how many there are. */
export const PEOPLE_READY_MARK = 'lede-library-people';

/** Marked each time a search's people reach the screen; its detail is how many were found. */
export const PEOPLE_SEARCHED_MARK = 'lede-library-people-search';

/** People shown at once: a library of 10,000 articles quotes tens of thousands, and a list that long is read by searching. */
const PAGE = 100;

interface Props {
  /** Every saved article's quotes, read when the view opens; null when it was left meanwhile. */
  readSources: (signal: AbortSignal) => Promise<PeopleSource[] | null>;
  locale: string;
  onOpenArticle: (id: string) => void;
}

function PersonRow({ person, locale, onOpen }: { person: Person; locale: string; onOpen: (key: string) => void }) {
  return (
    <li class="person-row">
      <button type="button" class="link-button person-name" onClick={() => onOpen(person.key)}>
        {person.name}
      </button>
      <span class="library-item-meta">
        {[person.role, quoteCountLabel(person.quotes.length, locale), formatSavedAt(person.latest, locale)].filter(Boolean).join(' · ')}
      </span>
    </li>
  );
}

/**
 * Everyone quoted in the saved articles, built in memory from their outlines when the view
 * opens (people.ts): the most quoted first, searchable by name or role without diacritics.
 * Loaded on first use, so the library page does not carry it to open.
 */
export function PeopleView({ readSources, locale, onOpenArticle }: Props) {
  const [people, setPeople] = useState<Person[] | null>(null);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [openKey, setOpenKey] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const start = performance.now();
    void readSources(controller.signal).then((sources) => {
      if (!sources) return;
      const read = performance.now();
      const built = peopleOf(sources);
      setPeople(built);
      performance.mark(PEOPLE_READY_MARK, { detail: { ms: performance.now() - start, readMs: read - start, people: built.length, articles: sources.length } });
    });
    return () => controller.abort();
  }, [readSources]);

  const found = useMemo(() => (people ? searchPeople(people, query) : []), [people, query]);
  // After the render that shows them: benchmarks and browser tests time a search by it.
  useEffect(() => {
    if (people) performance.mark(PEOPLE_SEARCHED_MARK, { detail: { query, found: found.length } });
  }, [found]);
  const opened = openKey === null ? undefined : people?.find((person) => person.key === openKey);
  if (opened) return <PersonQuotes person={opened} locale={locale} onBack={() => setOpenKey(null)} onOpenArticle={onOpenArticle} />;

  return (
    <section class="people" aria-label={t('libraryViewPeople')}>
      <input
        type="search"
        class="people-search"
        value={query}
        placeholder={t('libraryPeopleSearch')}
        aria-label={t('libraryPeopleSearch')}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setLimit(PAGE);
        }}
      />
      {people === null ? (
        <p class="library-muted" role="status">{t('libraryPeopleLoading')}</p>
      ) : (
        <>
          <p class="library-count" role="status">
            {people.length === 0 ? t('libraryPeopleNone') : found.length === 0 ? t('libraryPeopleNoMatch') : peopleCountLabel(found.length, locale)}
          </p>
          <ul class="people-list">
            {found.slice(0, limit).map((person) => (
              <PersonRow key={person.key} person={person} locale={locale} onOpen={setOpenKey} />
            ))}
          </ul>
          {found.length > limit && (
            <button type="button" onClick={() => setLimit(limit + PAGE)}>
              {t('libraryPeopleShowMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
