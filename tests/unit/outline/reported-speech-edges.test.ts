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
