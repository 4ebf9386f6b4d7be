import { describe, expect, it } from 'vitest';
import { distinctPitchWords, pitchWordsIn } from '@/utils/lang/pitch-words';

describe('pitchWordsIn', () => {
  it('finds the subscription words of every language, whatever their case', () => {
    expect(pitchWordsIn('Subscribe to continue reading. Already a subscriber? Log in')).toEqual(['subscribe', 'subscribe', 'log in']);
    expect(pitchWordsIn('Đăng ký để đọc tiếp / Đăng nhập')).toEqual(['đăng ký', 'đăng nhập']);
    expect(pitchWordsIn('この記事は有料記事です。ログインする')).toEqual(['有料記事', 'ログイン']);
  });

  it('finds none in a story', () => {
    expect(pitchWordsIn('The council voted on the budget on Tuesday.')).toEqual([]);
  });

  it('counts different words once each: two make a pitch, one repeated does not', () => {
    expect(distinctPitchWords('Subscribe now. Subscribe today.')).toBe(1);
    expect(distinctPitchWords('Suscríbete para seguir leyendo. Ya soy suscriptor')).toBe(2);
  });
});
