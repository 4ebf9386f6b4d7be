import { describe, expect, it } from 'vitest';
import { findQuotedSpans, mendClosingMarks } from '@/utils/text/quote-marks';
import { outlineOfText } from '../outline/helpers';

describe('a closing quotation mark typed with the opening key (issue 13)', () => {
  it('reads “ before a comma, a full stop, a dash or the end as a closing mark, keeping every offset', () => {
    const text = '“Không ai dám lại gần “,bà Sỉu nói.';
    const mended = mendClosingMarks(text);
    expect(mended).toBe('“Không ai dám lại gần ”,bà Sỉu nói.');
    expect(mended.length).toBe(text.length);
    expect(mendClosingMarks('làm việc “.')).toBe('làm việc ”.');
    expect(mendClosingMarks('vào cuộc “ - ông Sâm nói')).toBe('vào cuộc ” - ông Sâm nói');
    expect(findQuotedSpans('Bà nói: “Không ai dám lại gần “, rồi đi.').spans.map((s) => s.inner)).toEqual(['Không ai dám lại gần']);
  });

  it('leaves opening marks alone', () => {
    for (const text of ['Ông nói: “Chúng tôi sẽ làm.”', 'Ông nói: “… và chúng tôi sẽ làm.”', 'He said “we will” twice.', '“Yes,” she said.']) expect(mendClosingMarks(text)).toBe(text);
  });

  it('keeps a quotation over two paragraphs with its speaker when the last mark is mistyped', () => {
    const text = [
      'Tối 16-11, ông Nguyễn Xuân Sâm - phó chi cục trưởng Chi cục Kiểm lâm - cho biết: “Chúng tôi đã nhận được công văn hoả tốc yêu cầu kiểm tra, xác minh thông tin.',
      'Chiều nay, cán bộ Cục Kiểm lâm cũng đã lên huyện để tiếp tục làm việc “.',
    ].join('\n\n');
    const { outline } = outlineOfText(text, 'vi');
    const [quote] = outline.quotes;
    expect(quote?.kind).toBe('direct');
    expect(quote?.speaker).toBe('Nguyễn Xuân Sâm');
    expect(quote?.text).toMatch(/^Chúng tôi đã nhận .* tiếp tục làm việc$/u);
  });

  it('reads ” where only an opening mark can stand as the opening mark, when a mark follows to close it', () => {
    const text = 'Ông nói: ”Chúng tôi sẽ làm.” Rồi đi.';
    const mended = mendClosingMarks(text);
    expect(mended).toBe('Ông nói: “Chúng tôi sẽ làm.” Rồi đi.');
    expect(mended.length).toBe(text.length);
    expect(findQuotedSpans('Bà nói ”Không ai dám lại gần“, rồi đi.').spans.map((s) => s.inner)).toEqual(['Không ai dám lại gần']);
  });

  it('leaves a closing ” alone when nothing follows to close it, or when it ends a word', () => {
    for (const text of ['Ông nói ”Chúng tôi sẽ làm.', '“Yes”said she.', '“We will,” she said ”twice.']) expect(mendClosingMarks(text)).toBe(text);
  });
});

/** Spektrum (field set) quotes with »…«, as German books and magazines do: its quotations were not read. */
describe('German »…« quotation marks', () => {
  it('open on a letter and close at «', () => {
    const { spans } = findQuotedSpans('»Als wir Untersuchungen durchführten, fanden wir Plastiden«, berichtet Molina.');
    expect(spans.map((s) => s.inner)).toEqual(['Als wir Untersuchungen durchführten, fanden wir Plastiden']);
  });

  it('leave French « … », whose » closes before a space, as before', () => {
    const { spans, unbalanced } = findQuotedSpans('« Nous ne céderons sur aucun point », a déclaré le ministre. Accueil » Actualités » Monde');
    expect(spans.map((s) => s.inner)).toEqual(['Nous ne céderons sur aucun point']);
    expect(unbalanced).toBe(false);
  });
});
