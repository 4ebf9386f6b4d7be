import type { TabResult } from '@/clients/extract-client';

/** A read of `words` words, the page still loading or not: only what the page-change watching looks at is real. */
export function tabRead(words: number, pageLoading: boolean): TabResult {
  return { ok: true, article: { wordCount: words }, outline: {}, ms: 1, pageLoading } as unknown as TabResult;
}
