import { useLayoutEffect, useRef } from 'preact/hooks';
import {
  ALIGNMENTS,
  DEFAULT_SETTINGS,
  FONTS,
  RANGES,
  THEMES,
  type NumericSetting,
  type ReaderSettings as Settings,
} from '@/utils/settings/reader-settings';
import { t, type MessageKey } from '../i18n/t';
import { ToolbarButtonSetting } from './ToolbarButtonSetting';

interface Props {
  id: string;
  settings: Settings;
  locale: string;
  onChange: (change: Partial<Settings>) => void;
  onClose: () => void;
}

interface ChoiceProps<T extends string> {
  legend: MessageKey;
  name: string;
  choices: readonly T[];
  value: T;
  label: (choice: T) => MessageKey;
  onPick: (choice: T) => void;
}

/** A row of radio buttons that look like a segmented control; arrows move within it natively. */
function Choice<T extends string>({ legend, name, choices, value, label, onPick }: ChoiceProps<T>) {
  return (
    <fieldset class="setting segmented">
      <legend>{t(legend)}</legend>
      <div class="segments">
        {choices.map((choice) => (
          <label key={choice} class={`segment ${name}-${choice}`}>
            <input type="radio" name={name} value={choice} checked={choice === value} onChange={() => onPick(choice)} />
            <span>{t(label(choice))}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface SliderProps {
  label: MessageKey;
  name: NumericSetting;
  value: number;
  shown: string;
  onPick: (value: number) => void;
}

function Slider({ label, name, value, shown, onPick }: SliderProps) {
  const range = RANGES[name];
  return (
    <label class="setting slider">
      <span class="slider-label">
        {t(label)} <output>{shown}</output>
      </span>
      <input
        type="range"
        name={name}
        min={range.min}
        max={range.max}
        step={range.step}
        value={value}
        aria-valuetext={shown}
        onInput={(event) => onPick(Number(event.currentTarget.value))}
      />
    </label>
  );
}

/** The typography panel: every change applies at once and is remembered for the next page. */
export function ReaderSettings({ id, settings, locale, onChange, onClose }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  // Text size as a percentage of the default: readers know "120%" from their browser's zoom.
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });

  // Opening the panel moves focus into it, so keyboard readers land where the controls are.
  useLayoutEffect(() => {
    const first = panel.current?.querySelector<HTMLInputElement>('input:checked') ?? panel.current?.querySelector('input');
    first?.focus();
  }, []);

  return (
    <div id={id} ref={panel} class="reader-settings" role="group" aria-label={t('settingsHeading')}>
      <Choice legend="themeLabel" name="theme" choices={THEMES} value={settings.theme} label={(c) => `theme_${c}`} onPick={(theme) => onChange({ theme })} />
      <Choice legend="fontLabel" name="font" choices={FONTS} value={settings.font} label={(c) => `font_${c}`} onPick={(font) => onChange({ font })} />
      <Slider label="textSizeLabel" name="textSize" value={settings.textSize} shown={percent.format(settings.textSize / DEFAULT_SETTINGS.textSize)} onPick={(textSize) => onChange({ textSize })} />
      <Slider label="lineHeightLabel" name="lineHeight" value={settings.lineHeight} shown={number.format(settings.lineHeight)} onPick={(lineHeight) => onChange({ lineHeight })} />
      <Slider
        label="columnWidthLabel"
        name="columnWidth"
        value={settings.columnWidth}
        shown={t('columnWidthValue', number.format(settings.columnWidth))}
        onPick={(columnWidth) => onChange({ columnWidth })}
      />
      <Choice legend="alignLabel" name="align" choices={ALIGNMENTS} value={settings.align} label={(c) => `align_${c}`} onPick={(align) => onChange({ align })} />
      <ToolbarButtonSetting />
      <div class="settings-footer">
        <button type="button" class="text-button" onClick={() => onChange({ ...DEFAULT_SETTINGS })}>
          {t('resetSettings')}
        </button>
        <button type="button" class="text-button" onClick={onClose}>
          {t('closeSettings')}
        </button>
      </div>
      <p class="shortcuts-hint">{t('shortcutsHint')}</p>
    </div>
  );
}
