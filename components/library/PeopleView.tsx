import { useEffect, useMemo, useState } from 'preact/hooks';
import { searchPeople } from '@/utils/library/people';
import type { FirstPeople, PeopleAccess, PersonDetail, PersonSummary } from '@/utils/library/people-read';
import { formatSavedAt } from '@/utils/format/saved-at';
import { t } from '../../i18n/t';
import { peopleCountLabel, quoteCountLabel } from '../../i18n/people-format';
import { PersonQuotes } from './PersonQuotes';

/** Marked when the people are listed; its detail says how long reading the index took (ms) and how many people there are. */
export const PEOPLE_READY_MARK = 'lede-library-people';

/** Marked each time a search's people reach the screen; its detail is how many were found. */
export const PEOPLE_SEARCHED_MARK = 'lede-library-people-search';

/** People shown at once: a library of 10,000 articles quotes tens of thousands, and a list that long is read by searching. */
const PAGE = 100;

interface Props {
  /** The stored index's reads and the reader's merges (clients/library-client.ts). */
  people: PeopleAccess;
  locale: string;
  onOpenArticle: (id: string) => void;
}

function PersonRow({ person, locale, onOpen }: { person: PersonSummary; locale: string; onOpen: (key: string) => void }) {
  return (
    <li class="person-row">
      <button type="button" class="link-button person-name" onClick={() => onOpen(person.key)}>
        {person.name}
      </button>
      <span class="library-item-meta">
        {[person.role, quoteCountLabel(person.quotes, locale), formatSavedAt(person.latest, locale)].filter(Boolean).join(' · ')}
      </span>
    </li>
  );
}

/** The opened person, read from the index when opened and again after each merge or split; undefined while reading. */
function useOpenedPerson(people: PeopleAccess, key: string | null, round: number): PersonDetail | null | undefined {
  const [person, setPerson] = useState<PersonDetail | null | undefined>(undefined);
  useEffect(() => {
    if (key === null) return setPerson(undefined);
    let current = true;
    void people.person(key).then((read) => {
      if (current) setPerson(read);
    });
    return () => {
      current = false;
    };
  }, [people, key, round]);
  return person;
}

/**
 * Everyone quoted in the saved articles, from the library's stored index (speaker-index.ts):
 * the view reads one small summary per person to open, the most quoted first, searchable by
 * name or role without diacritics; a person's quotes are read when opened, where the reader
 * can merge someone else into them, separate people merged before, or separate an article's
 * speaker Lede put with them on its own (and merge it back).
 * Loaded on first use, so the library page does not carry it to open.
 */
export function PeopleView({ people: access, locale, onOpenArticle }: Props) {
  const [people, setPeople] = useState<PersonSummary[] | null>(null);
  /** The first page, shown while everyone is still being read (null once they are, or when it cannot be read first). */
  const [first, setFirst] = useState<FirstPeople | null>(null);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [openKey, setOpenKey] = useState<string | null>(null);
  /** Bumped by each merge or split: the list and the opened person are read again. */
  const [round, setRound] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const opened = useOpenedPerson(access, openKey, round);

  useEffect(() => {
    const controller = new AbortController();
    const start = performance.now();
    const shown = (count: number) => performance.mark(PEOPLE_READY_MARK, { detail: { ms: performance.now() - start, people: count } });
    // The first page from the rank index, then everyone (for search and Show more): the view opens without waiting for all.
    void access.first(PAGE).then(async (page) => {
      if (controller.signal.aborted) return;
      if (page) {
        setFirst(page);
        shown(page.total);
      }
      const listed = await access.list(controller.signal);
      if (!listed) return;
      setPeople(listed);
      setFirst(null);
      if (!page) shown(listed.length);
    });
    return () => controller.abort();
  }, [access, round]);

  const found = useMemo(() => (people ? searchPeople(people, query) : []), [people, query]);
  // After the render that shows them: benchmarks and browser tests time a search by it.
  useEffect(() => {
    if (people) performance.mark(PEOPLE_SEARCHED_MARK, { detail: { query, found: found.length } });
  }, [found]);

  const write = async <R extends { ok: true } | { ok: false; message: string }>(change: Promise<R>): Promise<R> => {
    const result = await change;
    setFailure(result.ok ? null : result.message);
    setRound((n) => n + 1);
    return result;
  };
  const mergeBack = async (key: string) => {
    const result = await write(access.mergeBack(key));
    // Merged back from their own page: the person they went back into is shown instead.
    if (result.ok && key === openKey) setOpenKey(result.into);
  };

  if (openKey !== null) {
    const summary = people?.find((person) => person.key === openKey);
    return (
      <PersonQuotes
        person={opened}
        merged={summary?.merged ?? []}
        candidates={people ?? []}
        failure={failure}
        locale={locale}
        onBack={() => {
          setFailure(null);
          setOpenKey(null);
        }}
        onOpenArticle={onOpenArticle}
        onMerge={(from) => void write(access.merge(from, openKey))}
        onSplit={(key) => void write(access.split(key))}
        onSeparate={(refs, from) => void write(access.separate(refs, from))}
        onMergeBack={(key) => void mergeBack(key)}
        onOpenPerson={(key) => {
          setFailure(null);
          setOpenKey(key);
        }}
      />
    );
  }

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
      {people === null && first !== null && query.trim() === '' ? (
        <>
          <p class="library-count" role="status">
            {first.total === 0 ? t('libraryPeopleNone') : peopleCountLabel(first.total, locale)}
          </p>
          <ul class="people-list">
            {first.people.map((person) => (
              <PersonRow key={person.key} person={person} locale={locale} onOpen={setOpenKey} />
            ))}
          </ul>
        </>
      ) : people === null ? (
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
