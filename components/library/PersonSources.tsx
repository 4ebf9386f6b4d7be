import type { PersonDetail, SeparatedPerson } from '@/utils/library/people-read';
import { roleGroupsOf, sourcesPerPerson, type RoleGroup, type SpeakerSource } from '@/utils/library/people-sources';
import { formatArticleDate } from '@/utils/format/dates';
import { formatSavedAt } from '@/utils/format/saved-at';
import { t } from '../../i18n/t';
import { quoteCountLabel } from '../../i18n/people-format';

/**
 * Where a person's quotes come from, for the reader to take apart what Lede put together on
 * its own (people-splits.ts): each article's speaker with the name and role that article
 * gives, a Separate button where the person has more than one, buttons that separate everyone
 * quoted with one role, and the people separated before with Merge back.
 */

interface Props {
  person: PersonDetail;
  locale: string;
  /** Take the article speakers `refs` out of the person `from` (a key Lede made) into one of their own. */
  onSeparate: (refs: readonly string[], from: string) => void;
  onMergeBack: (key: string) => void;
  onOpenPerson: (key: string) => void;
}

function sourceDate(source: SpeakerSource, locale: string): string {
  return source.article.published ? formatArticleDate(source.article.published, locale, 'short') : formatSavedAt(source.article.savedAt, locale);
}

function SourceRow({ source, locale, separable, onSeparate }: { source: SpeakerSource; locale: string; separable: boolean; onSeparate: Props['onSeparate'] }) {
  const role = source.roles.length > 0 ? source.roles.join('; ') : t('libraryPersonNoRole');
  return (
    <li class="person-row person-source" lang={source.article.lang ?? undefined}>
      <span class="person-source-name">{source.name}</span>
      <span class="library-item-meta">{[role, source.article.title, source.article.siteName, sourceDate(source, locale), quoteCountLabel(source.quotes, locale)].filter(Boolean).join(' · ')}</span>
      {separable && (
        <button type="button" title={t('libraryPersonSeparateHint')} onClick={() => onSeparate(source.refs, source.person)}>
          {t('libraryPersonSplit')}
        </button>
      )}
    </li>
  );
}

/** The role groups worth a button: of a person quoted with more than one role (or with and without one). */
function separableGroups(sources: readonly SpeakerSource[]): RoleGroup[] {
  const groups = roleGroupsOf(sources);
  const perPerson = new Map<string, number>();
  for (const group of groups) perPerson.set(group.person, (perPerson.get(group.person) ?? 0) + 1);
  return groups.filter((group) => (perPerson.get(group.person) ?? 0) > 1);
}

function SeparatedList({ separated, locale, onMergeBack, onOpenPerson }: { separated: readonly SeparatedPerson[]; locale: string; onMergeBack: Props['onMergeBack']; onOpenPerson: Props['onOpenPerson'] }) {
  if (separated.length === 0) return null;
  return (
    <section class="person-separated" aria-labelledby="person-separated-heading">
      <h3 id="person-separated-heading">{t('libraryPersonSeparatedHeading')}</h3>
      <ul class="people-list">
        {separated.map((other) => (
          <li key={other.key} class="person-row">
            <button type="button" class="link-button person-separated-name" onClick={() => onOpenPerson(other.key)}>
              {other.name}
            </button>
            <span class="library-item-meta">{[other.role, quoteCountLabel(other.quotes, locale)].filter(Boolean).join(' · ')}</span>
            <button type="button" onClick={() => onMergeBack(other.key)}>
              {t('libraryPersonMergeBack')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PersonSources({ person, locale, onSeparate, onMergeBack, onOpenPerson }: Props) {
  const perPerson = sourcesPerPerson(person.sources);
  const groups = separableGroups(person.sources);
  return (
    <>
      {person.separatedFrom && (
        <p class="person-separated-from">
          {t('libraryPersonSeparatedFrom', person.separatedFrom.name ?? person.name)}{' '}
          <button type="button" onClick={() => onMergeBack(person.key)}>
            {t('libraryPersonMergeBack')}
          </button>
        </p>
      )}
      <section class="person-sources" aria-labelledby="person-sources-heading">
        <h3 id="person-sources-heading">{t('libraryPersonSourcesHeading')}</h3>
        {groups.length > 0 && (
          <p class="person-source-groups">
            {groups.map((group) => (
              <button key={`${group.person}\n${group.role ?? ''}`} type="button" onClick={() => onSeparate(group.refs, group.person)}>
                {group.role === null ? t('libraryPersonSeparateNoRole') : t('libraryPersonSeparateRole', group.role)}
              </button>
            ))}
          </p>
        )}
        <ul class="people-list">
          {person.sources.map((source) => (
            <SourceRow key={`${source.person}\n${source.article.id}`} source={source} locale={locale} separable={(perPerson.get(source.person) ?? 0) > 1} onSeparate={onSeparate} />
          ))}
        </ul>
      </section>
      <SeparatedList separated={person.separated} locale={locale} onMergeBack={onMergeBack} onOpenPerson={onOpenPerson} />
    </>
  );
}
