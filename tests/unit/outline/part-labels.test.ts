import { describe, expect, it } from 'vitest';
import { followsCounter, isBareName, isCutPiece, isOneWord } from '@/utils/outline/part-labels';
import { stopWordsFor } from '@/utils/text/stop-words';

const lower = (texts: string[]): string[] => texts.map((t) => t.toLowerCase());

describe('labels of invented parts (issue 13)', () => {
  it('takes a phrase no longer than one word of its language for one word', () => {
    expect(isOneWord('hoạt động', 'vi')).toBe(true);
    expect(isOneWord('đê sông hồng', 'vi')).toBe(false);
    expect(isOneWord('文化', 'zh')).toBe(true);
    expect(isOneWord('国际空间站', 'zh')).toBe(false);
    // Where spaces part words, a phrase of two terms is two words.
    expect(isOneWord('trade embargo', 'en')).toBe(false);
  });

  it('finds a piece cut from a longer phrase: the same content word always after or before it', () => {
    const vi = ['Tuy vậy, vẫn còn mặt còn hạn chế trong công tác.', 'Những mặt còn hạn chế cần khắc phục sớm.'];
    expect(isCutPiece(lower(vi), 'mặt còn hạn', stopWordsFor('vi'))).toBe(true);
    expect(isCutPiece(lower(vi), 'mặt còn hạn chế', stopWordsFor('vi'))).toBe(false);
    const zh = ['这是一个文化方面的问题。', '人们在文化方面存在差异。'];
    expect(isCutPiece(zh, '文化方', stopWordsFor('zh'))).toBe(true);
    // A stop word beside it every time does not make it a piece.
    const en = ['Officials discussed the harbour bridge again.', 'The harbour bridge again closed.'];
    expect(isCutPiece(lower(en), 'harbour bridge', stopWordsFor('en'))).toBe(false);
  });

  it('takes a Chinese phrase after a number or a demonstrative in every use for one cut after its measure word', () => {
    const zh = ['美国联邦航空管理局开展了一项研究，以验证人在不同的海拔高度饮酒。', '在这项研究中，17名男子被要求喝下一些伏特加。'];
    expect(followsCounter(zh, '项研究', 'zh')).toBe(true);
    // Once without one before it, the phrase stands on its own.
    expect(followsCounter([...zh, '项研究表明，饮酒无害。'], '项研究', 'zh')).toBe(false);
    expect(followsCounter(zh, '伏特加', 'zh')).toBe(false);
    // Scripts with spaces, and languages without the list, are not read this way.
    expect(followsCounter(['one study said', 'this study found'], 'study', 'en')).toBe(false);
  });

  it('finds a bare name: capitalised inside every sentence, or the speaker of a speech verb', () => {
    const vi = ['Ngày 25/1, Đảng ủy quận Đống Đa tổ chức hội nghị.', 'Các doanh nghiệp ở quận Đống Đa đã hoàn thành.'];
    expect(isBareName(vi, lower(vi), 'đống đa', 'vi')).toBe(true);
    const river = ['Mực nước đê sông Hồng dâng cao.', 'Đê sông Hồng được gia cố.'];
    expect(isBareName(river, lower(river), 'đê sông hồng', 'vi')).toBe(false);
    const zh = ['NASA发言人斯蒂芬妮·席尔霍尔茨(Stephanie Schierholz)表示：“我们研究了。”', '席尔霍尔茨补充说，公众也反对。'];
    expect(isBareName(zh, zh, '席尔霍尔茨', 'zh')).toBe(true);
    expect(isBareName(zh, zh, '公众', 'zh')).toBe(false);
    const en = ['The trade embargo hit exports, and Trade Embargo Watch said so.', 'Under the trade embargo, prices rose.'];
    expect(isBareName(en, lower(en), 'trade embargo', 'en')).toBe(false);
  });
});
