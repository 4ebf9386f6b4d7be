import { describe, expect, it } from 'vitest';
import { detokeniseLines, groupParagraphs, joinBrokenSentences, parseVietNews } from '../../../scripts/data/vietnews-text';

// Lines as VietNews train writes them (word-segmented, punctuation apart), from 005000 and 023420.
describe('scripts/data/vietnews-text', () => {
  it('undoes the word joins and the spaces around punctuation', () => {
    expect(detokeniseLines(['Đại_tá Nguyễn_Văn_Viện nói : “ 7 nạn_nhân đã tử_vong ( SN 1990 ) .'])).toEqual([
      'Đại tá Nguyễn Văn Viện nói: “7 nạn nhân đã tử vong (SN 1990).',
    ]);
  });

  it('gives straight quotes their direction, across lines', () => {
    expect(detokeniseLines(['" Vậy thì còn phải trừng_phạt vì điều gì nữa ?', '" , ông Putin nói .'])).toEqual([
      '"Vậy thì còn phải trừng phạt vì điều gì nữa?',
      '", ông Putin nói.',
    ]);
  });

  it('joins a sentence broken after "TP." and a line that starts with its closing quote', () => {
    expect(joinBrokenSentences(['Cũng theo vị Phó giám đốc Công an TP.', 'Hà Nội, toàn bộ nạn nhân đều dương tính.'])).toEqual([
      'Cũng theo vị Phó giám đốc Công an TP. Hà Nội, toàn bộ nạn nhân đều dương tính.',
    ]);
    expect(joinBrokenSentences(['"Vậy thì còn phải trừng phạt vì điều gì nữa?', '", ông Putin nói.'])).toEqual([
      '"Vậy thì còn phải trừng phạt vì điều gì nữa?", ông Putin nói.',
    ]);
  });

  it('groups two sentences to a paragraph and lets a long quotation run over paragraphs', () => {
    const sentences = ['A một.', 'B hai.', '“C ba.', 'D bốn.', 'E năm.', 'F sáu”, ông nói.', 'G bảy.'];
    expect(groupParagraphs(sentences)).toEqual(['A một. B hai.', '“C ba. D bốn. E năm.', 'F sáu”, ông nói. G bảy.']);
  });

  it('puts the abstract first and drops the captions after the body', () => {
    const raw = 'Tiêu_đề\n\nTóm_tắt bài .\n\nCâu một .\nCâu hai .\n\nẢnh minh_hoạ .\n';
    expect(parseVietNews(raw)).toEqual({ title: 'Tiêu đề', paragraphs: ['Tóm tắt bài.', 'Câu một. Câu hai.'] });
  });
});
