import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQuoteFolder } from '../../../scripts/lib/quote-set';

const ROOT = join(__dirname, '../../..');
const set = readQuoteFolder(join(ROOT, 'tests/data/quotes/vi'));

/** VietNews ids the golden pages already use (tests/fixtures/pages/README.md): kept out of the quote set. */
function goldenPageIds(): string[] {
  const readme = readFileSync(join(ROOT, 'tests/fixtures/pages/README.md'), 'utf8');
  return [...readme.matchAll(/VietNews train `(\d{6})`/gu)].map((match) => match[1] ?? '');
}

describe('the Vietnamese quote set (tests/data/quotes/vi)', () => {
  it('reads every file without a malformed field', () => {
    expect(set.errors).toEqual([]);
    expect(set.articles.length).toBeGreaterThanOrEqual(50);
  });

  it('takes its texts from the VietNews training split only, under their own ids', () => {
    for (const article of set.articles) {
      expect(article.source).toBe(`VietNews train data/train_tokenized/${article.id}.txt.seg (github.com/ThanhChinhBK/vietnews)`);
    }
  });

  it('leaves out the articles the golden pages are made of', () => {
    const golden = goldenPageIds();
    expect(golden).toContain('094187');
    expect(set.articles.map((a) => a.id).filter((id) => golden.includes(id))).toEqual([]);
  });

  it('has at least 40 articles with speech and 10 whose quotation marks are not speech', () => {
    const kinds = set.articles.map((a) => a.kind);
    expect(kinds.filter((k) => k === 'article').length).toBeGreaterThanOrEqual(40);
    expect(kinds.filter((k) => k === 'not-speech').length).toBeGreaterThanOrEqual(10);
  });

  it('gives each statement an exact piece of its paragraph, without the quotation marks of a direct quote', () => {
    for (const article of set.articles) {
      for (const statement of article.statements) {
        expect(article.paragraphs[statement.paragraph], `${article.id} ¶${statement.paragraph}`).toContain(statement.text);
        if (statement.type !== 'direct') continue;
        expect(statement.text, article.id).not.toMatch(/^["“'‘]/u);
        // A closing mark may end a quote only when it closes one quoted inside it (Duterte retelling Tập's words).
        if (!/[“‘]|(?:^|\s)['"]/u.test(statement.text)) expect(statement.text, article.id).not.toMatch(/["”'’]$/u);
      }
    }
  });
});
