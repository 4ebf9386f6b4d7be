// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { LiveResult } from '@/utils/read-live-part';
import { RESPONSE_CHECKS } from '@/utils/messages';
import { finishReading } from '@/utils/read-page';
import { seedLivePart } from '../support/seed-live-part';

// The page's part as the injected script sends it; the tab itself is not needed here.
const extracted = vi.hoisted(() => ({ next: null as LiveResult | null }));
vi.mock('@/clients/extract-tab', () => ({ extractTab: async () => extracted.next }));
const { readArticleInBackground, readOutlineInBackground } = await import('@/services/finish-tab');

describe("Firefox's background page finishes a read (services/finish-tab.ts)", () => {
  it('answers with the article first, then its outline once, by the read id; both pass the view’s checks', async () => {
    const live = structuredClone(seedLivePart());
    extracted.next = live;
    const first = await readArticleInBackground(1);
    expect(RESPONSE_CHECKS.UI_READ_ARTICLE(first)).toBe(true);
    if (!first.ok) throw new Error(first.reason);
    // The background's steps in their order, for the view to mark on its timeline.
    expect(first.pagePartAt).toBeLessThanOrEqual(first.metadataAt);
    expect(first.metadataAt).toBeLessThanOrEqual(first.madeAt);
    // The page's own work, for the view to place on its timeline too.
    expect(first.pageMs).toBe(live.ok ? live.ms : Number.NaN);
    expect(first.pageStartAt).toBe(live.ok ? live.startedAt : Number.NaN);
    expect(RESPONSE_CHECKS.UI_READ_ARTICLE({ ...first, pageMs: '12' })).toBe(false);
    expect(RESPONSE_CHECKS.UI_READ_ARTICLE({ ...first, pageStartAt: null })).toBe(false);
    const rest = await readOutlineInBackground(first.readId);
    expect(RESPONSE_CHECKS.UI_READ_OUTLINE(rest)).toBe(true);
    const whole = finishReading(live, new DOMParser());
    expect(rest.ok && whole.ok && { article: first.article, outline: rest.outline }).toEqual(whole.ok && { article: whole.article, outline: whole.outline });
    // Asked once: a second ask, or an id never given, is a failed read, not a hang.
    expect(await readOutlineInBackground(first.readId)).toMatchObject({ ok: false, reason: 'failed' });
  });

  it('passes the page’s own failure on as it is', async () => {
    extracted.next = { ok: false, reason: 'restricted' };
    expect(await readArticleInBackground(1)).toEqual({ ok: false, reason: 'restricted' });
  });
});
