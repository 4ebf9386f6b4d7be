import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExtractResult } from '@/utils/read-page';
import { jumpToAnchor } from '@/utils/dom/jump-to-anchor';
import { ArticleView } from './ArticleView';
import { OutlinePanel } from './OutlinePanel';
import { ReaderToolbar } from './ReaderToolbar';
import { ReadingProgress } from './ReadingProgress';
import { useReaderSettings } from '@/hooks/use-reader-settings';
import { useReaderKeys } from '../hooks/use-reader-keys';
import { useLazyComponent } from '../hooks/use-lazy-component';
import { t } from '../i18n/t';

type ArticleResult = Extract<ExtractResult, { ok: true }>;

interface Props {
  result: ArticleResult;
  locale: string;
  /** The popup scrolls a pane of fixed size; the full tab scrolls the window. */
  surface: 'popup' | 'tab';
  onOpenInTab?: (() => void) | undefined;
  /** Other features' toolbar buttons. */
  tools?: ComponentChildren;
}

const SETTINGS_ID = 'reader-settings';

/** The settings panel's code, fetched the first time it opens: the popup loads less on every click. */
const loadSettingsPanel = () => import('./ReaderSettings').then((module) => module.ReaderSettings);

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The reading view with its tools and outline: the same in the popup and in a full tab. */
export function Reader({ result, locale, surface, onOpenInTab, tools }: Props) {
  const { article, outline } = result;
  const [settings, updateSettings] = useReaderSettings();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const SettingsPanel = useLazyComponent(settingsOpen, loadSettingsPanel);
  const [announcement, setAnnouncement] = useState('');
  const [pane, setPane] = useState<HTMLElement | null>(null);
  const body = useRef<HTMLElement | null>(null);
  const top = useRef<HTMLDivElement>(null);

  // Focus goes back to the button that opened the panel, so a keyboard reader is not lost.
  const closeSettings = () => {
    setSettingsOpen(false);
    top.current?.querySelector<HTMLButtonElement>('.settings-toggle')?.focus();
  };
  const toggleSettings = () => (settingsOpen ? closeSettings() : setSettingsOpen(true));
  const copyOutline = async () => {
    // Loaded on first use: the popup opens on every click and most readers never copy.
    const [{ outlineToMarkdown }, { outlineMarkdownLabels }] = await Promise.all([import('@/utils/outline/outline-markdown'), import('../i18n/markdown-labels')]);
    const markdown = outlineToMarkdown(outline, article, outlineMarkdownLabels());
    setAnnouncement(t((await copyText(markdown)) ? 'outlineCopied' : 'copyFailed'));
  };

  useReaderKeys({
    toggleSettings,
    closeSettings: settingsOpen ? closeSettings : undefined,
    openInTab: onOpenInTab,
  });
  useEffect(() => {
    if (announcement === '') return undefined;
    const timer = setTimeout(() => setAnnouncement(''), 4000);
    return () => clearTimeout(timer);
  }, [announcement]);

  return (
    // "layout" is kept for the security tests, which audit what lies inside it.
    <div class={`layout reader reader-${surface}`} dir={article.dir}>
      <OutlinePanel outline={outline} onJump={(anchor) => jumpToAnchor(body.current, anchor)} />
      <main class="reading-pane" ref={surface === 'popup' ? setPane : undefined}>
        <div class="reader-top" ref={top}>
          <ReaderToolbar
            settingsId={SETTINGS_ID}
            settingsOpen={settingsOpen}
            onToggleSettings={toggleSettings}
            onCopyOutline={() => void copyOutline()}
            onOpenInTab={onOpenInTab}
            onPrint={surface === 'tab' ? () => window.print() : undefined}
          >
            {tools}
          </ReaderToolbar>
          <ReadingProgress scroller={surface === 'popup' ? pane : null} />
          {settingsOpen && SettingsPanel && <SettingsPanel id={SETTINGS_ID} settings={settings} locale={locale} onChange={updateSettings} onClose={closeSettings} />}
        </div>
        <p class="visually-hidden reader-announcement" role="status">
          {announcement}
        </p>
        <ArticleView article={article} locale={locale} onBodyRendered={(el) => (body.current = el)} />
      </main>
    </div>
  );
}
