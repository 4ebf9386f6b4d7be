import { describe, expect, it } from 'vitest';
import { outlineOfText } from './helpers';

const quotes = (text: string, lang: string) => outlineOfText(text, lang).outline.quotes;

/** Reported speech with the speaker after its verb at the end of the sentence (tests/data/quotes/{fr,de,es}, `npm run bench:quotes`). */
describe('reported speech whose subject follows the verb', () => {
  it('French: "…, informe la police cantonale valaisanne."', () => {
    const [quote] = quotes('Une enquête a été ouverte pour déterminer les causes exactes de la chute, informe la police cantonale valaisanne.', 'fr');
    expect(quote).toMatchObject({ kind: 'reported', speaker: 'la police cantonale valaisanne', text: 'Une enquête a été ouverte pour déterminer les causes exactes de la chute' });
  });

  it('French: a speech participle after « être » is a passive, not a cue ("sera confié à la Commission", golden page fr-lemonde-1)', () => {
    expect(quotes('Le contrôle de cette surveillance sera confié à la Commission nationale de contrôle des techniques de renseignement, composée de six magistrats.', 'fr')).toEqual([]);
    expect(quotes('Le projet a été annoncé par le gouvernement lors du conseil des ministres de mercredi dernier.', 'fr')).toEqual([]);
    // Speech verbs take « avoir »: their compound past still reports.
    expect(quotes('Le ministre a confié que le texte serait examiné par le Sénat avant la fin du mois.', 'fr')[0]?.speaker).toBe('Le ministre');
  });

  it('English: a speech participle after "to be" is a passive, not a cue ("The measurements were noted by hand"), but "is quoted as saying" reports', () => {
    expect(quotes('The measurements were noted by hand, then typed into a spreadsheet that grew to several thousand rows over the years.', 'en')).toEqual([]);
    expect(quotes('The winner was announced on Monday evening after a count that lasted for most of the weekend.', 'en')).toEqual([]);
    expect(quotes('The mayor noted that the bridge would stay closed until the engineers had finished their survey.', 'en')[0]?.speaker).toBe('The mayor');
    const [quoted] = quotes('“Our method succeeds where others fail because we seek out likely voters,” Braynard is quoted as saying.', 'en');
    expect(quoted?.speaker).toBe('Braynard');
  });

  it('English: no statement from a verb inside a relative clause with its own subject ("The man who the police said sowed terror …")', () => {
    expect(quotes('The man who the police said sowed terror across two states was tracked down on Monday morning sleeping in a doorway.', 'en')).toEqual([]);
    expect(quotes('The woman who Smith said had called him twice before the meeting was later identified as a former aide.', 'en')).toEqual([]);
    // After a preposition the relative clause is whole, and its verb reports.
    const [quote] = quotes('The mayor spoke at the meeting in which she said that the bridge would stay closed for another month at least.', 'en');
    expect(quote?.text).toBe('the bridge would stay closed for another month at least.');
  });

  it('German: "…, teilte der São Paulo FC mit." and a compound role before the name', () => {
    expect(quotes('Es sei ein trauriger Tag für den Fussball in ganz Südamerika, teilte der Verein mit.', 'de')[0]?.kind).toBe('reported');
    const [quote] = quotes('Die Grenzwerte seien viel zu hoch angesetzt worden, sagte Grünen-Fraktionschefin Aline Trede.', 'de');
    expect(quote).toMatchObject({ speaker: 'Aline Trede', role: 'Grünen-Fraktionschefin' });
  });

  it('Spanish: "…, dijo el candidato priista."', () => {
    const [quote] = quotes('De acuerdo con las tendencias, fue otro candidato quien obtuvo la mayoría electoral, dijo el candidato priista.', 'es');
    expect(quote).toMatchObject({ kind: 'reported', speaker: 'el candidato priista', text: 'De acuerdo con las tendencias, fue otro candidato quien obtuvo la mayoría electoral' });
  });

  it('takes no clause for a speaker when the words after the verb say what, not who ("officials said talks failed.")', () => {
    expect(quotes('After the long meeting in the capital on Monday, officials said talks failed.', 'en')).toEqual([]);
  });
});

