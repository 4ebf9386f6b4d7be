/**
 * Readers' comments that Readability kept with the story: a blog post of a few lines followed
 * by hundreds of comments is mostly comments by length, so it keeps the thread. Readability
 * strips classes but keeps ids, and comment systems name their markup in them: the section
 * ("comments", "comment-list", "respond") and each comment, numbered ("comment-853380",
 * "li-comment-12"). Markup names, not words of a page's language: the same across sites.
 * Two signals before anything goes, as in boilerplate.ts: a section named as comments that
 * holds numbered comments, or three or more numbered comments side by side; and the story
 * must keep some text of its own.
 */

const THREAD_NAME =
  /(?:^|[^a-z0-9])(?:comments|comment-?list|commentlist|comments?-?(?:area|section|wrap|wrapper|container|thread|block|box)|respond|replies|disqus_thread)(?:$|[^a-z0-9])/iu;
/** One comment, numbered: the number is what a comment system adds and a story's markup lacks. */
const ONE_COMMENT = /(?:^|[^a-z])(?:comment|reply)[-_]?(?:body[-_]?)?\d+$/iu;
/** Text the story must keep for a thread to go: else Readability's body is the thread itself. */
const MIN_STORY_CHARS = 140;

function namesOf(el: Element): string {
  return `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
}

function isNumberedComment(el: Element): boolean {
  const id = el.getAttribute('id');
  return id !== null && ONE_COMMENT.test(id);
}

/** The outermost elements that hold the thread: a named section with numbered comments, or the parent of 3+ numbered comments. */
function findThreads(root: Element): Element[] {
  const numbered = [...root.querySelectorAll('[id]')].filter(isNumberedComment);
  if (numbered.length < 2) return [];
  const threads = new Set<Element>();
  const perParent = new Map<Element, number>();
  for (const comment of numbered) {
    const parent = comment.parentElement;
    if (parent && parent !== root) perParent.set(parent, (perParent.get(parent) ?? 0) + 1);
    for (let up = comment.parentElement; up && up !== root; up = up.parentElement) {
      if (THREAD_NAME.test(namesOf(up)) && !isNumberedComment(up)) threads.add(up);
    }
  }
  for (const [parent, count] of perParent) if (count >= 3) threads.add(parent);
  return [...threads].filter((el) => ![...threads].some((other) => other !== el && other.contains(el)));
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/gu, ' ').trim().length;
}

export function removeCommentThreads(root: Element): void {
  const threads = findThreads(root);
  if (threads.length === 0) return;
  const threadChars = threads.reduce((sum, el) => sum + textLength(el), 0);
  if (textLength(root) - threadChars < MIN_STORY_CHARS) return;
  for (const thread of threads) thread.remove();
}
