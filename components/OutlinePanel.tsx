import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Anchor, KeyPoint, Outline, OutlineNote, Quote, Section } from '@/utils/outline/types';
import { groupQuotesBySpeaker } from '@/utils/outline/speaker-groups';
import { t, type MessageKey } from '../i18n/t';

interface Props {
  id?: string;
  outline: Outline;
  /** Still being made: a line says so instead of groups that would look empty. */
  pending?: boolean;
  onJump: (anchor: Anchor) => void;
  /** The items the reader is at as they scroll, one per group (use-outline-tracking.ts). */
  current?: ReadonlySet<string>;
}

/** Every jumpable item has an id; one of them holds tabindex 0 (roving tabindex), the rest -1. */
interface ItemProps {
  id: string;
  active: string;
  current: ReadonlySet<string>;
  label: string;
  anchor: Anchor;
  onJump: (anchor: Anchor) => void;
  onFocusItem: (id: string) => void;
  extra?: JSX.Element | null;
}

function OutlineItem({ id, active, current, label, anchor, onJump, onFocusItem, extra }: ItemProps) {
  const here = current.has(id);
  return (
    <button
      type="button"
      class={here ? 'outline-item current' : 'outline-item'}
      data-item-id={id}
      // Read aloud starts from the block of the focused item (utils/dom/reading-start.ts).
      data-block={anchor.block}
      aria-current={here ? 'location' : undefined}
      tabIndex={id === active ? 0 : -1}
      onFocus={() => onFocusItem(id)}
      onClick={() => onJump(anchor)}
    >
      {label}
      {extra}
    </button>
  );
}

const NOTE_KEYS: Record<OutlineNote, MessageKey> = {
  'too-short': 'outlineNote_too_short',
  'too-long': 'outlineNote_too_long',
  'no-sentences': 'outlineNote_no_sentences',
  'unknown-script': 'outlineNote_unknown_script',
  'unbalanced-quotes': 'outlineNote_unbalanced_quotes',
  failed: 'outlineNote_failed',
};

function firstItemId(outline: Outline): string {
  if (outline.sections.length > 0) return 's-0';
  if (outline.quotes.length > 0) return 'q-0-0';
  return 'k-0';
}

/** Arrow keys move between the visible items of all three groups; Home and End jump to the ends. */
function moveFocus(nav: HTMLElement, event: KeyboardEvent): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  // Items of a collapsed group are skipped: they cannot be seen.
  const items = Array.from(nav.querySelectorAll<HTMLButtonElement>('.outline-item')).filter((el) => el.closest('details:not([open])') === null);
  if (items.length === 0) return;
  const current = items.findIndex((el) => el === nav.ownerDocument.activeElement);
  let next = current;
  if (event.key === 'ArrowDown') next = current < 0 ? 0 : Math.min(items.length - 1, current + 1);
  if (event.key === 'ArrowUp') next = current < 0 ? 0 : Math.max(0, current - 1);
  if (event.key === 'Home') next = 0;
  if (event.key === 'End') next = items.length - 1;
  event.preventDefault();
  items[next]?.focus();
}

interface GroupProps {
  title: string;
  count: number;
  empty: string;
  children: JSX.Element | null;
}

function OutlineGroup({ title, count, empty, children }: GroupProps) {
  return (
    <details class="outline-group" open>
      <summary>
        {title} <span class="count">{count}</span>
      </summary>
      {count === 0 ? <p class="outline-empty">{empty}</p> : children}
    </details>
  );
}

type ItemHandlers = Pick<ItemProps, 'active' | 'current' | 'onJump' | 'onFocusItem'>;

const NOBODY: ReadonlySet<string> = new Set();

/** Keeps the item the reader is at in sight when the outline scrolls on its own (the popup, the tab's side column). */
function useCurrentInSight(nav: HTMLElement | null, current: ReadonlySet<string>): void {
  useEffect(() => {
    if (!nav || nav.scrollHeight <= nav.clientHeight) return;
    const entry = nav.querySelector<HTMLElement>('.outline-item.current');
    // Inside the current section, the lesson the reader is at is the one to keep in sight.
    const item = entry?.parentElement?.querySelector<HTMLElement>('li .outline-item.current') ?? entry;
    if (!item) return;
    const box = nav.getBoundingClientRect();
    const at = item.getBoundingClientRect();
    // Scrolled by hand rather than scrollIntoView, which would also scroll the window of a full tab.
    if (at.top < box.top) nav.scrollTop -= box.top - at.top + 24;
    else if (at.bottom > box.bottom) nav.scrollTop += at.bottom - box.bottom + 24;
  }, [nav, current]);
}

