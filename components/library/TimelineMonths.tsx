import { useState } from 'preact/hooks';
import type { PlacedEntry, TimelineMonth } from '@/utils/library/timeline';
import { formatArticleDate } from '@/utils/format/dates';
import { formatSavedAt } from '@/utils/format/saved-at';
import { t } from '../../i18n/t';

/** Articles rendered at once: 10,000 rows at once would hold the page for a second; more come on request. */
export const TIMELINE_PAGE = 200;

interface Props {
  months: readonly TimelineMonth[];
  locale: string;
  /** 2 when the months are the view's top level, 3 under a tag's or site's heading. */
  level: 2 | 3;
  /** False under a site's heading, where each article's site would repeat it. */
  showSite: boolean;
  onOpenArticle: (id: string) => void;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "May 2024" in the reader's language; the key is a calendar month, not a moment, so it is formatted in UTC. */
function monthLabel(key: string, locale: string): string {
  const [year, month] = key.split('-').map(Number);
  if (!year || !month) return t('libraryTimelineUndated');
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, 1)));
}

/** The publish date as the page gave it, or the save date said to be one: a reader must not take one for the other. */
function DateLine({ item, locale }: { item: PlacedEntry; locale: string }) {
  const { entry, source } = item;
  if (source === 'published' && entry.published !== null) {
    return <span class="timeline-date">{formatArticleDate(entry.published, locale, 'short')}</span>;
  }
  return (
    <span class="timeline-date timeline-date-saved">
      {t('librarySavedOn', formatSavedAt(entry.savedAt, locale))} <span class="timeline-no-date">({t('libraryTimelineNoPublishDate')})</span>
    </span>
  );
}

/** Saved text is page text: shown as text nodes only. */
function EntryRow({ item, locale, showSite, onOpen }: { item: PlacedEntry; locale: string; showSite: boolean; onOpen: (id: string) => void }) {
  const { entry } = item;
  return (
    <li class="timeline-entry">
      <DateLine item={item} locale={locale} />
      <button type="button" class="link-button timeline-title" lang={entry.lang ?? undefined} dir={entry.dir} onClick={() => onOpen(entry.id)}>
        {entry.title || entry.url}
      </button>
      {showSite && entry.siteName && <span class="library-item-meta">{entry.siteName}</span>}
    </li>
  );
}

/**
 * Months newest first, each with its articles newest first, up to TIMELINE_PAGE articles and
 * a button for earlier ones. Every title is a button that opens the saved article.
 */
export function TimelineMonths({ months, locale, level, showSite, onOpenArticle }: Props) {
  const [limit, setLimit] = useState(TIMELINE_PAGE);
  const Heading = level === 2 ? 'h2' : 'h3';
  let left = limit;
  const shown: { month: TimelineMonth; entries: readonly PlacedEntry[] }[] = [];
  for (const month of months) {
    if (left <= 0) break;
    const entries = month.entries.length <= left ? month.entries : month.entries.slice(0, left);
    shown.push({ month, entries });
    left -= entries.length;
  }
  const total = months.reduce((sum, month) => sum + month.entries.length, 0);
  return (
    <>
      {shown.map(({ month, entries }) => (
        <section class="timeline-month" key={month.key}>
          <Heading class="timeline-month-heading">
            {monthLabel(month.key, locale)} <span class="library-muted">{new Intl.NumberFormat(locale).format(month.entries.length)}</span>
          </Heading>
          <ul class="timeline-entries">
            {entries.map((item) => (
              <EntryRow key={item.entry.id} item={item} locale={locale} showSite={showSite} onOpen={onOpenArticle} />
            ))}
          </ul>
        </section>
      ))}
      {total > limit && (
        <button type="button" class="timeline-more" onClick={() => setLimit(limit + TIMELINE_PAGE)}>
          {t('libraryTimelineShowMore')}
        </button>
      )}
    </>
  );
}
