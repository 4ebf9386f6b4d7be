import { useMemo, useState } from 'preact/hooks';
import { quotesByArticle, searchPeople, type Person, type PersonQuote, type QuotedArticle } from '@/utils/library/people';
import type { PersonDetail, PersonSummary } from '@/utils/library/people-read';
import type { SpeakerSummary } from '@/utils/library/schema';
import { personFileName, personToMarkdown } from '@/utils/library/people-markdown';
import { isReadableUrl } from '@/utils/library/normalize-url';
import { formatArticleDate } from '@/utils/format/dates';
import { formatSavedAt } from '@/utils/format/saved-at';
import { t } from '../../i18n/t';
import { downloadText } from '../../clients/download';
import { quoteCountLabel } from '../../i18n/people-format';
import { PersonSources } from './PersonSources';

interface Props {
  /** Undefined while it is read; null when no one of that key is quoted any more. */
  person: PersonDetail | null | undefined;
  /** The people merged into this one by hand, each as the list would show them apart. */
  merged: readonly SpeakerSummary[];
  /** Everyone listed: who can be merged in. */
  candidates: readonly PersonSummary[];
  /** Why the last merge or split failed, for the reader. */
  failure: string | null;
  locale: string;
  onBack: () => void;
  onOpenArticle: (id: string) => void;
  /** Merge the person `key` into this one. */
  onMerge: (key: string) => void;
  /** Take `key`, merged here before, apart again. */
  onSplit: (key: string) => void;
  /** Take article speakers out of the person Lede made into one of their own (PersonSources). */
  onSeparate: (refs: readonly string[], from: string) => void;
  onMergeBack: (key: string) => void;
  onOpenPerson: (key: string) => void;
}

/** Candidates shown at once: the reader narrows them by typing. */
const CANDIDATES = 8;

function exportMarkdown(person: Person, locale: string): void {
  const text = personToMarkdown(person, {
    quoteCount: (count) => quoteCountLabel(count, locale),
    reported: t('reportedSpeech'),
    references: t('libraryPersonReferences'),
    accessed: (day) => t('librarySavedOn', day),
  });
  downloadText(text, personFileName(person), 'text/markdown');
}

function ArticleQuotes({ article, quotes, locale, onOpenArticle }: { article: QuotedArticle; quotes: PersonQuote[]; locale: string; onOpenArticle: (id: string) => void }) {
  const date = article.published ? formatArticleDate(article.published, locale, 'short') : t('librarySavedOn', formatSavedAt(article.savedAt, locale));
  return (
    <li class="person-article" lang={article.lang ?? undefined}>
      <h3 class="person-article-title">
        <button type="button" class="link-button" title={t('libraryPersonOpenArticle')} onClick={() => onOpenArticle(article.id)}>
          {article.title}
        </button>
      </h3>
      <p class="library-item-meta">
        {[article.siteName, date].filter(Boolean).join(' · ')}
        {isReadableUrl(article.url) && (
          <>
            {' · '}
            <a href={article.url} target="_blank" rel="noopener noreferrer">
              {t('libraryOpenSource')}
            </a>
          </>
        )}
      </p>
      {quotes.map((quote) => (
        <blockquote key={`${quote.block}:${quote.text.slice(0, 40)}`} class={quote.kind === 'reported' ? 'person-quote reported' : 'person-quote'}>
          {quote.kind === 'reported' && <span class="quote-kind">{t('reportedSpeech')} </span>}
          {quote.text}
        </blockquote>
      ))}
    </li>
  );
}

function MergedPeople({ merged, locale, onSplit }: { merged: readonly SpeakerSummary[]; locale: string; onSplit: (key: string) => void }) {
  if (merged.length === 0) return null;
  return (
    <section class="person-merged" aria-labelledby="person-merged-heading">
      <h3 id="person-merged-heading">{t('libraryPersonMergedHeading')}</h3>
      <ul class="people-list">
        {merged.map((member) => (
          <li key={member.key} class="person-row">
            <span class="person-merged-name">{member.name}</span>
            <span class="library-item-meta">{[member.role, quoteCountLabel(member.quotes, locale)].filter(Boolean).join(' · ')}</span>
            <button type="button" onClick={() => onSplit(member.key)}>
              {t('libraryPersonSplit')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A search among everyone else listed, each found with a button that merges them into this person. */
function MergeFinder({ self, candidates, locale, onMerge }: { self: string; candidates: readonly PersonSummary[]; locale: string; onMerge: (key: string) => void }) {
  const [query, setQuery] = useState('');
  const found = useMemo(() => (query.trim() === '' ? [] : searchPeople(candidates, query).filter((person) => person.key !== self).slice(0, CANDIDATES)), [candidates, query, self]);
  return (
    <div class="person-merge">
      <input type="search" class="person-merge-search" value={query} placeholder={t('libraryPersonMergeSearch')} aria-label={t('libraryPersonMergeSearch')} onInput={(e) => setQuery(e.currentTarget.value)} />
      <ul class="people-list">
        {found.map((person) => (
          <li key={person.key} class="person-row person-merge-candidate">
            <span>{person.name}</span>
            <span class="library-item-meta">{[person.role, quoteCountLabel(person.quotes, locale)].filter(Boolean).join(' · ')}</span>
            <button type="button" onClick={() => onMerge(person.key)}>
              {t('libraryPersonMerge')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * One person: every quote, article by article, newest first, and their export as Markdown
 * with citations; below, where the quotes come from (to separate what Lede put together), the
 * people merged into them by hand, and a search to merge another.
 */
export function PersonQuotes({ person, merged, candidates, failure, locale, onBack, onOpenArticle, onMerge, onSplit, onSeparate, onMergeBack, onOpenPerson }: Props) {
  const back = (
    <button type="button" onClick={onBack}>
      {t('libraryViewPeople')}
    </button>
  );
  if (!person) {
    return (
      <section class="person">
        <div class="saved-item-actions">{back}</div>
        <p class="library-muted" role="status">{person === null ? t('libraryPersonGone') : t('libraryPeopleLoading')}</p>
      </section>
    );
  }
  return (
    <section class="person" aria-labelledby="person-name">
      <div class="saved-item-actions">
        {back}
        <button type="button" onClick={() => exportMarkdown(person, locale)}>
          {t('libraryPersonExport')}
        </button>
      </div>
      {failure && <p class="library-error" role="alert">{failure}</p>}
      <h2 id="person-name">{person.name}</h2>
      <p class="library-item-meta">{[person.role, quoteCountLabel(person.quotes.length, locale)].filter(Boolean).join(' · ')}</p>
      <ol class="person-articles">
        {quotesByArticle(person.quotes).map(([article, quotes]) => (
          <ArticleQuotes key={article.id} article={article} quotes={quotes} locale={locale} onOpenArticle={onOpenArticle} />
        ))}
      </ol>
      <PersonSources person={person} locale={locale} onSeparate={onSeparate} onMergeBack={onMergeBack} onOpenPerson={onOpenPerson} />
      <MergedPeople merged={merged} locale={locale} onSplit={onSplit} />
      <MergeFinder self={person.key} candidates={candidates} locale={locale} onMerge={onMerge} />
    </section>
  );
}
