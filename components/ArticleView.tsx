import type { Article } from '@/utils/article/types';
import { ArticleHeader } from './ArticleHeader';
import { SafeHtml } from './SafeHtml';

interface Props {
  article: Article;
  locale: string;
  onBodyRendered?: (body: HTMLElement) => void;
}

export function ArticleView({ article, locale, onBodyRendered }: Props) {
  return (
    <article class="reading-view" aria-label={article.title}>
      <ArticleHeader article={article} locale={locale} />
      <SafeHtml
        class="article-body"
        html={article.html}
        lang={article.lang ?? undefined}
        dir={article.dir}
        {...(onBodyRendered ? { onRendered: onBodyRendered } : {})}
      />
    </article>
  );
}
