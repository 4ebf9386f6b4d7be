// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportExport } from '@/components/library/ImportExport';
import { LibraryClosedNotice } from '@/components/library/LibraryClosedNotice';
import type { ImportOptions, ImportResult } from '@/utils/library/import';

vi.mock('@/i18n/t', () => ({ t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}:${([] as string[]).concat(subs).join(',')}`) }));

let container: HTMLElement;

function mount(node: preact.ComponentChild): void {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(node, container));
}

afterEach(() => {
  act(() => render(null, container));
  container.remove();
});

/** What the page uses of a chosen File (jsdom's File has no text()). */
function chooseFile(read: () => Promise<string>): void {
  const input = container.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [{ name: 'library.json', size: 2, text: read }], configurable: true });
  input.dispatchEvent(new Event('change'));
}

describe('import progress and cancel', () => {
  it('shows a labelled progress bar while importing, and Cancel aborts with nothing written', async () => {
    let options: Pick<ImportOptions, 'signal' | 'onProgress'> | undefined;
    const importText = vi.fn((_text: string, given: Pick<ImportOptions, 'signal' | 'onProgress'>) => {
      options = given;
      given.onProgress?.('writing', 500, 1_200);
      return new Promise<ImportResult>((resolve) => {
        given.signal?.addEventListener('abort', () => resolve({ ok: false, reason: 'cancelled', message: 'cancelled' }));
      });
    });
    const onImported = vi.fn();
    mount(<ImportExport readRecords={() => Promise.resolve({ records: [], merges: [], skipped: 0 })} importText={importText} selectedIds={[]} onImported={onImported} />);

    await act(async () => {
      chooseFile(() => Promise.resolve('{}'));
      await vi.waitFor(() => expect(importText).toHaveBeenCalled());
    });
    const bar = container.querySelector('progress');
    expect(bar?.getAttribute('aria-label')).toBe('libraryImportProgress');
    expect(bar?.getAttribute('max')).toBe('1200');
    expect(bar?.getAttribute('value')).toBe('500');
    expect(container.querySelector('.import-progress span')?.textContent).toBe('libraryImportWriting:500,1200');
    expect(container.querySelector<HTMLInputElement>('input[type=file]')?.disabled).toBe(true);

    const cancel = [...container.querySelectorAll('button')].find((b) => b.textContent === 'libraryImportCancel');
    act(() => cancel?.click());
    // The import settles after act() returns; renders then happen as in the page.
    await vi.waitFor(() => expect(container.querySelector('progress')).toBeNull());
    expect(options?.signal?.aborted).toBe(true);
    expect(container.querySelector('[role=status]')?.textContent).toBe('libraryImportCancelled');
    expect(onImported).not.toHaveBeenCalled();
    expect(container.querySelector<HTMLInputElement>('input[type=file]')?.disabled).toBe(false);
  });

  it('reports the counts and reloads the list after an import that wrote something', async () => {
    const onImported = vi.fn();
    const importText = () => Promise.resolve<ImportResult>({ ok: true, counts: { added: 2, updated: 1, unchanged: 4 } });
    mount(<ImportExport readRecords={() => Promise.resolve({ records: [], merges: [], skipped: 0 })} importText={importText} selectedIds={[]} onImported={onImported} />);
    act(() => chooseFile(() => Promise.resolve('{}')));
    await vi.waitFor(() => expect(container.querySelector('.library-notice')).not.toBeNull());
    expect(onImported).toHaveBeenCalledOnce();
    expect(container.querySelector('.library-notice')?.textContent).toBe('libraryImported:2,1,4');
  });

  it('turns a file that cannot be read into a sentence', async () => {
    const importText = vi.fn();
    mount(<ImportExport readRecords={() => Promise.resolve({ records: [], merges: [], skipped: 0 })} importText={importText} selectedIds={[]} onImported={() => undefined} />);
    act(() => chooseFile(() => Promise.reject(new Error('The file was moved.'))));
    await vi.waitFor(() => expect(container.querySelector('.library-error')).not.toBeNull());
    expect(container.querySelector('.library-error')?.textContent).toBe('libraryImportRefused:The file was moved.');
    expect(importText).not.toHaveBeenCalled();
  });
});

describe('a library closed by a newer version', () => {
  it('says so and offers a reload', () => {
    const onReload = vi.fn();
    mount(<LibraryClosedNotice reason="newer-version" onReload={onReload} />);
    expect(container.querySelector('[role=alert] p')?.textContent).toBe('libraryClosedByUpdate');
    const button = container.querySelector('button');
    expect(button?.textContent).toBe('libraryReload');
    button?.click();
    expect(onReload).toHaveBeenCalledOnce();
  });
});
