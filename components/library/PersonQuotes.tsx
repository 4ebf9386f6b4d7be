import { quotesByArticle, type Person, type PersonQuote, type QuotedArticle } from '@/utils/library/people';
import { personFileName, personToMarkdown } from '@/utils/library/people-markdown';
import { isReadableUrl } from '@/utils/library/normalize-url';
import { formatArticleDate } from '@/utils/format/dates';
import { formatSavedAt } from '@/utils/format/saved-at';
import { t } from '../../i18n/t';
import { downloadText } from '../../clients/download';
import { quoteCountLabel } from '../../i18n/people-format';

interface Props {
  person: Person;
  locale: string;
  onBack: () => void;
  onOpenArticle: (id: string) => void;
}

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

/** One person: every quote, article by article, newest first, and their export as Markdown with citations. */
export function PersonQuotes({ person, locale, onBack, onOpenArticle }: Props) {
  return (
    <section class="person" aria-labelledby="person-name">
      <div class="saved-item-actions">
        <button type="button" onClick={onBack}>
          {t('libraryViewPeople')}
        </button>
        <button type="button" onClick={() => exportMarkdown(person, locale)}>
          {t('libraryPersonExport')}
        </button>
      </div>
      <h2 id="person-name">{person.name}</h2>
      <p class="library-item-meta">{[person.role, quoteCountLabel(person.quotes.length, locale)].filter(Boolean).join(' · ')}</p>
      <ol class="person-articles">
        {quotesByArticle(person.quotes).map(([article, quotes]) => (
          <ArticleQuotes key={article.id} article={article} quotes={quotes} locale={locale} onOpenArticle={onOpenArticle} />
        ))}
      </ol>
    </section>
  );
}
