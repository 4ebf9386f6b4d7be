import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../i18n/t';

interface Props {
  settingsId: string;
  settingsOpen: boolean;
  onToggleSettings: () => void;
  onCopyOutline: () => void;
  /** Absent where the view already fills a tab. */
  onOpenInTab?: (() => void) | undefined;
  /** Absent in the popup: a popup closes under the print dialog in Chrome. */
  onPrint?: (() => void) | undefined;
  /** Room for other features' buttons (saving to the library). */
  children?: ComponentChildren;
}

/** 20×20 line icons, drawn in the text colour; the button's label is what assistive tech reads. */
const ICONS = {
  settings: 'M3 16 7.5 4h1L13 16M4.6 12h6.8M13.5 16l2.7-7h.6l2.7 7M14.4 13.6h4.2',
  tab: 'M11 3h6v6M17 3l-8 8M14 12v5H3V6h5',
  copy: 'M7 7h10v10H7zM13 7V3H3v10h4',
  print: 'M5 8V3h10v5M5 14H3V8h14v6h-2M5 11h10v6H5z',
} as const;

function Icon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg class="icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

function ToolButton({ icon, label, shortcut, onClick }: { icon: keyof typeof ICONS; label: MessageKey; shortcut?: string; onClick: () => void }) {
  return (
    <button type="button" class="tool-button" aria-label={t(label)} title={t(label)} aria-keyshortcuts={shortcut} onClick={onClick}>
      <Icon name={icon} />
    </button>
  );
}

/** The row of reading tools above the article. */
export function ReaderToolbar({ settingsId, settingsOpen, onToggleSettings, onCopyOutline, onOpenInTab, onPrint, children }: Props) {
  return (
    <div class="reader-toolbar" role="toolbar" aria-label={t('toolbarLabel')}>
      <button
        type="button"
        class="tool-button settings-toggle"
        aria-label={t('settingsButton')}
        title={t('settingsButton')}
        aria-expanded={settingsOpen}
        aria-controls={settingsId}
        aria-keyshortcuts="S"
        onClick={onToggleSettings}
      >
        <Icon name="settings" />
      </button>
      <ToolButton icon="copy" label="copyOutline" onClick={onCopyOutline} />
      {onOpenInTab && <ToolButton icon="tab" label="openInTab" shortcut="T" onClick={onOpenInTab} />}
      {onPrint && <ToolButton icon="print" label="printArticle" onClick={onPrint} />}
      {children}
    </div>
  );
}
