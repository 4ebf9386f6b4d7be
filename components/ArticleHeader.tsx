import type { Article } from '@/utils/article/types';
import { t } from '../i18n/t';
import { formatArticleDate } from '@/utils/format/dates';

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
            {formatArticleDate(article.published, locale)}
          </time>
        )}
        {article.readingMinutes > 0 && (
          <span class="reading-time" lang={locale} dir="auto">{t('readingMinutes', new Intl.NumberFormat(locale).format(article.readingMinutes))}</span>
        )}
      </p>
    </header>
  );
}
