import { describe, expect, it } from 'vitest';
import { chooseVoice, type VoiceLike } from '@/utils/speech/choose-voice';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({ name, lang, localService, default: isDefault });

/** A list shaped like Chrome's on Windows with a Vietnamese voice installed, plus Google's network voices. */
const VOICES = [
  voice('Microsoft David - English (United States)', 'en-US', true, true),
  voice('Microsoft Hazel - English (United Kingdom)', 'en-GB'),
  voice('Google Tiếng Việt', 'vi-VN', false),
  voice('Microsoft An - Vietnamese (Vietnam)', 'vi-VN'),
  voice('Google US English', 'en-US', false),
];

describe('chooseVoice', () => {
  it('takes the installed Vietnamese voice, never the network one', () => {
    expect(chooseVoice(VOICES, 'vi')?.name).toBe('Microsoft An - Vietnamese (Vietnam)');
    expect(chooseVoice(VOICES, 'vi-VN')?.name).toBe('Microsoft An - Vietnamese (Vietnam)');
  });

  it('returns null when only a network voice speaks the language', () => {
    expect(chooseVoice([voice('Google Tiếng Việt', 'vi-VN', false), voice('David', 'en-US')], 'vi')).toBeNull();
  });

  it('prefers the same region, then the default voice', () => {
    expect(chooseVoice(VOICES, 'en-GB')?.name).toBe('Microsoft Hazel - English (United Kingdom)');
    expect(chooseVoice(VOICES, 'en')?.name).toBe('Microsoft David - English (United States)');
  });

  it('reads tags written with underscores or in another case (Android, speech-dispatcher)', () => {
    expect(chooseVoice([voice('espeak', 'VI_vn')], 'vi-VN')?.name).toBe('espeak');
    expect(chooseVoice([voice('espeak-ng vi', 'vi')], 'vi-VN')?.name).toBe('espeak-ng vi');
  });

  it('finds nothing for an empty language or an empty list', () => {
    expect(chooseVoice(VOICES, '')).toBeNull();
    expect(chooseVoice([], 'vi')).toBeNull();
  });
});