describe('who is speaking in a sentence with two clauses (golden pages en-bbc-1, en-herald-sun-1)', () => {
  it('gives a sentence ending "…, but X said …" to X, not to the earlier "he"', () => {
    const found = quotes('Barack Obama spoke about guns.\n\nHe vowed to keep trying, but the BBC\'s North America editor Jon Sopel said the president did not sound very confident.', 'en');
    expect(found.map((q) => [q.speaker, q.text])).toEqual([['Jon Sopel', 'the president did not sound very confident.']]);
  });

  it('takes no opening circumstance for a statement ("In their meetings this week, the team boasted of …")', () => {
    expect(quotes('In their meetings this week, the government team boasted of concessions in the new Data Retention Bill.', 'en')).toEqual([]);
  });

  it('leaves the auxiliary and adverb out of an organisation speaker ("The Government has effectively admitted …")', () => {
    const [quote] = quotes('The Government has effectively admitted as much by agreeing that the parliamentary committee should conduct a separate review.', 'en');
    expect(quote?.speaker).toBe('The Government');
  });

  it('reads a capitalised word inside a name as the name, not a verb ("bác sĩ Võ Viết Quang")', () => {
    const [quote] = quotes('Trao đổi với báo chí, bác sĩ Võ Viết Quang, Giám đốc Bệnh viện Đa khoa Lộc Hà cho biết, bệnh nhi nhập viện trong tình trạng suy hô hấp.', 'vi');
    expect(quote?.speaker).toBe('Võ Viết Quang');
  });
});

/** Golden pages vi-baochinhphu-chuc-tet-hai-phong, zh-gmw, es-cnet-svg-classes: a speech verb inside a set phrase. */
describe('set phrases that hold a speech verb but report no one (speechIdioms in the language packs)', () => {
  it('Vietnamese "nói chung … nói riêng" (in general … in particular) is no cue', () => {
    const found = quotes('Tại cảng, Thủ tướng Nguyễn Xuân Phúc gửi lời chúc toàn thể người lao động trên toàn quốc nói chung và công nhân cảng Hải Phòng nói riêng đón xuân mới ấm áp, vui vẻ.', 'vi');
    expect(found.map((q) => q.speaker)).not.toContain('người lao động trên toàn quốc');
  });

  it('Chinese "换句话说" (in other words) makes no speaker of "换句话"', () => {
    const found = quotes('公司将威士忌运送到国际空间站参与实验。换句话说，在微重力下酒的陈酿过程可能不同，导致它的陈酿进程更快、味道更好。', 'zh');
    expect(found).toEqual([]);
  });

  it('English "is said to" is a rumour about the subject, not the subject speaking', () => {
    expect(quotes('The minister is said to be furious about the leak of the report to the press.', 'en')).toEqual([]);
  });

  it('English "claimed the lives of" is a death, not a claim; "claimed" before a statement still reports', () => {
    expect(quotes('Norovirus on board the Van Gogh in June last year claimed the life of Pat Horn, 78, a former teacher.', 'en')).toEqual([]);
    expect(quotes('The fire claimed the lives of three firefighters on Sunday, officials said.', 'en').map((q) => q.speaker)).not.toContain('The fire');
    expect(quotes('The company claimed the device was safe for children under five years old.', 'en')[0]?.speaker).toBe('The company');
  });

  it('Spanish "Según explicó en un comunicado, …" names no source: nobody after the verb is one', () => {
    const found = quotes('Según explicó en un comunicado Twitter Lite ahora estará disponible en Bolivia, Brasil, Chile, Colombia y Venezuela.', 'es');
    expect(found).toEqual([]);
  });
});

describe('who was told is not what was said (CleanPortalEval bbc.co.uk_news_12)', () => {
  it('English: "X told the BBC it appeared …" reports "it appeared …"; with "that" as before', () => {
    const [quote] = quotes('It is not yet clear what caused the collapse, but police inspector Digamber Jangale told the BBC it appeared to be due to the use of substandard building material.', 'en');
    expect(quote).toMatchObject({ speaker: 'Digamber Jangale', text: 'it appeared to be due to the use of substandard building material.' });
    expect(quotes('The minister Jane Roe told Reuters the plan would be ready before the end of the month.', 'en')[0]?.text).toBe('the plan would be ready before the end of the month.');
    expect(quotes('The minister Jane Roe told The Associated Press that the plan would be ready before the end of the month.', 'en')[0]?.text).toBe('the plan would be ready before the end of the month.');
  });

  it('takes no capitalised subject for the addressee after a word that is no stop word ("told lawmakers Congress would …")', () => {
    expect(quotes('The minister Jane Roe told lawmakers Congress would vote on the plan before the end of the month.', 'en')[0]?.text).toBe('lawmakers Congress would vote on the plan before the end of the month.');
  });
});

describe('a relative clause after the source says who the source is (CleanPortalEval bbc.co.uk_news_06)', () => {
  it('English: "According to X, who made a documentary …, it is …" reports what follows the clause', () => {
    const [quote] = quotes("According to Darius Bazargan, who made a documentary in 2008 about motor racing in Tehran, it is Clarkson's irreverence that endears him to Iranian audiences.", 'en');
    expect(quote).toMatchObject({ speaker: 'Darius Bazargan', text: "it is Clarkson's irreverence that endears him to Iranian audiences." });
  });

  it('French: "Selon X, qui …, …"', () => {
    const [quote] = quotes("Selon Marie Dubois, qui dirige le service depuis 2019, la réforme sera appliquée dès le mois prochain dans toute la région.", 'fr');
    expect(quote).toMatchObject({ speaker: 'Marie Dubois', text: 'la réforme sera appliquée dès le mois prochain dans toute la région.' });
  });
});

