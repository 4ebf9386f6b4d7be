import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../i18n/t';

interface Props {
  settingsId: string;
  settingsOpen: boolean;
  onToggleSettings: () => void;
  outlineId: string;
  outlineShown: boolean;
  onToggleOutline: () => void;
  readAloudOn: boolean;
  onReadAloud: () => void;
  onCopyOutline: () => void;
  onShowHelp: () => void;
  /** Absent where the view already fills a tab. */
  onOpenInTab?: (() => void) | undefined;
  /** Absent in the popup: a popup closes under the print dialog in Chrome. */
  onPrint?: (() => void) | undefined;
  /** Other features' buttons (saving to the library): first, so Save is an early Tab stop. */
  children?: ComponentChildren;
}

/** 20×20 line icons, drawn in the text colour; the button's label is what assistive tech reads. */
const ICONS = {
  settings: 'M3 16 7.5 4h1L13 16M4.6 12h6.8M13.5 16l2.7-7h.6l2.7 7M14.4 13.6h4.2',
  tab: 'M11 3h6v6M17 3l-8 8M14 12v5H3V6h5',
  copy: 'M7 7h10v10H7zM13 7V3H3v10h4',
  print: 'M5 8V3h10v5M5 14H3V8h14v6h-2M5 11h10v6H5z',
  outline: 'M3 5h2M8 5h9M3 10h2M8 10h9M3 15h2M8 15h9',
  speak: 'M3 8h3l5-4v12l-5-4H3zM14 7.5a3.5 3.5 0 0 1 0 5M16.5 5a7 7 0 0 1 0 10',
  help: 'M7.5 7.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V12M10 15v.5',
} as const;

function Icon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg class="icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

interface ToolButtonProps {
  icon: keyof typeof ICONS;
  label: MessageKey;
  shortcut?: string;
  class?: string;
  pressed?: boolean;
  expanded?: boolean;
  controls?: string;
  onClick: () => void;
}

function ToolButton({ icon, label, shortcut, class: extra, pressed, expanded, controls, onClick }: ToolButtonProps) {
  return (
    <button
      type="button"
      class={extra ? `tool-button ${extra}` : 'tool-button'}
      aria-label={t(label)}
      title={shortcut ? `${t(label)} (${shortcut})` : t(label)}
      aria-keyshortcuts={shortcut}
      aria-pressed={pressed}
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  );
}

/** The row of reading tools above the article; every button has a key (the "?" overlay lists them). */
export function ReaderToolbar(props: Props) {
  const { settingsId, settingsOpen, onToggleSettings, outlineId, outlineShown, onToggleOutline, readAloudOn, onReadAloud } = props;
  return (
    <div class="reader-toolbar" role="toolbar" aria-label={t('toolbarLabel')}>
      {props.children}
      <ToolButton
        icon="outline"
        label={outlineShown ? 'hideOutline' : 'showOutline'}
        shortcut="Shift+O"
        class="outline-toggle"
        expanded={outlineShown}
        controls={outlineId}
        onClick={onToggleOutline}
      />
      <ToolButton icon="speak" label="readAloud" shortcut="R" class="read-aloud-toggle" pressed={readAloudOn} onClick={onReadAloud} />
      <ToolButton icon="settings" label="settingsButton" shortcut="S" class="settings-toggle" expanded={settingsOpen} controls={settingsId} onClick={onToggleSettings} />
      <ToolButton icon="copy" label="copyOutline" shortcut="C" onClick={props.onCopyOutline} />
      {props.onOpenInTab && <ToolButton icon="tab" label="openInTab" shortcut="T" onClick={props.onOpenInTab} />}
      {props.onPrint && <ToolButton icon="print" label="printArticle" onClick={props.onPrint} />}
      <ToolButton icon="help" label="keysHeading" shortcut="?" class="help-toggle" onClick={props.onShowHelp} />
    </div>
  );
}
