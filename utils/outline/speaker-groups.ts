import type { Quote } from './types';

// Apart from speakers.ts on purpose: the views group quotes for display, and must not
// pull every language pack into the popup to do it.

export interface SpeakerGroup {
  speaker: string | null;
  role: string | null;
  quotes: Quote[];
}

/** Quotes grouped by speaker, in order of first appearance; quotes without a speaker last. The longest role written for a speaker is theirs. */
export function groupQuotesBySpeaker(quotes: Quote[]): SpeakerGroup[] {
  const groups = new Map<string | null, SpeakerGroup>();
  for (const quote of quotes) {
    let group = groups.get(quote.speaker);
    if (!group) {
      group = { speaker: quote.speaker, role: null, quotes: [] };
      groups.set(quote.speaker, group);
    }
    group.quotes.push(quote);
    if (quote.role && quote.role.length > (group.role?.length ?? 0)) group.role = quote.role;
  }
  const named = [...groups.values()].filter((g) => g.speaker !== null);
  const unnamed = groups.get(null);
  return unnamed ? [...named, unnamed] : named;
}
