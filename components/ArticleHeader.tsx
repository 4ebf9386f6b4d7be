import type { Article } from '@/utils/article/types';
import { t } from './i18n';

function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hasTime = /T\d\d:\d\d/u.test(iso);
  const hasZone = /(Z|[+-]\d\d:?\d\d)$/u.test(iso);
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(hasTime ? { timeStyle: 'short' } : {}),
    // A date without a stated zone is shown as written, not shifted into the reader's zone.
    ...(hasZone ? {} : { timeZone: 'UTC' }),
  }).format(hasZone ? date : new Date(`${iso.slice(0, 19)}${hasTime ? '' : 'T00:00:00'}Z`));
}

export function ArticleHeader({ article, locale }: { article: Article; locale: string }) {
  return (
    <header class="article-header">
      {article.siteName && <p class="site-name">{article.siteName}</p>}
      <h1 class="article-title">{article.title}</h1>
      {article.subtitle && <p class="article-subtitle">{article.subtitle}</p>}
      <p class="article-meta">
        {article.byline && <span class="byline">{article.byline}</span>}
        {article.published && (
          <time class="published" dateTime={article.published} lang={locale} dir="auto">
            {formatDate(article.published, locale)}
          </time>
        )}
        {article.readingMinutes > 0 && (
          <span class="reading-time" lang={locale} dir="auto">{t('readingMinutes', new Intl.NumberFormat(locale).format(article.readingMinutes))}</span>
        )}
      </p>
    </header>
  );
}
