import { describe, expect, it } from 'vitest';
import { outlineOfText } from './helpers';

const quotes = (text: string, lang = 'en') => outlineOfText(text, lang).outline.quotes;

/** "They said" after "the officials said": the NYT's report gave it to Mayor Bill de Blasio, the last person named (field set). */
describe('plural pronouns', () => {
  it('point back to the group or organisation that spoke last', () => {
    const found = quotes('Mayor Bill de Blasio visited the site. Most of the devices used old flip phones as timers, the officials said. They said HMTD served as the detonator in some devices.');
    expect(found.map((q) => q.speaker)).toEqual(['the officials', 'the officials']);
  });

  it('never point to one person: with no group before, the statement has no speaker and is not listed', () => {
    const found = quotes('Mayor Bill de Blasio visited the site on Sunday. They said HMTD served as the detonator in some devices.');
    expect(found).toEqual([]);
  });

  it('leave "he" and "she" pointing to the last person', () => {
    const [quote] = quotes('Mayor Bill de Blasio visited the site on Sunday. He said the city would stay calm and open.');
    expect(quote?.speaker).toBe('Bill de Blasio');
  });
});
