// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CitationExport } from '@/components/library/CitationExport';
import type { CitableRecord } from '@/utils/library/citations/model';

vi.mock('@/i18n/t', () => ({ t: (key: string) => key }));
const downloads: { text: string; fileName: string; type: string }[] = [];
vi.mock('@/clients/download', () => ({ downloadText: (text: string, fileName: string, type: string) => downloads.push({ text, fileName, type }) }));

let container: HTMLElement;

function mount(node: preact.ComponentChild): void {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(node, container));
}

afterEach(() => {
  act(() => render(null, container));
  container.remove();
  downloads.length = 0;
});

const saved: CitableRecord = {
  id: 'a',
  url: 'https://tuoitre.vn/bai-1',
  title: 'Ông Nguyễn Văn Quang nói về dự án',
  byline: 'Trần Thu Hà',
  published: '2025-06-01',
  siteName: 'Tuổi Trẻ',
  lang: 'vi',
  savedAt: Date.UTC(2025, 5, 2),
};

async function press(label: string): Promise<void> {
  const button = [...container.querySelectorAll('button')].find((b) => b.textContent === label);
  if (!button) throw new Error(`no ${label} button`);
  await act(async () => {
    button.click();
    // The writers are imported on the first press.
    await vi.waitFor(() => expect(downloads.length).toBeGreaterThan(0), { timeout: 5000 });
  });
}

describe('citation buttons', () => {
  it('say what they cite and download a BibTeX file made from the records read on the press', async () => {
    const readRecords = vi.fn(async () => [saved]);
    mount(<CitationExport scope="results" readRecords={readRecords} />);
    expect(container.querySelector('[role=group]')?.getAttribute('aria-label')).toBe('libraryCiteResults');
    expect(readRecords).not.toHaveBeenCalled();
    await press('BibTeX');
    expect(readRecords).toHaveBeenCalledTimes(1);
    expect(downloads[0]?.fileName).toMatch(/^lede-citations-\d{4}-\d{2}-\d{2}\.bib$/u);
    expect(downloads[0]?.text).toContain('author = {Trần, Thu Hà}');
    expect(downloads[0]?.text).toContain('journal = {Tuổi Trẻ}');
  });

  it('downloads RIS and CSL-JSON with their own types', async () => {
    mount(<CitationExport scope="one" readRecords={async () => [saved]} />);
    await press('RIS');
    expect(downloads[0]?.type).toBe('application/x-research-info-systems');
    expect(downloads[0]?.text.startsWith('TY  - NEWS\r\n')).toBe(true);
    downloads.length = 0;
    await press('CSL-JSON');
    expect(JSON.parse(downloads[0]?.text ?? '')).toEqual([expect.objectContaining({ id: 'tran2025nguyen', 'container-title': 'Tuổi Trẻ' })]);
  });
});
