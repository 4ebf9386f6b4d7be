import { describe, expect, it } from 'vitest';
import { normalizeToolbarOpens } from '@/utils/settings/toolbar-button';

describe("what Lede's toolbar button opens", () => {
  it('keeps the choice of the panel or the popup', () => {
    expect(normalizeToolbarOpens('panel')).toBe('panel');
    expect(normalizeToolbarOpens('popup')).toBe('popup');
  });

  it('opens the popup when nothing, or something unknown, is stored', () => {
    expect(normalizeToolbarOpens(undefined)).toBe('popup');
    expect(normalizeToolbarOpens('sidebar')).toBe('popup');
    expect(normalizeToolbarOpens({ toolbarOpens: 'panel' })).toBe('popup');
  });
});
