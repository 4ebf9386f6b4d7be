import { useEffect, useState } from 'preact/hooks';
import { sidePanelSupported } from '@/clients/side-panel';
import { toolbarOpensItem } from '@/clients/toolbar-opens';
import { normalizeToolbarOpens, TOOLBAR_OPENS, type ToolbarOpens } from '@/utils/settings/toolbar-button';
import { t } from '../i18n/t';

/**
 * "Lede's toolbar button opens: Popup | Side panel", in the settings panel. Not shown where the
 * browser has no side panel (Firefox for Android). The background applies the choice at once.
 */
export function ToolbarButtonSetting() {
  const [opens, setOpens] = useState<ToolbarOpens | null>(null);
  useEffect(() => {
    void toolbarOpensItem.getValue().then((stored) => setOpens(normalizeToolbarOpens(stored)), () => setOpens(normalizeToolbarOpens(undefined)));
    return toolbarOpensItem.watch((stored) => setOpens(normalizeToolbarOpens(stored)));
  }, []);
  if (opens === null || !sidePanelSupported()) return null;
  const pick = (choice: ToolbarOpens) => {
    setOpens(choice);
    // A failed write leaves the button as it was; the next opening of the settings shows that.
    toolbarOpensItem.setValue(choice).catch(() => undefined);
  };
  return (
    <fieldset class="setting segmented">
      <legend>{t('toolbarOpensLabel')}</legend>
      <div class="segments">
        {TOOLBAR_OPENS.map((choice) => (
          <label key={choice} class={`segment toolbar-opens-${choice}`}>
            <input type="radio" name="toolbarOpens" value={choice} checked={choice === opens} onChange={() => pick(choice)} />
            <span>{t(`toolbarOpens_${choice}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
