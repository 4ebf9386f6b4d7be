import { describe, expect, it } from 'vitest';
import { escapeMarkdown, outlineToMarkdown } from '@/utils/outline/outline-markdown';
import type { Outline } from '@/utils/outline/types';

const LABELS = { sections: 'Sections', keyPoints: 'Key points', quotes: 'Quotes', reported: 'reported' };
const SOURCE = { title: 'Đảng ủy Khối Doanh nghiệp quận Đống Đa', url: 'https://dongda.hanoi.gov.vn/tin-tuc/a.html' };
const at = (block: number) => ({ block });

describe('outlineToMarkdown', () => {
  it('links the title to the article and nests sections by heading level', () => {
    const outline: Outline = {
      sections: [
        { title: 'Kết quả', level: 2, anchor: at(3), items: [] },
        { title: 'Chi tiết', level: 3, anchor: at(5), items: [] },
        { title: 'Bài học', level: 2, anchor: at(9), items: [{ label: 'Một là, giữ vững', anchor: at(10) }] },
      ],
      quotes: [],
      keyPoints: [],
    };
    expect(outlineToMarkdown(outline, SOURCE, LABELS)).toBe(
      [
        '# [Đảng ủy Khối Doanh nghiệp quận Đống Đa](<https://dongda.hanoi.gov.vn/tin-tuc/a.html>)',
        '',
        '## Sections',
        '',
        '- Kết quả',
        '  - Chi tiết',
        '- Bài học',
        '  - Một là, giữ vững',
        '',
      ].join('\n'),
    );
  });

  it('starts nesting at the shallowest level the article uses', () => {
    const outline: Outline = {
      sections: [
        { title: 'A', level: 3, anchor: at(0), items: [] },
        { title: 'B', level: 4, anchor: at(1), items: [] },
      ],
      quotes: [],
      keyPoints: [],
    };
    expect(outlineToMarkdown(outline, SOURCE, LABELS)).toContain('\n- A\n  - B\n');
  });

  it('writes quotes with their speaker, then key points as a list, in the given labels', () => {
    const outline: Outline = {
      sections: [],
      keyPoints: [{ text: 'Revenue rose 12%', anchor: at(2) }],
      quotes: [
        { text: 'We will  build\nit', speaker: 'Jane Doe', role: 'mayor', kind: 'direct', anchor: at(4) },
        { text: 'the plan was late', speaker: 'a spokesman', role: null, kind: 'reported', anchor: at(6) },
      ],
    };
    const md = outlineToMarkdown(outline, SOURCE, { sections: 'Các phần', keyPoints: 'Ý chính', quotes: 'Trích dẫn', reported: 'gián tiếp' });
    expect(md).not.toContain('Các phần');
    expect(md).toContain('## Trích dẫn\n\n> “We will build it”\n> — Jane Doe, mayor\n\na spokesman (gián tiếp): the plan was late\n\n## Ý chính\n\n- Revenue rose 12%\n');
  });

  it('never sets reported speech as a verbatim blockquote', () => {
    const outline: Outline = {
      sections: [],
      keyPoints: [],
      quotes: [
        { text: 'the bridge would open in May', speaker: 'Jane Doe', role: 'mayor', kind: 'reported', anchor: at(3) },
        { text: 'costs had doubled', speaker: null, role: null, kind: 'reported', anchor: at(5) },
      ],
    };
    const md = outlineToMarkdown(outline, SOURCE, LABELS);
    expect(md).toContain('## Quotes\n\nJane Doe, mayor (reported): the bridge would open in May\n\n(reported) costs had doubled\n');
    expect(md).not.toMatch(/^>/mu);
  });

  it('nests the items a key point introduces under it', () => {
    const outline: Outline = {
      sections: [],
      quotes: [],
      keyPoints: [{ text: 'Năm bài học kinh nghiệm', anchor: at(8), items: [{ text: 'Một là, giữ vững đoàn kết.', anchor: at(9) }, { text: 'Hai là, đổi mới.', anchor: at(10) }] }],
    };
    expect(outlineToMarkdown(outline, SOURCE, LABELS)).toContain('## Key points\n\n- Năm bài học kinh nghiệm\n  - Một là, giữ vững đoàn kết.\n  - Hai là, đổi mới.\n');
  });

  it('gives just the title for an empty outline', () => {
    expect(outlineToMarkdown({ sections: [], quotes: [], keyPoints: [] }, { title: 'T', url: '' }, LABELS)).toBe('# T\n');
  });

  it('keeps a URL with spaces or angle brackets inside the link', () => {
    const md = outlineToMarkdown({ sections: [], quotes: [], keyPoints: [] }, { title: 'T', url: 'https://x.test/a b<c>' }, LABELS);
    expect(md).toBe('# [T](<https://x.test/a%20b%3Cc%3E>)\n');
  });
});

describe('escapeMarkdown', () => {
  it('keeps page text from turning into Markdown syntax', () => {
    expect(escapeMarkdown('*bold* [link](x) <b> a_b `code`')).toBe('\\*bold\\* \\[link\\](x) \\<b\\> a\\_b \\`code\\`');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not numbered')).toBe('1\\. not numbered');
    expect(escapeMarkdown('> not a quote')).toBe('\\> not a quote');
  });

  it('leaves ordinary text and diacritics alone', () => {
    expect(escapeMarkdown('Năm là, tăng cường 2025 - 2030')).toBe('Năm là, tăng cường 2025 - 2030');
  });
});
