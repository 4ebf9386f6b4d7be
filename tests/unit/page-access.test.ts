import { describe, expect, it } from 'vitest';
import { classifyInjectionError, classifyTabUrl } from '@/utils/page-access';

describe('pages extensions may not read', () => {
  it.each([
    'chrome://settings/',
    'chrome://newtab/',
    'about:addons',
    'about:blank',
    'view-source:https://example.com/',
    'https://chromewebstore.google.com/detail/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/addon/x/',
    'moz-extension://uuid/popup.html',
  ])('refuses %s before injecting', (url) => {
    expect(classifyTabUrl(url)).toBe('restricted');
  });

  it('names a PDF as a PDF', () => {
    expect(classifyTabUrl('https://example.com/report.PDF')).toBe('pdf');
  });

  it('lets ordinary web pages and local pages through to the injection', () => {
    expect(classifyTabUrl('https://example.com/news/1')).toBeNull();
    expect(classifyTabUrl('http://127.0.0.1:8080/article.html')).toBeNull();
    expect(classifyTabUrl('file:///home/me/article.html')).toBeNull();
  });

  it('maps what Chrome and Firefox throw to a reader reason', () => {
    expect(classifyInjectionError('Cannot access a chrome:// URL', 'chrome://version')).toBe('restricted');
    expect(classifyInjectionError('The extensions gallery cannot be scripted.', 'https://x')).toBe('restricted');
    expect(classifyInjectionError('Missing host permission for the tab', 'about:reader?url=x')).toBe('restricted');
    expect(
      classifyInjectionError('Cannot access contents of url "file:///a.html". Extension manifest must request permission to access this host.', 'file:///a.html'),
    ).toBe('file-access');
    expect(classifyInjectionError('No tab with id: 42.', 'https://x')).toBe('no-tab');
    expect(classifyInjectionError('Frame with ID 0 is showing error page', 'https://unreachable.example/')).toBe('error-page');
    expect(classifyInjectionError('Something odd', 'https://x')).toBe('failed');
  });
});
