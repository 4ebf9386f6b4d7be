import type { ExtractResult } from './read-page';
import type { LiveResult } from './read-live-part';
import type { Article, ArticleExtraction } from './article/types';
import { rebuildRoot } from './article/rebuild-root';
import { missedMarkedBody, type ReadBody } from './article/marked-body';
import type { SentReading } from './article/live-reading';
import { readSentMetadataSteps } from './article/page-copy';
import { parsePageCopy } from './article/parse-page-copy';
import type { PageMetadata } from './article/page-metadata';
import { finishArticleSteps } from './article/finish-article';
import { DeadlinePassed, NEVER_TIME_UP, timeUpAfter, type TimeUp } from './deadline';
import { nextTask } from './dom/next-task';
export { warmFinisher } from './warm-finisher';
import { runWithPauses, type SliceOver } from './steps';

/** Past this the reader is told the page took too long, as when the page's own part runs out. */
export const FINISH_BUDGET_MS = 8_000;

/** The deadline of a finish: FINISH_BUDGET_MS when `budgetMs` is absent, none when it is null (CLI, benches, browser tests). */
export function finishDeadline(budgetMs: number | null | undefined, now: () => number): TimeUp {
  const budget = budgetMs === undefined ? FINISH_BUDGET_MS : budgetMs;
  return budget === null ? NEVER_TIME_UP : timeUpAfter(budget, now);
}

/** The article of a page's body: the body passes, text, the article-or-not decision. */
export function* articleSteps(body: ReadBody, meta: PageMetadata, timeUp: TimeUp, sliceOver: SliceOver): Generator<void, ArticleExtraction> {
  if (sliceOver()) yield;
  return yield* finishArticleSteps(body.reading, meta, body.root, timeUp, sliceOver);
}

/**
 * The body rebuilt in the extension page. Readability's module is loaded only for a page whose
 * marked body Readability missed, and the page's copy stands in for the page.
 */
async function bodyOf(reading: SentReading, copy: Document, parser: DOMParser, timeUp: TimeUp): Promise<ReadBody | null> {
  const root = rebuildRoot(reading, parser);
  if (!root) return null;
  const marked = missedMarkedBody(copy, root);
  if (!marked) return { reading, root };
  const { withMarkedBody } = await import('./article/read-marked-body');
  return withMarkedBody({ reading, root }, marked, parser, timeUp);
}

/** A deadline passed while the outline was made is the reader's "took too long"; anything else is a bug. */
export function timedOut(error: unknown): ExtractResult {
  if (error instanceof DeadlinePassed) return { ok: false, reason: 'timeout' };
  throw error;
}

export interface StepOptions {
  /** Resolves in a new task (nextTask); the tests count the steps with their own. */
  pause?: () => Promise<void>;
  now?: () => number;
  /** Given the article as soon as it is made, before the outline: the view shows it at once. */
  onArticle?: (article: Article) => void;
  /** Told when the page's metadata has been read from its copy (the popup marks it for the browser bench). */
  onMetadata?: () => void;
  /** As FinishOptions' (utils/read-page.ts): FINISH_BUDGET_MS when absent, none when null (the browser tests). */
  budgetMs?: number | null;
  /** The page's copy, when it was parsed already (parsePageCopy) while this code loaded. */
  pageCopy?: Document;
  /**
   * Waited for once the article is handed over, before its outline is made: where the read is
   * finished on the thread the view draws on (Firefox's background), the view draws the article first.
   */
  beforeOutline?: () => Promise<void>;
}

/**
 * The rest of a read, in the extension page the reader looks at (finishReading, utils/read-page.ts,
 * does the same in one go where the page is): the page's metadata from its copy, the body passes,
 * text, the article-or-not decision, then each step of the outline in a task of its own, so a
 * long or hostile article never holds the popup's thread for the whole read, and the reader sees
 * the article before its outline is made. The page is not involved: it was busy only for the live
 * part (utils/read-live-part.ts). `ms` is both parts together.
 *
 * The outline's code is a chunk of its own, imported once the article is handed over: its module
 * code (the outline files build their patterns when they load) and its parse no longer stand
 * between the page's part arriving and the title on screen.
 */
export async function finishReadingInSteps(live: LiveResult, parser: DOMParser, steps: StepOptions = {}): Promise<ExtractResult> {
  if (!live.ok) return live;
  const { pause = nextTask, now = () => performance.now() } = steps;
  const started = now();
  const timeUp = finishDeadline(steps.budgetMs, now);
  // The metadata in tasks of their own: on a large page its copy takes a while to parse and read.
  const copy = steps.pageCopy ?? parsePageCopy(live.reading, parser);
  const meta = await runWithPauses((sliceOver) => readSentMetadataSteps(live.reading, copy, sliceOver), pause, now);
  steps.onMetadata?.();
  await pause();
  const body = await bodyOf(live.reading, copy, parser, timeUp);
  if (!body) return { ok: false, reason: 'no-content' };
  const extracted = await runWithPauses((sliceOver) => articleSteps(body, meta, timeUp, sliceOver), pause, now);
  if (!extracted.ok) return extracted;
  // Drawn in a task of its own: the body passes of a long article and laying out its first
  // screen each take a good part of what one task may hold.
  await pause();
  steps.onArticle?.(extracted.article);
  await steps.beforeOutline?.();
  try {
    const { buildOutlineInSteps } = await import('./outline/build-outline');
    const outline = await buildOutlineInSteps(extracted.article, extracted.blocks, timeUp, pause, now);
    return { ok: true, article: extracted.article, outline, ms: live.ms + (now() - started), pageMs: live.ms };
  } catch (error) {
    return timedOut(error);
  }
}
