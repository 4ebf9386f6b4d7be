import { describe, expect, it } from 'vitest';
import { Mentions } from '@/utils/outline/mentions';
import { outlineOfText } from './helpers';

const person = (name: string) => ({ name, role: null, kind: 'person' as const });

describe('a one-word mention of a family name written first (issue 13)', () => {
  it('is not known as the person where the language lists it as a family name; the given name is', () => {
    const mentions = new Mentions(new Set(['đoàn', 'lưu']));
    mentions.add(person('Đoàn Đình Thư'), 1);
    expect(mentions.knows('Đoàn')).toBe(false);
    expect(mentions.knows('Thư')).toBe(true);
    expect(mentions.resolve(person('Thư')).name).toBe('Đoàn Đình Thư');
    // Named with an honorific ("ông Lưu"), a Chinese name shortened to its family name still resolves.
    mentions.add(person('Lưu Hạc'), 2);
    expect(mentions.resolve(person('Lưu')).name).toBe('Lưu Hạc');
  });

  it('still is where the language does not list it ("Moon" of Moon Jae-in)', () => {
    const mentions = new Mentions(new Set(['đoàn']));
    mentions.add(person('Moon Jae-in'), 1);
    expect(mentions.resolve(person('Moon')).name).toBe('Moon Jae-in');
  });

  it('reads one word as the surname of the nearest name that ends with it before the first word of a nearer one ("Ryan" after "Ryan Incorporated Central")', () => {
    const mentions = new Mentions();
    mentions.add(person('Paul Ryan'), 1);
    mentions.add(person('Ryan Incorporated Central'), 2);
    expect(mentions.resolve(person('Ryan')).name).toBe('Paul Ryan');
  });

  it('gives "Đoàn liên ngành" (the inspection team) no words of Đoàn Đình Thư', () => {
    const text = [
      'Ngày 26-10, ông Đoàn Đình Thư, chủ tịch UBND phường Tân Mai, xác nhận chủ đầu tư đã tiến hành tháo dỡ hai bảng hiệu tên trường và một số trang thiết bị.',
      'Đoàn liên ngành đã lập biên bản, yêu cầu chủ đầu tư ngưng thi công công trình, ngưng việc chiêu sinh, tháo dỡ bảng hiệu tên trường lắp dựng tại công trình.',
    ].join('\n\n');
    const { outline } = outlineOfText(text, 'vi');
    expect(outline.quotes.filter((q) => q.text.includes('ngưng thi công'))).toEqual([]);
  });
});
