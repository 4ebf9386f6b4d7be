import { describe, expect, it } from 'vitest';
import { checkQuoteArticle, type QuoteArticle } from '../../../scripts/lib/quote-set';
import { emptyScore, f1, precision, recall, scoreArticle, speakerMatches, type FoundQuote } from '../../../scripts/lib/quote-score';
import { regexQuotes } from '../../../scripts/lib/regex-quote-baseline';

/** A made-up article: one direct quote by a named speaker, one reported statement with a role, one quote over two paragraphs. */
const ARTICLE: QuoteArticle = {
  id: 'made-up',
  source: 'composed for this test',
  lang: 'en',
  kind: 'article',
  title: 'Bridge to reopen',
  paragraphs: [
    '“The bridge will reopen on Monday after the repairs,” said Mayor Jane Alder.',
    'Alder, the mayor of the town, said that traffic would be diverted until the evening.',
    '“We have checked every cable twice and found nothing worrying.',
    'It is safe,” the engineer Tom Reyes added.',
  ],
  statements: [
    { type: 'direct', paragraph: 0, text: 'The bridge will reopen on Monday after the repairs,', speaker: 'Jane Alder', role: null, source: 'name' },
    { type: 'reported', paragraph: 1, text: 'traffic would be diverted until the evening', speaker: 'Jane Alder', role: 'the mayor of the town', source: 'name' },
    { type: 'direct', paragraph: 2, paragraphs: [2, 3], text: 'We have checked every cable twice and found nothing worrying.', speaker: 'Tom Reyes', role: 'engineer', source: 'name' },
  ],
};

const NOT_SPEECH: QuoteArticle = {
  id: 'made-up-titles',
  source: 'composed for this test',
  lang: 'en',
  kind: 'not-speech',
  title: 'A reading list',
  paragraphs: ['The club read “The Old Man and the Sea” and “Moby-Dick” this winter.', 'Its motto, “read more, worry less”, hangs over the door.'],
  statements: [],
};

function quote(paragraph: number, text: string, speaker: string | null, kind: FoundQuote['kind'] = 'direct', role: string | null = null): FoundQuote {
  return { paragraph, text, speaker, role, kind };
}

describe('quote scoring', () => {
  it('matches a found quote sharing half of the shorter text in the same paragraph, and counts direct and reported apart', () => {
    const score = emptyScore();
    scoreArticle(ARTICLE, [
      quote(0, 'The bridge will reopen on Monday', 'Alder'),
      quote(1, 'traffic would be diverted', 'Alder', 'direct'),
      quote(1, 'the mayor of the town', 'Alder', 'reported'),
    ], score);
    expect(score.byType.all).toEqual({ gold: 3, goldMatched: 2, found: 3, foundMatched: 2 });
    // The reported statement was found, but labelled direct: it does not count as reported.
    expect(score.byType.direct).toEqual({ gold: 2, goldMatched: 1, found: 2, foundMatched: 1 });
    expect(score.byType.reported).toEqual({ gold: 1, goldMatched: 0, found: 1, foundMatched: 0 });
    expect(precision(score.byType.all)).toBeCloseTo(2 / 3);
    expect(recall(score.byType.all)).toBeCloseTo(2 / 3);
    expect(f1(score.byType.all)).toBeCloseTo(2 / 3);
  });

  it('matches a quote over several paragraphs in its later paragraphs too', () => {
    const score = emptyScore();
    scoreArticle(ARTICLE, [quote(3, 'It is safe,', 'Tom Reyes')], score);
    expect(score.byType.direct.goldMatched).toBe(1);
    expect(score.speaker).toEqual({ right: 1, total: 1 });
  });

  it('matches one to one: a statement found twice is one hit and one false quote', () => {
    const score = emptyScore();
    scoreArticle(ARTICLE, [quote(0, 'The bridge will reopen', 'Jane Alder'), quote(0, 'will reopen on Monday after the repairs', 'Jane Alder')], score);
    expect(score.byType.direct).toEqual({ gold: 2, goldMatched: 1, found: 2, foundMatched: 1 });
  });

  it('matches each part of a quotation its attribution interrupts with the one quote that joins them, and no other source\'s part', () => {
    const parts: QuoteArticle = {
      ...ARTICLE,
      paragraphs: ['“On this basis,” the site said, “youth unemployment is in the mid-30s.” Its rival said, “the site is wrong.”'],
      statements: [
        { type: 'direct', paragraph: 0, text: '“On this basis,”', speaker: 'the site', role: null, source: 'description' },
        { type: 'direct', paragraph: 0, text: '“youth unemployment is in the mid-30s.”', speaker: 'the site', role: null, source: 'description' },
        { type: 'direct', paragraph: 0, text: '“the site is wrong.”', speaker: 'Its rival', role: null, source: 'description' },
      ],
    };
    const score = emptyScore();
    scoreArticle(parts, [quote(0, 'On this basis, youth unemployment is in the mid-30s. The site is wrong.', 'the site')], score);
    expect(score.byType.direct).toEqual({ gold: 3, goldMatched: 2, found: 1, foundMatched: 1 });
  });

  it('does not match a quote in another paragraph', () => {
    const score = emptyScore();
    scoreArticle(ARTICLE, [quote(1, 'The bridge will reopen on Monday after the repairs', 'Jane Alder')], score);
    expect(score.byType.all.foundMatched).toBe(0);
    expect(score.misses.some((m) => m.includes('missed: “The bridge will reopen'))).toBe(true);
  });

  it('scores speakers on named sources and roles where the gold has one', () => {
    const score = emptyScore();
    scoreArticle(ARTICLE, [
      quote(0, 'The bridge will reopen on Monday after the repairs', 'Alder'),
      quote(1, 'traffic would be diverted until the evening', 'Town', 'reported', 'The mayor of the town'),
    ], score);
    expect(score.speaker).toEqual({ right: 1, total: 2 });
    expect(score.role).toEqual({ right: 1, total: 1 });
  });

  it('counts every quote found on a not-speech article as false, per quotation-mark span', () => {
    const score = emptyScore();
    scoreArticle(NOT_SPEECH, [quote(1, 'read more, worry less', null)], score);
    expect(score.notSpeech).toEqual({ articles: 1, spans: 3, falseQuotes: 1 });
  });
});

