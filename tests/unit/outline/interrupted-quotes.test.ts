import { describe, expect, it } from 'vitest';
import { outlineOfText } from './helpers';

const quotes = (text: string, lang = 'en') => outlineOfText(text, lang).outline.quotes;

/** A quotation broken off at a comma for its attribution and resumed after it is one statement (the NYT's report, field set). */
describe('quotations interrupted by their attribution', () => {
  it('joins the two parts into one quote, with the speaker of the attribution between them', () => {
    const found = quotes('“If you’re working off the premise that the guy made all these devices,” the official said, “then the guy is a pretty good bombmaker. And you don’t get that good on the internet.”');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: 'the official', text: 'If you’re working off the premise that the guy made all these devices, then the guy is a pretty good bombmaker. And you don’t get that good on the internet.' });
  });

  it('joins them across a verb-first attribution with its apposition', () => {
    const [quote] = quotes('“We are ready,” said Jane Doe, the city’s budget director, “and we will win this fight.”');
    expect(quote).toMatchObject({ speaker: 'Jane Doe', text: 'We are ready, and we will win this fight.' });
  });

  it('keeps apart a quotation that a finished sentence or more than the attribution separates', () => {
    const closed = quotes('“We have checked every cable twice this week,” Tom Reyes said. “The bridge is safe to open on Monday.”');
    expect(closed.map((q) => q.text)).not.toContain('We have checked every cable twice this week, The bridge is safe to open on Monday.');
    const other = quotes('“The American people do not agree with him on taxes,” Sanders said, suggesting a few questions, including, “Do you really think that billionaires need a tax break?”');
    expect(other[0]?.text).toBe('The American people do not agree with him on taxes,');
  });
});

describe('quotations interrupted with the comma outside the marks (German, French, Spanish)', () => {
  it('joins the parts and keeps the comma', () => {
    const [quote] = quotes('«Wir werden die Produkte nicht mehr verkaufen», sagte Müller, «und das ist auch richtig so.»', 'de');
    expect(quote).toMatchObject({ speaker: 'Müller', text: 'Wir werden die Produkte nicht mehr verkaufen, und das ist auch richtig so.' });
  });
});

/** ABC News, Mashable, Uproxx (field set) listed pieces of the writer's sentences as quotes with no one speaking. */
describe('quoted words in lower case that no one is said to speak', () => {
  it('are a piece of the writer\'s sentence, not a quote', () => {
    expect(quotes('The campaign has long criticised the agency for its “lackadaisical response to the very real Russian plot to subvert a national election.”')).toEqual([]);
  });

  it('still count with a speaker, or opening in capitals', () => {
    expect(quotes('Hillary Clinton said the agency showed a “lackadaisical response to the very real Russian plot to subvert a national election.”')).toHaveLength(1);
    expect(quotes('The sign on the door read: “Nobody enters this building without a badge after nine o’clock.”')).toHaveLength(1);
  });
});

/** Medium (field set) set a sentence of a quotation again as a pull quote: it was listed twice. */
describe('a pull quote repeating part of a quotation', () => {
  it('is listed once, as the whole quotation with its speaker', () => {
    const found = outlineOfText('“Technology is the solution to human problems. We won’t run out of work till we run out of problems,” said Nick Hanauer, an investor.\n\n“We won’t run out of work till we run out of problems.”', 'en').outline.quotes;
    expect(found.map((q) => q.text)).toEqual(['Technology is the solution to human problems. We won’t run out of work till we run out of problems,']);
  });
});
