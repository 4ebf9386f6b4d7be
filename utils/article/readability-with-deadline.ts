import { Readability } from '@mozilla/readability';
import { DeadlinePassed, type TimeUp } from '../deadline';

/** Readability's own steps, as its prototype has them (not in its type declarations). */
interface Steps {
  _getNextNode(this: unknown, node: unknown, ignoreSelfAndKids: unknown): unknown;
  _removeAndGetNext(this: unknown, node: unknown): unknown;
  _initializeNode(this: unknown, node: unknown): unknown;
  _getNodeAncestors(this: unknown, node: unknown, maxDepth: unknown): unknown;
  _getInnerText(this: unknown, e: unknown, normalizeSpaces: unknown): unknown;
  _getLinkDensity(this: unknown, element: unknown): unknown;
  _forEachNode(this: unknown, nodeList: unknown, fn: unknown): unknown;
  _hasAncestorTag(this: unknown, node: unknown, tagName: unknown, maxDepth: unknown, filterFn: unknown): unknown;
  _cleanConditionally(this: unknown, e: unknown, tag: unknown): unknown;
}

/**
 * Readability's parse has no way to stop: a 1.9 MB link farm kept a tab busy for ~18 s. Its
 * steps are plain methods called on the instance (`this._getNextNode(node)`), so a subclass
 * that overrides them (CheckedReadability) lets the parse throw DeadlinePassed between two
 * steps. Nothing global is patched, in the page or anywhere else. Named for Readability 0.6.0;
 * tests/unit/read-page-deadline.test.ts fails if an upgrade renames them.
 */
export const CHECKED_STEPS = [
  '_getNextNode',
  '_removeAndGetNext',
  '_initializeNode',
  '_getNodeAncestors',
  '_getInnerText',
  '_getLinkDensity',
  '_forEachNode',
  '_hasAncestorTag',
  '_cleanConditionally',
] as const satisfies readonly (keyof Steps)[];
// Not _isProbablyVisible: the main walk asks it of each node it reaches with _getNextNode or
// _removeAndGetNext, which are checked already, and every wrapped call costs in the page (its
// checks were a quarter of all wrapped calls on the golden pages).

/** Asking the clock on every step would cost more than the steps themselves on small pages. */
const STEPS_PER_CHECK = 64;

const base = Readability.prototype as unknown as Steps;

/**
 * Readability whose steps count themselves and ask the clock every STEPS_PER_CHECK of them.
 * One method per step, each calling its own original, on a class defined once: wrapping the
 * steps as functions set on each instance made one call site shared by nine different steps,
 * which no engine inlines, and gave the instance nine properties after its construction.
 * (On a machine loaded by other work, bench:browser could not tell the two apart: within noise.)
 * Each step keeps Readability's own arguments: to each of them a missing argument and an
 * undefined one are the same.
 */
class CheckedReadability extends Readability<Node> {
  private calls = 0;
  private readonly timeUp: TimeUp;

  constructor(clone: Document, timeUp: TimeUp) {
    super(clone, { serializer: (el) => el });
    this.timeUp = timeUp;
  }

  private tick(): void {
    this.calls += 1;
    if (this.calls % STEPS_PER_CHECK === 0 && this.timeUp()) throw new DeadlinePassed();
  }

  _getNextNode(node: unknown, ignoreSelfAndKids: unknown): unknown {
    this.tick();
    return base._getNextNode.call(this, node, ignoreSelfAndKids);
  }

  _removeAndGetNext(node: unknown): unknown {
    this.tick();
    return base._removeAndGetNext.call(this, node);
  }

  _initializeNode(node: unknown): unknown {
    this.tick();
    return base._initializeNode.call(this, node);
  }

  _getNodeAncestors(node: unknown, maxDepth: unknown): unknown {
    this.tick();
    return base._getNodeAncestors.call(this, node, maxDepth);
  }

  _getInnerText(e: unknown, normalizeSpaces: unknown): unknown {
    this.tick();
    return base._getInnerText.call(this, e, normalizeSpaces);
  }

  _getLinkDensity(element: unknown): unknown {
    this.tick();
    return base._getLinkDensity.call(this, element);
  }

  _forEachNode(nodeList: unknown, fn: unknown): unknown {
    this.tick();
    return base._forEachNode.call(this, nodeList, fn);
  }

  _hasAncestorTag(node: unknown, tagName: unknown, maxDepth: unknown, filterFn: unknown): unknown {
    this.tick();
    return base._hasAncestorTag.call(this, node, tagName, maxDepth, filterFn);
  }

  _cleanConditionally(e: unknown, tag: unknown): unknown {
    this.tick();
    return base._cleanConditionally.call(this, e, tag);
  }
}

export function parseWithDeadline(clone: Document, timeUp: TimeUp) {
  return new CheckedReadability(clone, timeUp).parse();
}
