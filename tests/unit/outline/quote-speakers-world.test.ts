import { describe, expect, it } from 'vitest';
import { outlineOfBlocks, outlineOfText, p } from './helpers';

const quotesOf = (text: string, lang: string) => outlineOfText(text, lang).outline.quotes;

describe('English speakers', () => {
  it('reads the speaker before a relative clause set off by commas ("William Sweeney, who heads the office, said …")', () => {
    const [quote] = quotesOf('William Sweeney, who heads the office, said investigators had not found any sign of a cell operating in the area.', 'en');
    expect(quote).toMatchObject({ speaker: 'William Sweeney', text: 'investigators had not found any sign of a cell operating in the area.' });
  });

  it('gives `“…,” she said` to the woman named in the sentence before', () => {
    const quotes = quotesOf('Sen. Elizabeth Warren criticized the banking bill on Monday.\n\n“This bill hands the big banks everything they asked for,” she said.', 'en');
    expect(quotes.map((q) => [q.speaker, q.kind])).toEqual([['Elizabeth Warren', 'direct']]);
  });

  it('leaves the day out of a described speaker ("A spokesman for the zoo yesterday said")', () => {
    expect(quotesOf('A spokesman for the zoo yesterday said the cub was healthy and feeding well.', 'en')[0]?.speaker).toBe('A spokesman for the zoo');
    expect(quotesOf('The researchers yesterday said that the species is recovering across its range.', 'en')[0]?.speaker).toBe('The researchers');
    expect(quotesOf('The health ministry on Monday said the outbreak was under control across the country.', 'en')[0]?.speaker).toBe('The health ministry');
    expect(quotesOf('Mayor Jane Doe, a Democrat, on Tuesday said the city would reopen schools next week.', 'en')[0]).toMatchObject({ speaker: 'Jane Doe', role: 'Mayor' });
  });

  it('gives `… said X` after a quote of several sentences to X', () => {
    const quotes = quotesOf('“We have done our part. The money is there. Now the council must act,” said Maria Gonzalez, the city’s budget director.', 'en');
    expect(quotes[0]).toMatchObject({ speaker: 'Maria Gonzalez', role: 'the city’s budget director' });
  });

  it('reads a quote over several paragraphs (only the last closes) as one quote', () => {
    const quotes = quotesOf(
      'Mayor John Porter spoke at length about the flooding.\n\n“We were not ready for a storm of this size. Nobody in this city was.\n\n“But we will rebuild every home that was lost,” Porter said.',
      'en',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toBe('John Porter');
    expect(quotes[0]?.text).toContain('We were not ready');
  });

  it('resolves "the minister" to the minister named before', () => {
    const quotes = quotesOf(
      'Foreign Minister Penny Wong said Australia would send more aid to the region this year.\n\n“We will not walk away from our neighbours when they need us,” the minister said.',
      'en',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Penny Wong', 'Penny Wong']);
  });

  it('takes the speaker from the sentence before that introduces the quote with a colon', () => {
    const quotes = quotesOf('John Smith was blunt about the plan when he spoke to reporters: “The numbers simply do not add up for the families of this state.”', 'en');
    expect(quotes[0]?.speaker).toBe('John Smith');
  });

  it('never takes a country for the speaker ("Afghanistan … in a statement")', () => {
    const quotes = quotesOf('“The border will remain closed until further notice,” Afghanistan said in a statement on Wednesday.', 'en');
    expect(quotes.map((q) => q.speaker)).not.toContain('Afghanistan');
  });

  it('leaves scare quotes, Title Case titles and slogans out, even near a speaker', () => {
    const quotes = quotesOf(
      'The mayor said the plan was “interim” and would change. She starred in “The Long Goodbye Of Summer” last year. Protesters chanted “Hands Off Our Parks” outside.',
      'en',
    );
    // "The mayor said the plan was …" is reported speech; none of the quoted phrases is a direct quote.
    expect(quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it('leaves a summary box (a blockquote without a speaker) out', () => {
    const outline = outlineOfBlocks([p('The council met on Monday.'), { tag: 'blockquote', text: 'What we know: the bridge will reopen in May after two years of repairs.', caption: false }], 'en');
    expect(outline.quotes).toEqual([]);
  });

  it('leaves a rhetorical question in the author’s voice out', () => {
    expect(quotesOf('“Is it already too late to save the river that feeds this valley?” That question hangs over every town along its banks.', 'en')).toEqual([]);
  });
});

describe('French, German and Spanish speakers', () => {
  it('never takes "Défense" from "ministre de la Défense"', () => {
    const quotes = quotesOf('« Nous ne céderons sur aucun point de ce texte », a déclaré le ministre de la Défense, Sébastien Lecornu.', 'fr');
    expect(quotes[0]?.speaker).toBe('Sébastien Lecornu');
  });

  it('never takes "M" from "M. Poutine"', () => {
    const quotes = quotesOf('« La Russie ne reculera pas devant les sanctions occidentales », a affirmé M. Poutine.', 'fr');
    expect(quotes[0]?.speaker).toBe('Poutine');
  });

  it('never takes "Affaires" from "ministre des Affaires étrangères"', () => {
    const quotes = quotesOf('Selon le ministre des Affaires étrangères Jean-Noël Barrot, la France soutiendra la résolution au Conseil de sécurité.', 'fr');
    expect(quotes[0]?.speaker).toBe('Jean-Noël Barrot');
  });

  it('resolves "il" to the speaker named before', () => {
    const quotes = quotesOf('« Le budget sera présenté avant la fin du mois », a déclaré Bruno Le Maire.\n\n« Nous tiendrons nos engagements sur la dette publique », a-t-il ajouté.', 'fr');
    expect(quotes.map((q) => q.speaker)).toEqual(['Bruno Le Maire', 'Bruno Le Maire']);
  });

  it('reads "laut X" and resolves "er"', () => {
    const quotes = quotesOf('Laut Bundeskanzler Olaf Scholz wird die Regierung die Hilfen im nächsten Jahr verlängern.\n\n„Wir lassen niemanden mit den hohen Preisen allein“, sagte er.', 'de');
    expect(quotes.map((q) => q.speaker)).toEqual(['Olaf Scholz', 'Olaf Scholz']);
  });

  it('reads "según X"', () => {
    const quotes = quotesOf('Según el presidente Pedro Sánchez, el Gobierno aprobará la reforma antes del verano.', 'es');
    expect(quotes[0]).toMatchObject({ speaker: 'Pedro Sánchez', kind: 'reported' });
  });
});

describe('Chinese and Japanese speakers', () => {
  it('takes the name after the role in `…”中国国家航天局国际合作司副司长姚建廷说`', () => {
    const quotes = quotesOf('“中国愿与各国分享探月工程的科学数据和研究成果。”中国国家航天局国际合作司副司长姚建廷说。', 'zh');
    expect(quotes[0]).toMatchObject({ speaker: '姚建廷', role: '中国国家航天局国际合作司副司长', kind: 'direct' });
  });

  it('reads 表示 as reported speech with its speaker', () => {
    const quotes = quotesOf('外交部发言人毛宁表示，中方愿同各方一道维护地区和平稳定。', 'zh');
    expect(quotes[0]).toMatchObject({ speaker: '毛宁', role: '外交部发言人', kind: 'reported', text: '中方愿同各方一道维护地区和平稳定。' });
  });

  it('takes the speaker of `「…」と〜は語った`', () => {
    const quotes = quotesOf('「経済の回復を最優先に取り組みたい」と岸田文雄首相は語った。', 'ja');
    expect(quotes[0]).toMatchObject({ speaker: '岸田文雄', role: '首相', kind: 'direct' });
  });

  it('takes the person of "像汉森这样的专家" (experts like Hanson), never the phrase (golden page zh-gmw)', () => {
    expect(quotesOf('然而，像戴夫·汉森这样的专家认为，继续禁止饮酒并没有什么害处。', 'zh')[0]).toMatchObject({ speaker: '戴夫·汉森', role: '专家', kind: 'reported' });
    expect(quotesOf('汉森这样的专家认为，继续禁止饮酒并没有什么害处。', 'zh')[0]).toMatchObject({ speaker: '汉森', role: '专家' });
  });

  it('reads `〜は…と述べた` as reported speech', () => {
    const quotes = quotesOf('林芳正官房長官は記者会見で、政府として万全の対応を取ると述べた。', 'ja');
    expect(quotes[0]).toMatchObject({ speaker: '林芳正', role: '官房長官', kind: 'reported', text: '政府として万全の対応を取る' });
  });
});

describe("a sentence's first word the article writes in lower case is no part of the name after it", () => {
  it('English: "Backup Charlie Batch said" (L3S-GN1)', () => {
    const batch = quotesOf('The backup quarterback has not started a game this year.\n\nBackup Charlie Batch said he prepares every week in practice as though he is the starter.', 'en');
    expect(batch[0]?.speaker).toBe('Charlie Batch');
  });

  it('keeps a two-word name, a role and a name whose first word is never written in lower case', () => {
    const grant = quotesOf('The grant was cut last year.\n\n“We have waited a long time for a road like this one, and we are ready,” Grant Shapps said.', 'en');
    expect(grant[0]?.speaker).toBe('Grant Shapps');
    const minister = quotesOf('Public transport will run all night.\n\n“Catching public transport means you do not have to worry about parking,” Transport Minister John Watkins said.', 'en');
    expect(minister[0]).toMatchObject({ speaker: 'John Watkins', role: 'Transport Minister' });
    const unmarked = quotesOf('The team did well on Sunday.\n\n“I prepare the same way for every game, every single week of the season,” Backup Charlie Batch said.', 'en');
    expect(unmarked[0]?.speaker).toBe('Backup Charlie Batch');
  });

  it('before a known name alone too ("Even Simon" after Simon Cowell); a sentence adverb is never a speaker ("Instead you wrote …")', () => {
    const text = 'Simon Cowell was a successful record producer before anyone had even heard of the show.\n\nEven Simon said the saboteurs would not change how the show picks its winner.';
    expect(quotesOf(text, 'en').map((q) => q.speaker)).toEqual(['Simon Cowell']);
    const instead = 'No, George, you took none of this into account. Instead you wrote the lead is solid because the polls say so.';
    expect(quotesOf(instead, 'en').map((q) => q.speaker)).not.toContain('Instead');
  });

  it('German: the article before a body ("Das Strassenverkehrsamt Bern", tests/data/quotes/de)', () => {
    const text = 'Der Fahrer fühlt sich ungerecht behandelt. Das Strassenverkehrsamt Bern argumentiert, das Fahrzeug sei für den militärischen Einsatz gebaut und bei Unfällen extrem gefährlich.';
    expect(quotesOf(text, 'de')[0]?.speaker).toBe('Strassenverkehrsamt Bern');
  });
});

describe('what stands before or after a name is no part of it', () => {
  it('drops a describing compound before the name ("Father-of-three Peter Burkill"), keeps a hyphenated name', () => {
    const found = quotesOf('Father-of-three Peter Burkill said the staff were trained to deal with emergencies and to follow procedures.\n\n“Every match I have to play well, and today I did,” said Jean-Pierre Raffarin.', 'en');
    expect(found.map((q) => q.speaker)).toEqual(['Peter Burkill', 'Jean-Pierre Raffarin']);
  });

  it('takes a caucus, a campaign or a centre for a body, not a person a later "he" could point to', () => {
    const text = 'Black artists are not writing songs for Clinton, which concerns Henry Crespo, president of the Miami-based Florida Democratic Black Caucus.\n\n“Right now, the vote is against Trump. It’s not for Hillary,” he said.';
    expect(quotesOf(text, 'en').map((q) => q.speaker)).toEqual(['Henry Crespo']);
  });
});

