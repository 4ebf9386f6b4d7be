import { describe, expect, it } from 'vitest';
import { isCommentOpener, removeCommentsAfterOpener } from '@/utils/article/comment-opener';
import { bodyOf } from './helpers';

const STORY = [
  '<p>Dan Shittu and Marlon King have been recalled to the starting line-up for this afternoon’s game at St Mary’s.</p>',
  '<p>Shittu, who has not started a match since the win at Colchester, replaces Matt Jackson in the centre of defence.</p>',
  '<p>Subs: Poom, Ellington, Mariappa, Ainsworth, O’Toole.</p>',
].join('');

describe('a line that opens the readers’ comments', () => {
  it('reads whole lines of the packs, with a count or an ellipsis beside them', () => {
    for (const line of ['Have your say', 'Comments (12)', '3 Comments', 'Tell us what you think...', 'Tell us what you think…', 'Thanks for your comments - this feedback is now closed', 'Bình luận', 'Ý kiến bạn đọc', 'Kommentare', 'Réagissez :']) {
      expect(isCommentOpener(line), line).toBe(true);
    }
  });

  it('is no sentence of the story that speaks of comments', () => {
    for (const line of ['Tell us what you think about the photo in the comments below.', 'The minister’s comments drew criticism.', 'Have your say on the latest news and sport in our forums, and read what other fans think.']) {
      expect(isCommentOpener(line), line).toBe(false);
    }
  });
});

describe('readers’ comments under a line that opens them', () => {
  it('removes the line, the comments and their form after the story', () => {
    const root = bodyOf(`<div>${STORY}</div><div><p>Thanks for your comments - this feedback is now closed</p><p>Posted by: Dom, London on 5:19pm Tue 1 Jan 08</p><p>Come on boys! Sort the home form out.</p></div><form><p>Name:</p></form>`);
    removeCommentsAfterOpener(root);
    expect(root.textContent).toContain('Subs: Poom');
    expect(root.textContent).not.toContain('feedback is now closed');
    expect(root.textContent).not.toContain('Posted by');
    expect(root.textContent).not.toContain('Name:');
  });

  it('cuts at a loose line among others, keeping the lines before it', () => {
    const root = bodyOf(`${STORY}<div>The comments above are from readers.<br>Tell us what you think...<br>Post a comment (150 word limit)</div>`);
    removeCommentsAfterOpener(root);
    expect(root.textContent).toContain('The comments above are from readers.');
    expect(root.textContent).not.toContain('Post a comment');
  });

  it('takes nothing when the line comes in the story’s first half (a tool bar under the headline)', () => {
    const root = bodyOf(`<p>Comments (3)</p>${STORY}`);
    removeCommentsAfterOpener(root);
    expect(root.textContent).toContain('Comments (3)');
    expect(root.textContent).toContain('Subs: Poom');
  });

  it('keeps a closing sentence that only asks for comments', () => {
    const root = bodyOf(`${STORY}<p>Tell us what you think about the photo in the comments below.</p>`);
    removeCommentsAfterOpener(root);
    expect(root.textContent).toContain('Tell us what you think about the photo');
  });
});

describe('a comment link inside another line', () => {
  it('leaves a post’s footer line whole for the boilerplate pass', () => {
    const root = bodyOf(`${STORY}<p><span>Posted in C++, Talks</span> | <a href="#respond">Leave a Comment</a></p>`);
    removeCommentsAfterOpener(root);
    expect(root.textContent).toContain('Leave a Comment');
  });
});

describe('an opener with its count in another element', () => {
  it('takes the list item that holds the link and its count for the line', () => {
    const root = bodyOf(`${STORY}<ul><li><a href="#c">Comments</a> (3)</li></ul><p>Posted by: Dom, London</p>`);
    removeCommentsAfterOpener(root);
    expect(root.textContent).not.toContain('Posted by');
    expect(root.textContent).toContain('Subs: Poom');
  });
});
