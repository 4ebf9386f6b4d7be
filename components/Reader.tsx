import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExtractResult } from '@/utils/read-page';
import { ArticleView } from './ArticleView';
import { OutlinePanel } from './OutlinePanel';
import { ReaderToolbar } from './ReaderToolbar';
import { ReadingProgress } from './ReadingProgress';
import { useReaderSettings } from '@/hooks/use-reader-settings';
import { useReaderKeys } from '../hooks/use-reader-keys';
import { useLazyComponent } from '../hooks/use-lazy-component';
import { useOutlinePlace } from '../hooks/use-outline-place';
import { useOutlineTracking } from '../hooks/use-outline-tracking';
import { t } from '../i18n/t';

type ArticleResult = Extract<ExtractResult, { ok: true }>;

interface Props {
  result: ArticleResult;
  locale: string;
  /** The popup scrolls a pane of fixed size; the full tab scrolls the window. */
  surface: 'popup' | 'tab';
  onOpenInTab?: (() => void) | undefined;
  /** The article is shown while its outline is still being made (the popup shows it at once). */
  outlinePending?: boolean;
  /** Other features' toolbar buttons. */
  tools?: ComponentChildren;
}

const SETTINGS_ID = 'reader-settings';
const OUTLINE_ID = 'reader-outline';

/** Code fetched on first use, so the popup loads less on every click. */
const loadSettingsPanel = () => import('./ReaderSettings').then((module) => module.ReaderSettings);
const loadShortcutsHelp = () => import('./ShortcutsHelp').then((module) => module.ShortcutsHelp);
const loadReadAloud = () => import('./ReadAloudBar').then((module) => module.ReadAloudBar);

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The reading view with its tools and outline: the same in the popup, the full tab and the
 * side panel. The article is focused on open, so the arrow keys, Page Down, Space and End
 * scroll it at once; the pane comes before the outline in the document, so Save is the
 * first Tab stop. Below 600 px the outline is a toggle above the article.
 */
export function Reader({ result, locale, surface, onOpenInTab, outlinePending = false, tools }: Props) {
  const { article, outline } = result;
  const [settings, updateSettings] = useReaderSettings();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const SettingsPanel = useLazyComponent(settingsOpen, loadSettingsPanel);
  const [helpOpen, setHelpOpen] = useState(false);
  const ShortcutsHelp = useLazyComponent(helpOpen, loadShortcutsHelp);
  const [readingAloud, setReadingAloud] = useState(false);
  const ReadAloudBar = useLazyComponent(readingAloud, loadReadAloud);
  const [announcement, setAnnouncement] = useState('');
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const [pane, setPane] = useState<HTMLElement | null>(null);
  const [body, setBody] = useState<HTMLElement | null>(null);
  const top = useRef<HTMLDivElement>(null);
  const helpReturn = useRef<HTMLElement | null>(null);
  const articleEl = useRef<HTMLElement>(null);
  const scroller = surface === 'popup' ? pane : null;

  const outlinePlace = useOutlinePlace(root, body, () => top.current?.querySelector<HTMLElement>('.outline-toggle'));
  const { narrow, shown: outlineShown } = outlinePlace;
  const current = useOutlineTracking(outline, body, scroller, outlineShown);

  const focusArticle = () => articleEl.current?.focus({ preventScroll: true });
  // Focus lands on the article on open (and after "Show anyway", which left nothing focused).
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) focusArticle();
  }, []);

  // Focus goes back to the button that opened the panel, so a keyboard reader is not lost.
  const closeSettings = () => {
    setSettingsOpen(false);
    top.current?.querySelector<HTMLButtonElement>('.settings-toggle')?.focus();
  };
  const toggleSettings = () => (settingsOpen ? closeSettings() : setSettingsOpen(true));
  const startReadAloud = () => setReadingAloud(true);
  const stopReadAloud = () => {
    setReadingAloud(false);
    top.current?.querySelector<HTMLButtonElement>('.read-aloud-toggle')?.focus();
  };
  const showHelp = () => {
    helpReturn.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setHelpOpen(true);
  };
  const closeHelp = () => {
    setHelpOpen(false);
    // Back where the reader was: the article, an outline item, a tool.
    (helpReturn.current?.isConnected ? helpReturn.current : articleEl.current)?.focus({ preventScroll: true });
  };
  const copyOutline = async () => {
    if (outlinePending) return;
    // Loaded on first use: the popup opens on every click and most readers never copy.
    const [{ outlineToMarkdown }, { outlineMarkdownLabels }] = await Promise.all([import('@/utils/outline/outline-markdown'), import('../i18n/markdown-labels')]);
    const markdown = outlineToMarkdown(outline, article, outlineMarkdownLabels());
    setAnnouncement(t((await copyText(markdown)) ? 'outlineCopied' : 'copyFailed'));
  };

  useReaderKeys(
    {
      toggleSettings,
      closePanel: settingsOpen ? closeSettings : outlinePlace.closeNarrow,
      openInTab: onOpenInTab,
      focusOutline: outlinePlace.focus,
      toggleOutline: outlinePlace.toggle,
      focusArticle,
      showHelp,
      copyOutline: () => void copyOutline(),
      // Once the bar is there it takes R itself (pause, resume, read from a key point).
      readAloud: readingAloud ? undefined : startReadAloud,
    },
    !helpOpen,
  );
  useEffect(() => {
    if (announcement === '') return undefined;
    const timer = setTimeout(() => setAnnouncement(''), 4000);
    return () => clearTimeout(timer);
  }, [announcement]);

  const outlinePanel = outlineShown && <OutlinePanel id={OUTLINE_ID} outline={outline} pending={outlinePending} current={current} onJump={outlinePlace.jump} />;
  const layout = `layout reader reader-${surface}${narrow ? ' reader-narrow' : ''}${outlineShown ? '' : ' outline-hidden'}${outlinePending ? ' outline-making' : ''}`;
  return (
    // "layout" is kept for the security tests, which audit what lies inside it.
    <div class={layout} dir={article.dir} ref={setRoot}>
      <main class="reading-pane" ref={surface === 'popup' ? setPane : undefined}>
        <div class="reader-top" ref={top}>
          <ReaderToolbar
            settingsId={SETTINGS_ID}
            settingsOpen={settingsOpen}
            onToggleSettings={toggleSettings}
            outlineId={OUTLINE_ID}
            outlineShown={outlineShown}
            onToggleOutline={outlinePlace.toggle}
            readAloudOn={readingAloud}
            onReadAloud={readingAloud ? stopReadAloud : startReadAloud}
            onCopyOutline={() => void copyOutline()}
            onShowHelp={showHelp}
            onOpenInTab={onOpenInTab}
            onPrint={surface === 'tab' ? () => window.print() : undefined}
          >
            {tools}
          </ReaderToolbar>
          <ReadingProgress scroller={scroller} />
          {settingsOpen && SettingsPanel && <SettingsPanel id={SETTINGS_ID} settings={settings} locale={locale} onChange={updateSettings} onClose={closeSettings} />}
          {readingAloud && ReadAloudBar && body && <ReadAloudBar body={body} lang={article.lang} locale={locale} scroller={scroller} onClose={stopReadAloud} />}
          {narrow && outlinePanel}
        </div>
        <p class="visually-hidden reader-announcement" role="status">
          {announcement}
        </p>
        <ArticleView article={article} locale={locale} articleRef={articleEl} onBodyRendered={setBody} />
      </main>
      {!narrow && outlinePanel}
      {helpOpen && ShortcutsHelp && <ShortcutsHelp onClose={closeHelp} />}
    </div>
  );
}
