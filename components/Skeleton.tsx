import { t } from '../i18n/t';

/** Shown from the first frame until the article arrives, so the popup never looks empty. */
export function Skeleton() {
  return (
    <div class="skeleton" role="status" aria-busy="true">
      <span class="visually-hidden">{t('loading')}</span>
      <div class="skeleton-line wide" />
      <div class="skeleton-line" />
      <div class="skeleton-line" />
      <div class="skeleton-line short" />
    </div>
  );
}