function SectionList({ sections, handlers }: { sections: Section[]; handlers: ItemHandlers }) {
  return (
    <ol>
      {sections.map((section, s) => (
        <li key={`s-${s}`} class={`level-${section.level}`}>
          <OutlineItem id={`s-${s}`} label={section.title} anchor={section.anchor} {...handlers} />
          {section.items.length > 0 && (
            <ol>
              {section.items.map((item, i) => (
                <li key={`s-${s}-${i}`}>
                  <OutlineItem id={`s-${s}-${i}`} label={item.label} anchor={item.anchor} {...handlers} />
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}

function GroupQuotes({ quotes, g, handlers }: { quotes: Quote[]; g: number; handlers: ItemHandlers }) {
  return (
    <ol>
      {quotes.map((quote, i) => (
        <li key={`q-${g}-${i}`}>
          <OutlineItem
            id={`q-${g}-${i}`}
            label={quote.kind === 'direct' ? `“${quote.text}”` : quote.text}
            anchor={quote.anchor}
            extra={quote.kind === 'reported' ? <span class="quote-kind"> ({t('reportedSpeech')})</span> : null}
            {...handlers}
          />
        </li>
      ))}
    </ol>
  );
}

/**
 * Speakers in order of first appearance, each with their role; quotations nobody is credited
 * with come last, in one group that opens on demand (open when it is the only one).
 */
function QuoteList({ quotes, handlers }: { quotes: Quote[]; handlers: ItemHandlers }) {
  const groups = groupQuotesBySpeaker(quotes);
  return (
    <ul class="outline-speakers">
      {groups.map((group, g) =>
        group.speaker === null ? (
          <li key={`q-${g}`}>
            <details class="outline-unattributed" open={groups.length === 1}>
              <summary class="outline-speaker">
                <span class="speaker-name">{t('unattributedSpeaker')}</span> <span class="count">{group.quotes.length}</span>
              </summary>
              <GroupQuotes quotes={group.quotes} g={g} handlers={handlers} />
            </details>
          </li>
        ) : (
          <li key={`q-${g}`}>
            <p class="outline-speaker">
              <span class="speaker-name">{group.speaker}</span>
              {group.role && <span class="speaker-role">{group.role}</span>}
            </p>
            <GroupQuotes quotes={group.quotes} g={g} handlers={handlers} />
          </li>
        ),
      )}
    </ul>
  );
}

function KeyPointList({ keyPoints, handlers }: { keyPoints: KeyPoint[]; handlers: ItemHandlers }) {
  return (
    <ol>
      {keyPoints.map((point, k) => (
        <li key={`k-${k}`}>
          <OutlineItem id={`k-${k}`} label={point.text} anchor={point.anchor} {...handlers} />
          {point.items && point.items.length > 0 && (
            <ol>
              {point.items.map((item, i) => (
                <li key={`k-${k}-${i}`}>
                  <OutlineItem id={`k-${k}-${i}`} label={item.text} anchor={item.anchor} {...handlers} />
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * The outline beside the reading view: sections, quotes by speaker, key points, each a
 * collapsible group with its count. One Tab stop for all items (roving tabindex); arrows
 * move between them, Enter or Space jumps to the item's place in the article.
 */
export function OutlinePanel({ id, outline, pending = false, onJump, current = NOBODY }: Props) {
  const nav = useRef<HTMLElement | null>(null);
  const [active, setActive] = useState(() => firstItemId(outline));
  // The outline that was being made has come: its first item takes the Tab stop.
  useEffect(() => {
    if (!pending) setActive(firstItemId(outline));
  }, [pending]);
  const handlers: ItemHandlers = { active, current, onJump, onFocusItem: setActive };
  useCurrentInSight(nav.current, current);
  return (
    <nav
      id={id}
      class="outline"
      aria-label={t('outlineHeading')}
      ref={nav}
      onKeyDown={(event) => {
        if (nav.current) moveFocus(nav.current, event);
      }}
    >
      <h2 class="outline-heading">{t('outlineHeading')}</h2>
      {pending && (
        <p class="outline-note outline-pending" role="status">
          {t('outlinePending')}
        </p>
      )}
      {!pending && outline.note && <p class="outline-note">{t(NOTE_KEYS[outline.note])}</p>}
      {/* An article without structure has no Sections group: its outline is quotes and key points. */}
      {!pending && outline.sections.length > 0 && (
        <OutlineGroup title={t('sectionsHeading')} count={outline.sections.length} empty={t('outlineEmpty')}>
          <SectionList sections={outline.sections} handlers={handlers} />
        </OutlineGroup>
      )}
      {!pending && (
        <>
          <OutlineGroup title={t('quotesHeading')} count={outline.quotes.length} empty={t('quotesEmpty')}>
            <QuoteList quotes={outline.quotes} handlers={handlers} />
          </OutlineGroup>
          <OutlineGroup title={t('keyPointsHeading')} count={outline.keyPoints.length} empty={t('keyPointsEmpty')}>
            <KeyPointList keyPoints={outline.keyPoints} handlers={handlers} />
          </OutlineGroup>
        </>
      )}
    </nav>
  );
}
