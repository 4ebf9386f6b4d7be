import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SavedOutline, WriteFailure } from '@/utils/library/schema';
import type { NoteAndTags } from '@/utils/library/notes-tags';
import { jumpToAnchor } from '@/utils/dom/jump-to-anchor';
import { isReadableUrl } from '@/utils/library/normalize-url';
import { OutlinePanel } from '../OutlinePanel';
import { SafeHtml } from '../SafeHtml';
import { t } from '../../i18n/t';
import { formatArticleDate } from '@/utils/format/dates';
import { formatSavedAt } from '@/utils/format/saved-at';
import { NoteTagsEditor } from './NoteTagsEditor';
import { useLazyComponent } from '@/hooks/use-lazy-component';
import type { HighlightsProps } from './Highlights';
import type { Annotation } from '@/utils/library/schema';

interface Props {
  record: SavedOutline;
  onSaveNote: (change: NoteAndTags) => Promise<{ ok: true; record: SavedOutline } | WriteFailure>;
  locale: string;
  onBack: () => void;
  onDelete: (id: string) => void;
  onChanged: (record: SavedOutline) => void;
  /** Writes the article's highlights; without it the article is shown without them. */
  onSaveAnnotations?: (annotations: Annotation[]) => Promise<{ ok: true; record: SavedOutline } | WriteFailure>;
}

// Highlights are fetched when an article is opened, never with the list the library opens on.
const loadHighlights = () => import('./Highlights').then((m) => m.Highlights);

/** Without saved HTML the text is shown paragraph by paragraph, as text. */
function PlainText({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/u).filter((p) => p.trim() !== '');
  if (paragraphs.length === 0) return <p class="library-muted">{t('libraryNoText')}</p>;
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </>
  );
}

/**
 * Images of a saved or imported article stay unloaded until the reader asks: any of them
 * could be a tracking pixel, and opening the article would then tell its sender it was read.
 */
function HeldImages({ count, onLoad }: { count: number; onLoad: () => void }) {
  return (
    <p class="held-images">
      {t('libraryImagesHeld', String(count))}{' '}
      <button type="button" class="load-images" onClick={onLoad}>
        {t('libraryLoadImages')}
      </button>
    </p>
  );
}

/**
 * One saved article, read offline: everything comes from the library, nothing from the
 * network, images included unless the reader presses "Load images" for this article. The
 * saved HTML goes through SafeHtml, which sanitizes it again; every other field is a text node.
 */
export function SavedItemView({ record, locale, onBack, onDelete, onSaveNote, onChanged, onSaveAnnotations }: Props) {
  const body = useRef<HTMLElement | null>(null);
  // The rendered body, as state too: highlights are drawn each time it is rendered again.
  const [rendered, setRendered] = useState<{ el: HTMLElement; version: number } | null>(null);
  const showBody = (el: HTMLElement) => {
    body.current = el;
    setRendered((last) => (last?.el === el ? { el, version: last.version + 1 } : { el, version: 0 }));
  };
  // The plain-text body is rendered by Preact: it is shown once per text, not on every render (a ref callback would loop).
  const plainBody = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!record.html && plainBody.current) showBody(plainBody.current);
  }, [record.html, record.text]);
  const Highlights = useLazyComponent<HighlightsProps>(onSaveAnnotations !== undefined, loadHighlights);
  const [heldImages, setHeldImages] = useState(0);
  // Per article: loading one article's images never loads the next one's.
  const [imagesLoadedFor, setImagesLoadedFor] = useState<string | null>(null);
  const images = imagesLoadedFor === record.id ? 'load' : 'hold';
  const meta = [record.siteName, record.byline, record.published ? formatArticleDate(record.published, locale, 'short') : null, t('librarySavedOn', formatSavedAt(record.savedAt, locale))];
  return (
    <article class="saved-item">
      <div class="saved-item-actions">
        <button type="button" onClick={onBack}>
          {t('libraryBack')}
        </button>
        <button type="button" class="danger" onClick={() => onDelete(record.id)}>
          {t('libraryDelete')}
        </button>
      </div>
      <header class="saved-item-header" lang={record.lang ?? undefined} dir={record.dir}>
        <h2 class="saved-item-title">{record.title}</h2>
        <p class="library-item-meta">{meta.filter((part): part is string => Boolean(part)).join(' · ')}</p>
        {isReadableUrl(record.url) && (
          <a class="saved-item-source" href={record.url} target="_blank" rel="noopener noreferrer">
            {t('libraryOpenSource')}
          </a>
        )}
      </header>
      <NoteTagsEditor record={record} onSave={onSaveNote} onSaved={onChanged} />
      {images === 'hold' && heldImages > 0 && <HeldImages count={heldImages} onLoad={() => setImagesLoadedFor(record.id)} />}
      <div class="saved-item-layout" dir={record.dir}>
        <OutlinePanel outline={record.outline} onJump={(anchor) => jumpToAnchor(body.current, anchor)} />
        {record.html ? (
          <SafeHtml
            html={record.html}
            images={images}
            class="article-body"
            lang={record.lang ?? undefined}
            dir={record.dir}
            onRendered={(el, held) => {
              showBody(el);
              setHeldImages(held);
            }}
          />
        ) : (
          <div class="article-body" lang={record.lang ?? undefined} dir={record.dir} ref={plainBody}>
            <PlainText text={record.text} />
          </div>
        )}
      </div>
      {Highlights && onSaveAnnotations && <Highlights record={record} body={rendered?.el ?? null} bodyVersion={rendered?.version ?? 0} onSave={onSaveAnnotations} onSaved={onChanged} />}
    </article>
  );
}
