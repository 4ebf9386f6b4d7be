import { useEffect, useMemo, useState } from 'preact/hooks';
import { groupTimeline, placeEntries, type PlacedEntry, type TimelineEntry, type TimelineGroup, type TimelineGrouping } from '@/utils/library/timeline';
import { t, type MessageKey } from '../../i18n/t';
import { savedCountLabel } from '../../i18n/library-format';
import { TimelineMonths } from './TimelineMonths';

/** Marked once the timeline is on screen; its detail says how long reading, placing and showing took, and how many articles. */
export const TIMELINE_READY_MARK = 'lede-library-timeline';

/** Marked each time a grouping is on screen; its detail is the grouping and how long it took from the choice. */
export const TIMELINE_GROUPED_MARK = 'lede-library-timeline-grouped';

interface Props {
  /** Every saved article's date fields, read when the view opens. */
  readEntries: () => Promise<TimelineEntry[]>;
  locale: string;
  onOpenArticle: (id: string) => void;
}

const GROUPINGS: Record<TimelineGrouping, MessageKey> = {
  month: 'libraryTimelineByMonth',
  tag: 'libraryTimelineByTag',
  site: 'libraryTimelineBySite',
};

function groupName(group: TimelineGroup, grouping: TimelineGrouping): string {
  return group.name ?? t(grouping === 'tag' ? 'libraryTimelineNoTag' : 'libraryTimelineNoSite');
}

/** One tag's or site's articles by month, folded until opened: a library has hundreds of sites. */
function GroupSection({ group, grouping, index, locale, onOpenArticle }: { group: TimelineGroup; grouping: TimelineGrouping; index: number; locale: string; onOpenArticle: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  const id = `timeline-group-${index}`;
  return (
    <li class="timeline-group">
      <h2 class="timeline-group-heading">
        <button type="button" class="timeline-group-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {groupName(group, grouping)} <span class="library-muted">{new Intl.NumberFormat(locale).format(group.count)}</span>
        </button>
      </h2>
      <div id={id} hidden={!open}>
        {open && <TimelineMonths months={group.months} locale={locale} level={3} showSite={grouping !== 'site'} onOpenArticle={onOpenArticle} />}
      </div>
    </li>
  );
}

/**
 * Saved articles by publish date (the save date, said so, when a page gave none), grouped by
 * month, or by tag or site and then by month. Loaded on first use, so the library page does
 * not carry it to open.
 */
export function TimelineView({ readEntries, locale, onOpenArticle }: Props) {
  const [placed, setPlaced] = useState<PlacedEntry[] | null>(null);
  const [grouping, setGrouping] = useState<TimelineGrouping>('month');
  const [timing, setTiming] = useState<{ start: number; readMs: number } | null>(null);
  const [chosenAt, setChosenAt] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    const start = performance.now();
    void readEntries().then((entries) => {
      if (!live) return;
      const read = performance.now();
      setPlaced(placeEntries(entries));
      setTiming({ start, readMs: read - start });
    });
    return () => {
      live = false;
    };
  }, [readEntries]);

  const groups = useMemo(() => (placed ? groupTimeline(placed, grouping, locale) : []), [placed, grouping, locale]);

  // After the render that shows them: benchmarks and browser tests time the view by these marks.
  useEffect(() => {
    if (placed && timing) performance.mark(TIMELINE_READY_MARK, { detail: { ms: performance.now() - timing.start, readMs: timing.readMs, entries: placed.length } });
  }, [timing]);
  useEffect(() => {
    if (chosenAt !== null) performance.mark(TIMELINE_GROUPED_MARK, { detail: { grouping, ms: performance.now() - chosenAt, groups: groups.length } });
  }, [groups]);

  return (
    <section class="timeline" aria-label={t('libraryViewTimeline')}>
      <label class="library-filter timeline-grouping">
        {t('libraryTimelineGroupBy')}
        <select
          value={grouping}
          onChange={(e) => {
            setChosenAt(performance.now());
            setGrouping(e.currentTarget.value as TimelineGrouping);
          }}
        >
          {(Object.keys(GROUPINGS) as TimelineGrouping[]).map((key) => (
            <option key={key} value={key}>
              {t(GROUPINGS[key])}
            </option>
          ))}
        </select>
      </label>
      {placed === null ? (
        <p class="library-muted" role="status">{t('libraryTimelineLoading')}</p>
      ) : placed.length === 0 ? (
        <p class="library-muted" role="status">{t('libraryEmpty')}</p>
      ) : (
        <>
          <p class="library-count" role="status">{savedCountLabel(placed.length, locale)}</p>
          {grouping === 'month' ? (
            <TimelineMonths key="month" months={groups[0]?.months ?? []} locale={locale} level={2} showSite onOpenArticle={onOpenArticle} />
          ) : (
            <ul class="timeline-groups" key={grouping}>
              {groups.map((group, index) => (
                <GroupSection key={group.name ?? ''} group={group} grouping={grouping} index={index} locale={locale} onOpenArticle={onOpenArticle} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
