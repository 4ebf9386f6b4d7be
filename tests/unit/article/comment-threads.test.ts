import { describe, expect, it } from 'vitest';
import { removeCommentThreads } from '@/utils/article/comment-threads';
import { bodyOf } from './helpers';

const POST = '<p>This space is moderated, but not censored. You can post your comments in any language, and read them in yours by choosing a flag on the right.</p>';

function comment(n: number, tag = 'li'): string {
  return `<${tag} id="comment-${850000 + n}"><span>Reader ${n}</span> <span>July 31, 2012 at 9:39 pm</span><p>I read the book twice and liked the second half better than the first.</p><a href="#respond">Reply</a></${tag}>`;
}

describe('readers’ comments kept with a short post', () => {
  it('removes a section named as comments that holds numbered comments', () => {
    const root = bodyOf(`<div>${POST}</div><div id="comments"><p>2425 comments… read them below or add one</p><dl id="comment_list">${comment(1, 'dt')}${comment(2, 'dt')}</dl></div>`);
    removeCommentThreads(root);
    expect(root.textContent).not.toContain('Reader');
    expect(root.textContent).not.toContain('2425 comments');
    expect(root.textContent).toContain('This space is moderated');
  });

  it('removes three or more numbered comments side by side, with no named section', () => {
    const root = bodyOf(`${POST}<ol>${comment(1)}${comment(2)}${comment(3)}</ol>`);
    removeCommentThreads(root);
    expect(root.querySelector('ol')).toBeNull();
  });

  it('keeps the thread when it is all the body holds (no story of its own left)', () => {
    const root = bodyOf(`<ol>${comment(1)}${comment(2)}${comment(3)}</ol>`);
    removeCommentThreads(root);
    expect(root.querySelectorAll('li')).toHaveLength(3);
  });

  it('keeps a section named "comments" without numbered comments, and numbered footnotes', () => {
    const root = bodyOf(`${POST}<div id="comments"><p>The minister's comments drew criticism from all sides of the house.</p></div><ol><li id="note-1">One</li><li id="note-2">Two</li><li id="note-3">Three</li></ol>`);
    removeCommentThreads(root);
    expect(root.textContent).toContain("The minister's comments");
    expect(root.querySelectorAll('li')).toHaveLength(3);
  });
});
