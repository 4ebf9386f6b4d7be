import { useLayoutEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '../i18n/t';

/** Every action of the reading view and its keys, in the order a reader meets them. */
const SHORTCUT_GROUPS: { heading: MessageKey; rows: { keys: string[]; label: MessageKey }[] }[] = [
  {
    heading: 'keysReading',
    rows: [
      { keys: ['↑', '↓', 'PgUp', 'PgDn', 'Space', 'Home', 'End'], label: 'keyScroll' },
      { keys: ['A'], label: 'keyArticle' },
      { keys: ['Ctrl+S', '⌘S'], label: 'keySave' },
      { keys: ['C'], label: 'copyOutline' },
      { keys: ['S'], label: 'keySettings' },
      { keys: ['T'], label: 'keyOpenInTab' },
      { keys: ['Ctrl+P', '⌘P'], label: 'printArticle' },
      { keys: ['?'], label: 'keyHelp' },
      { keys: ['Esc'], label: 'keyClose' },
    ],
  },
  {
    heading: 'outlineHeading',
    rows: [
      { keys: ['O'], label: 'keyOutline' },
      { keys: ['Shift+O'], label: 'keyToggleOutline' },
      { keys: ['↑', '↓', 'Home', 'End'], label: 'keyOutlineMove' },
      { keys: ['Enter'], label: 'keyOutlineJump' },
    ],
  },
  {
    heading: 'readAloud',
    rows: [
      { keys: ['R'], label: 'keyReadAloud' },
      { keys: ['N'], label: 'keyNextSentence' },
      { keys: ['P'], label: 'keyPreviousSentence' },
      { keys: ['+', '−'], label: 'keySpeed' },
      { keys: ['X'], label: 'keyStopReading' },
    ],
  },
];

interface Props {
  onClose: () => void;
}

/**
 * The "?" overlay: every shortcut of the view. A modal <dialog> keeps focus inside while
 * open and closes on Escape by itself; its code is fetched the first time it opens.
 */
export function ShortcutsHelp({ onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  return (
    <dialog ref={dialog} class="shortcuts-help" aria-labelledby="shortcuts-help-title" onClose={onClose}>
      <div class="shortcuts-help-head">
        <h2 id="shortcuts-help-title">{t('keysHeading')}</h2>
        <button type="button" class="text-button" onClick={() => dialog.current?.close()}>
          {t('keysClose')}
        </button>
      </div>
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group.heading}>
          <h3>{t(group.heading)}</h3>
          <dl>
            {group.rows.map((row) => (
              <div key={row.label} class="shortcut-row">
                <dt>
                  {row.keys.map((key) => (
                    <kbd key={key}>{key}</kbd>
                  ))}
                </dt>
                <dd>{t(row.label)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </dialog>
  );
}