describe('a body named in the story is no one a pronoun points to (CleanPortalEval tv.msnbc.com_news_13)', () => {
  it('gives "she said" after "… Government Reform Committee hearing" to no committee', () => {
    const text = 'Lerner invoked her rights on Wednesday during a House Oversight and Government Reform Committee hearing on the matter.\n\n“I have not done anything wrong. I have not broken any laws,” she said at the hearing.';
    const speakers = quotes(text, 'en').map((q) => q.speaker);
    expect(speakers).not.toContain('Government Reform Committee');
    expect(quotes('Senator Jane Roe spoke at the hearing on Tuesday.\n\n“We will not wait for the agency,” she said.', 'en')[0]?.speaker).toBe('Jane Roe');
  });
});

describe("a dateline's day and month are no one (L3S-GN1 108204ab)", () => {
  it('gives "He said" after "Fri Dec 28, 7:05 AM ET" to no "Fri Dec"', () => {
    const text = 'Fri Dec 28, 7:05 AM ET\n\nHill bought three of the players. He said one of the devices had apparently been returned to the store by a previous owner.';
    expect(quotes(text, 'en').map((q) => q.speaker)).not.toContain('Fri Dec');
    // A name after the dateline still speaks.
    const named = 'Fri Dec 28, 7:05 AM ET\n\nJohn Hill bought three of the players. He said one of the devices had apparently been returned to the store by a previous owner.';
    expect(quotes(named, 'en')[0]?.speaker).toBe('John Hill');
  });
});

describe('a described speaker is more than its article (dragnet 14)', () => {
  it('never gives "… said the same." to "the"', () => {
    const text = 'A spokeswoman for UT Southwestern Medical Center, where Muzzy was treated, said the same.';
    expect(quotes(text, 'en').map((q) => q.speaker)).not.toContain('the');
    expect(quotes('The regional police chief said the road would stay closed until the inspection ends.', 'en')[0]?.speaker).toBe('The regional police chief');
  });

  it('keeps "Vị này" ("this person"), whose "này" is a stop word (tests/data/quotes/vi 004348)', () => {
    const text = 'Báo đã trao đổi với một lãnh đạo Công an tỉnh. Vị này cho biết: “Ông ấy không có ốm gì cả, tim mạch vẫn bình thường”.';
    expect(quotes(text, 'vi').length).toBeGreaterThan(0);
  });

  it('starts what was said at a pronoun right after the verb, not at a later "that" ("said he was “appalled” that …", golden page en-nytimes-1)', () => {
    const [quote] = quotes('Eric Reeves, one of the leading American academic voices on Sudan, said he was “appalled” that the American government was lifting sanctions.', 'en');
    expect(quote).toMatchObject({ speaker: 'Eric Reeves', text: 'he was “appalled” that the American government was lifting sanctions.' });
    const [told] = quotes('The mayor told reporters on Monday that the budget would be balanced by the end of the year.', 'en');
    expect(told?.text).toBe('the budget would be balanced by the end of the year.');
  });

  it('still reads a pronoun before a comma as the speaker: "…, sagte er, dass …"', () => {
    const [quote] = quotes('Die Regierung werde das Gesetz ändern, sagte er, dass die Mieten nicht weiter steigen dürften.', 'de');
    expect(quote?.text ?? '').not.toMatch(/^er\b/u);
  });
});

/** Spektrum (field set): "so gut wie" and "so viel wie" were cues, and "den Philippinen" a person "sie" pointed to. */
describe('German "so" and name particles', () => {
  const de = (text: string) => outlineOfText(text, 'de').outline.quotes;

  it('reads "so" as a cue only after a comma, with the statement before it and the speaker right after it', () => {
    expect(de('Dennoch war Davis schockiert, als er herausfand, dass fast die Hälfte der Gene, die so gut wie in allen Pflanzenstämmen vorkommen, verschwunden war.')).toEqual([]);
    const [quote] = de('Jeanmaire Molina forscht seit Jahren. Sogar Malariaparasiten haben noch ein Plastidengenom, so Molina, obwohl ihr letzter Vorfahr vor Millionen Jahren lebte.');
    expect(quote).toMatchObject({ speaker: 'Jeanmaire Molina', text: 'Sogar Malariaparasiten haben noch ein Plastidengenom' });
  });

  it('opens no name with a lower-case particle ("Auf den Philippinen")', () => {
    const [quote] = de('Jeanmaire Molina forscht seit Jahren. Auf den Philippinen etwa wachsen sie in Wäldern. Man müsse sich daher im Vorfeld mit lokalen Autoritäten abstimmen, berichtet sie.');
    expect(quote?.speaker).toBe('Jeanmaire Molina');
  });
});
