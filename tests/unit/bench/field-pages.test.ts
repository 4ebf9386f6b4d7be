import { describe, expect, it } from 'vitest';
import { restoredMetaContent, testCases } from '../../../scripts/data/field-pages';
import { goldNames, samePublished } from '../../../scripts/lib/quality-field-pages';

// A test file as the Postlight parser writes one (src/extractors/custom/<site>/index.test.js).
const TEST_FILE = `
describe('ExampleExtractor', () => {
  describe('initial test case', () => {
    let result;
    let url;
    beforeAll(() => {
      url =
        'https://www.example.com/2016/12/16/story';
      const html = fs.readFileSync('./fixtures/www.example.com.html');
      result = Mercury.parse(url, { html, fallback: false });
    });
    it('returns the title', async () => {
      const { title } = await result;
      assert.equal(
        title,
        "Hillary Clinton: Putin's Alleged Involvement in \\"Hack\\""
      );
    });
    it('returns the author', async () => {
      const { author } = await result;
      assert.equal(author, 'JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL');
    });
    it('returns the date_published', async () => {
      const { date_published } = await result;
      assert.equal(date_published, null);
    });
  });
});`;

describe('scripts/data/field-pages', () => {
  it('reads each fixture, its address and the values its test asserts, escapes read and null as null', () => {
    expect(testCases(TEST_FILE)).toEqual([
      {
        fixture: 'fixtures/www.example.com.html',
        gold: { url: 'https://www.example.com/2016/12/16/story', title: 'Hillary Clinton: Putin\'s Alleged Involvement in "Hack"', author: 'JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL', published: null },
      },
    ]);
  });

  it('gives a meta tag its content attribute back where the saved page renamed it value', () => {
    expect(restoredMetaContent('<meta value="Arbeit" name="og:title"><input value="x">')).toBe('<meta content="Arbeit" name="og:title"><input value="x">');
    // A tag with a content of its own keeps both as they are.
    expect(restoredMetaContent('<meta content="a" value="b" name="x">')).toBe('<meta content="a" value="b" name="x">');
  });
});

describe('scripts/lib/quality-field-pages', () => {
  it('splits the gold author line into names', () => {
    expect(goldNames('JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL')).toEqual(['JOSH HASKELL', 'DAVID CAPLAN', 'PATRICK REEVELL']);
    expect(goldNames('松村太郎')).toEqual(['松村太郎']);
  });

  it('counts a publish day right when it is the gold time\'s day in some time zone', () => {
    expect(samePublished('2019-03-02T09:18:32+09:00', '2019-03-02T09:18:32.000Z')).toBe(true);
    expect(samePublished('2016-12-19T19:08:44', '2016-12-20T00:08:44.000Z')).toBe(true);
    expect(samePublished('2020-04-25T17:36:00', '2020-04-07T10:19:34.000Z')).toBe(false);
    expect(samePublished(null, '2020-04-07T10:19:34.000Z')).toBe(false);
  });
});
