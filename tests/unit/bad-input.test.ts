import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/scripts/lib/parse-html';
import { readPage } from '@/utils/read-page';

const URL_ = 'http://127.0.0.1/page.html';
const PARAGRAPH = '<p>The council voted on Tuesday to rebuild the old bridge, after years of delays and two failed tenders that left residents waiting.</p>';

function extract(html: string) {
  return readPage(parseHtml(html, URL_), URL_);
}

describe('pages that are not well-formed articles', () => {
  it('reads malformed HTML without throwing', () => {
    const result = extract(`<html><body><div><p>Unclosed <b>bold <i>italic ${PARAGRAPH.repeat(6)}<table><tr><td>cell`);
    expect(result.ok).toBe(true);
  });

  it('says there is nothing to read on an empty page', () => {
    const result = extract('<html><head><title>Empty</title></head><body></body></html>');
    expect(result).toMatchObject({ ok: false, reason: 'no-content' });
  });

  // Parsing such pages in jsdom takes seconds on a busy 2-core machine; the budget asserted is extraction alone.
  it('refuses a page of more than 100,000 elements quickly, with a reason', () => {
    const html = `<html><body>${'<span>x</span>'.repeat(100_001)}</body></html>`;
    const doc = parseHtml(html, URL_);
    const started = performance.now();
    const result = readPage(doc, URL_);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(performance.now() - started).toBeLessThan(2_000);
  }, 60_000);

  it('survives markup nested 5,000 levels deep', () => {
    const html = `<html><body>${'<div>'.repeat(5_000)}${PARAGRAPH.repeat(5)}${'</div>'.repeat(5_000)}</body></html>`;
    const result = extract(html);
    expect(typeof result.ok).toBe('boolean');
    if (!result.ok) expect(['failed', 'no-content', 'too-large']).toContain(result.reason);
  }, 60_000);

  it('reads the article of a frameset page as "no content", not an exception', () => {
    const result = extract('<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>');
    expect(result).toMatchObject({ ok: false });
  });

  it('never runs the scripts of the page it reads', () => {
    const html = `<html><body><article>${PARAGRAPH.repeat(6)}<script>globalThis.pwned = true</script><img src=x onerror="globalThis.pwned = true"></article></body></html>`;
    const doc = parseHtml(html, URL_);
    readPage(doc, URL_);
    expect((doc.defaultView as unknown as { pwned?: boolean }).pwned).toBeUndefined();
  });
});