describe('speaker names', () => {
  it('accepts the full name or a shorter mention keeping the last word, ignoring case and diacritics', () => {
    expect(speakerMatches('Nguyen van quang', 'Nguyễn Văn Quang', 'vi')).toBe(true);
    expect(speakerMatches('Quang', 'Nguyễn Văn Quang', 'vi')).toBe(true);
    expect(speakerMatches('Trump', 'Donald Trump', 'en')).toBe(true);
    expect(speakerMatches('安倍', '安倍晋三', 'ja')).toBe(true);
  });

  it('takes a full name for the surname the annotation wrote, with or without a title', () => {
    expect(speakerMatches('Rand Paul', 'Paul', 'en')).toBe(true);
    expect(speakerMatches('Minyon Moore', 'Ms. Moore', 'en')).toBe(true);
    expect(speakerMatches('Minyon Moore', 'Ms. Smith', 'en')).toBe(false);
    expect(speakerMatches('Douglas Holtz-Eakin', 'Mr. Holtz-Eakin', 'en')).toBe(true);
    expect(speakerMatches('Tom Udall', 'Sen. Tom Udall of New Mexico, who supports eliminating superdelegates', 'en')).toBe(true);
    expect(speakerMatches('Hillary Clinton', 'one Clinton aide', 'en')).toBe(false);
  });

  it('refuses a place glued to the name, a first name alone or another person', () => {
    expect(speakerMatches('Nhật Bản Shinzo Abe', 'Shinzo Abe', 'vi')).toBe(false);
    expect(speakerMatches('Donald', 'Donald Trump', 'en')).toBe(false);
    expect(speakerMatches('Bill Clinton', 'Hillary Clinton', 'en')).toBe(false);
    expect(speakerMatches(null, 'Hillary Clinton', 'en')).toBe(false);
  });
});

describe('quote set files', () => {
  it('accepts the documented format', () => {
    expect(checkQuoteArticle({ ...ARTICLE }, 'en/made-up.json', 'made-up').ok).toBe(true);
  });

  it('rejects a statement whose text is not in its paragraph, naming the file and the statement', () => {
    const bad = { ...ARTICLE, statements: [{ ...ARTICLE.statements[0], text: 'The bridge is closed' }] };
    const checked = checkQuoteArticle(bad, 'en/made-up.json', 'made-up');
    expect(checked.ok ? '' : checked.reason).toBe('en/made-up.json: statements[0] "text" is not an exact substring of paragraphs[0]: "The bridge is closed"');
  });

  it('rejects a missing field, a name source without a speaker, and statements on a not-speech article', () => {
    const withoutRole: Record<string, unknown> = { ...ARTICLE.statements[0] };
    delete withoutRole.role;
    const reasons = [
      checkQuoteArticle({ ...ARTICLE, statements: [withoutRole] }, 'a.json', 'a'),
      checkQuoteArticle({ ...ARTICLE, statements: [{ ...ARTICLE.statements[0], speaker: null }] }, 'b.json', 'b'),
      checkQuoteArticle({ ...NOT_SPEECH, statements: ARTICLE.statements }, 'c.json', 'c'),
    ].map((c) => (c.ok ? '' : c.reason));
    expect(reasons).toEqual([
      'a.json: statements[0] lacks "role" (write null when there is none)',
      'b.json: statements[0] "speaker" must be given when "source" is "name"',
      'c.json: a "not-speech" article has no statements',
    ]);
  });
});

describe('regex baseline', () => {
  it('finds a quote with "said X" after it', () => {
    expect(regexQuotes(['“The bridge will reopen on Monday,” said Jane Alder.'])).toEqual([
      { paragraph: 0, text: 'The bridge will reopen on Monday,', speaker: 'Jane Alder', role: null, kind: 'direct' },
    ]);
  });
});
