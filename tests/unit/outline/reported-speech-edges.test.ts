import { describe, expect, it } from 'vitest';
import { outlineOfText } from './helpers';

const quotes = (text: string, lang = 'en') => outlineOfText(text, lang).outline.quotes;

/** Where a reported statement begins and ends (the NYT's report, field set: it began at the wrong "that" and kept ", he said."). */
describe('the edges of reported speech', () => {
  it('starts right after the verb when the words before a "that" hold a verb of their own (a noun\'s "that", not the verb\'s)', () => {
    const [quote] = quotes('William F. Sweeney, who heads the office, said investigators had not found any indication that there is a terrorist cell operating in the area.');
    expect(quote).toMatchObject({ speaker: 'William F. Sweeney', text: 'investigators had not found any indication that there is a terrorist cell operating in the area.' });
  });

  it('still starts after a "that" past an addressee, a time or a place', () => {
    expect(quotes('The mayor told reporters on Monday that the bridge would reopen next week after repairs.')[0]?.text).toBe('the bridge would reopen next week after repairs.');
    expect(quotes('The mayor said in a statement that the bridge would reopen next week after repairs.')[0]?.text).toBe('the bridge would reopen next week after repairs.');
  });

  it('ends before the cue the writer repeats at its end (", he said.", ", ông nói.")', () => {
    expect(quotes('The mayor said the bridge would reopen next week after the repairs, she added.')[0]?.text).toBe('the bridge would reopen next week after the repairs.');
    expect(quotes('Ông Nguyễn Văn Quang cho biết năm nay huyện sẽ tập trung xây dựng nông thôn mới, ông nói.', 'vi')[0]?.text).toBe('năm nay huyện sẽ tập trung xây dựng nông thôn mới.');
    expect(quotes('The mayor said the bridge would reopen once he said so to the council.')[0]?.text).toBe('the bridge would reopen once he said so to the council.');
  });
});

/** "X heard an officer yell: “Come down!”" gave the whole lead, "Anthony Rodriguez, who lives …, heard an officer yell", as the speaker (NYT, field set). */
describe('a quotation someone heard', () => {
  it('is the words of the one heard, not of the listener', () => {
    expect(quotes('Anthony Rodriguez, who lives across the street, heard an officer yell: “Come down! Come down! Come down now!”')[0]?.speaker).toBe('an officer');
    expect(quotes('Un voisin a entendu un policier crier : « Descendez ! Descendez tout de suite maintenant ! »', 'fr')[0]?.speaker).toBe('un policier');
  });

  it('leaves a lead with no verb of hearing as before', () => {
    expect(quotes('John Smith was blunt when he spoke to reporters: “We will not stop now, whatever they do.”')[0]?.speaker).toBe('John Smith');
  });
});

/** "according to X, office, …": the office is the source's, and words before the cue are what was said (Gothamist, Mashable: field set). */
describe('a source named by "according to"', () => {
  it('takes an office after the name as the source\'s, even a capitalised one or one after an article', () => {
    const [capitalised] = quotes('According to Tom Namako, Deputy News Director at Buzzfeed, the police were initially unaware of the reasoning behind the plane.');
    expect(capitalised).toMatchObject({ speaker: 'Tom Namako', text: 'the police were initially unaware of the reasoning behind the plane.' });
    const [article] = quotes('According to Tom Namako, a spokesman for the city, the police were initially unaware of the reasoning behind the plane.');
    expect(article).toMatchObject({ speaker: 'Tom Namako', text: 'the police were initially unaware of the reasoning behind the plane.' });
  });

  it('keeps the words before the cue in what was said ("The results, according to X, …, were mixed.")', () => {
    const [quote] = quotes('The results, according to Jeff Schlegelmilch, deputy director of the National Center for Disaster Preparedness at the Earth Institute of Columbia University, were mixed.');
    expect(quote).toMatchObject({ speaker: 'Jeff Schlegelmilch', text: 'The results were mixed.' });
  });

  it('reads a clause with a finite verb after the name as what was said, not as an office', () => {
    const [quote] = quotes('According to Tom Namako, the spokesman was unaware of the plan, and the police knew nothing about it.');
    expect(quote?.text).toBe('the spokesman was unaware of the plan, and the police knew nothing about it.');
  });
});

describe('what follows a speaker named after the verb', () => {
  it('is no role when it tells what they did ("said resident Nathan Pensler, looking around the half-finished space")', () => {
    const [quote] = outlineOfText('"I don\'t think we would last very long in here at all," said resident Nathan Pensler, looking around the half-finished space.', 'en').outline.quotes;
    expect(quote).toMatchObject({ speaker: 'Nathan Pensler' });
    expect(quote?.role ?? '').not.toContain('looking');
  });
});

describe('a speech verb after a determiner', () => {
  it('is an adjective, not a cue ("the first of a promised five films …, has no such charms")', () => {
    expect(quotes('Fantastic Beasts and Where to Find Them, the first of a promised five films to spin-off the Potter franchise, has no such charms.')).toEqual([]);
  });

  it('leaves the French "a déclaré" a cue when the language is not known', () => {
    const found = outlineOfText('Le ministre de la Défense a déclaré que la France ne céderait sur aucun point du texte.', null).outline.quotes;
    expect(found[0]?.text).toBe('la France ne céderait sur aucun point du texte.');
  });
});

describe('a relative clause after the verb', () => {
  it('is about the saying, not what was said ("Trump said which, given his history …, triggered …")', () => {
    const found = quotes('“No product has suffered like this one,” Trump said which, given his history with defunct Trump Airlines and other projects, triggered responses on Twitter.');
    expect(found.map((q) => q.text)).toEqual(['No product has suffered like this one,']);
  });

  it('leaves an indirect question a statement ("said which candidates would run")', () => {
    expect(quotes('The party chairman Tom Reyes said which candidates would run in the spring was still an open question.')[0]?.text).toBe('which candidates would run in the spring was still an open question.');
  });
});
