import { Readability } from '@mozilla/readability';
import { DeadlinePassed, type TimeUp } from '../deadline';

/**
 * Readability's parse has no way to stop: a 1.9 MB link farm kept a tab busy for ~18 s. Its
 * steps are plain methods called on the instance (`this._getNextNode(node)`), so wrapping them
 * on this one instance lets the parse throw DeadlinePassed between two steps. Nothing global
 * is patched, in the page or anywhere else. Named for Readability 0.6.0;
 * tests/unit/read-page-deadline.test.ts fails if an upgrade renames them.
 */
export const CHECKED_STEPS = [
  '_getNextNode',
  '_removeAndGetNext',
  '_getNodeAncestors',
  '_getLinkDensity',
  '_forEachNode',
  '_cleanConditionally',
] as const;
// Every wrapped call costs in the page, so each loop of the parse is checked through one step
// it calls per round, no more. Not _isProbablyVisible, _hasAncestorTag: the main walk asks them
// of each node it reaches with _getNextNode or _removeAndGetNext. Not _getInnerText (two in five
// of the calls the full list wrapped on the golden pages), _initializeNode: the scoring loop asks
// _getNodeAncestors of each element it scores, _cleanConditionally _getLinkDensity of each node
// it keeps weighing, and the siblings' loop _getLinkDensity of each paragraph. Wrapping these
// three less took Firefox's Readability step from 4.18 to 3.98 ms median on the small golden pages
// (npm run bench:ab, 7 rounds); the link farm still stops in time (tests/e2e/*-freeze.test.ts).

/** Asking the clock on every step would cost more than the steps themselves on small pages. */
const STEPS_PER_CHECK = 64;

/**
 * Four arguments at most (_hasAncestorTag takes four); none of the steps reads `arguments`, and
 * to each of them a missing argument is an undefined one. A fixed list, not a rest array and
 * `apply`, because the wrapper runs on thousands of calls per parse.
 */
type Step = (this: unknown, a: unknown, b: unknown, c: unknown, d: unknown) => unknown;

export function parseWithDeadline(clone: Document, timeUp: TimeUp) {
  const reader = new Readability<Node>(clone, { serializer: (el) => el });
  const steps = reader as unknown as Record<string, unknown>;
  let calls = 0;
  for (const name of CHECKED_STEPS) {
    const step = steps[name];
    if (typeof step !== 'function') continue;
    const original = step as Step;
    steps[name] = function checked(this: unknown, a: unknown, b: unknown, c: unknown, d: unknown): unknown {
      calls += 1;
      if (calls % STEPS_PER_CHECK === 0 && timeUp()) throw new DeadlinePassed();
      return original.call(this, a, b, c, d);
    };
  }
  return reader.parse();
}
