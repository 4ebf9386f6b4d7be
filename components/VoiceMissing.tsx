import { t, type MessageKey } from '../i18n/t';

type System = 'windows' | 'mac' | 'linux' | 'android';

const HELP: Record<System, MessageKey> = {
  windows: 'voiceHelpWindows',
  mac: 'voiceHelpMac',
  linux: 'voiceHelpLinux',
  android: 'voiceHelpAndroid',
};

/** The reader's system, to put its instructions first (ChromeOS shares Android's line). */
function currentSystem(userAgent: string): System | null {
  if (/Android|CrOS/u.test(userAgent)) return 'android';
  if (/Windows/u.test(userAgent)) return 'windows';
  if (/Mac OS X|Macintosh/u.test(userAgent)) return 'mac';
  if (/Linux|X11/u.test(userAgent)) return 'linux';
  return null;
}

function languageName(lang: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** No installed voice speaks the article's language: says so, and how to add one on each system. */
export function VoiceMissing({ lang, locale }: { lang: string; locale: string }) {
  const name = languageName(lang, locale);
  const here = currentSystem(navigator.userAgent);
  const systems = (Object.keys(HELP) as System[]).sort((a, b) => Number(b === here) - Number(a === here));
  return (
    <div role="alert" class="read-aloud-message voice-missing">
      <p>{t('readNoVoice', name)}</p>
      <ul>
        {systems.map((system) => (
          <li key={system} class={system === here ? 'this-system' : undefined}>
            {t(HELP[system], name)}
          </li>
        ))}
      </ul>
    </div>
  );
}
