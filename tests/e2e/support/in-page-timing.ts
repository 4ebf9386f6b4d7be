import type { Worker } from 'playwright-core';

/** Where the e2e build puts plain Readability (wxt.config.ts, test builds only). */
const PLAIN_READABILITY_FILE = 'test-plain-readability.js';
const EXTRACT_FILE = '/extract.js';

/** One read of one page, both ways, in the same tab and the same isolated world. */
export interface InPageTiming {
  /** Injection → result, as the background sees it, for Lede's extractor. */
  ledeWall: number;
  /** Lede's own figure: the time its read took inside the page (`ms` of the result). */
  ledeInPage: number;
  /** Injection → result for plain Readability: the library's file, then `new Readability(clone).parse()`. */
  plainWall: number;
  /** Inside the page: the clone and the parse alone. */
  plainInPage: number;
  ok: boolean;
  title: string;
}

interface ScriptingChrome {
  chrome: {
    scripting: {
      executeScript(details: { target: { tabId: number }; files?: string[]; func?: () => unknown; world: 'ISOLATED' }): Promise<{ result?: unknown }[]>;
    };
  };
}

/** Lede's extractor injected as the extension injects it (clients/extract-tab.ts). */
export async function timeLede(worker: Worker, tabId: number): Promise<{ wall: number; inPage: number; steps: Record<string, number>; ok: boolean; title: string }> {
  return worker.evaluate(
    async ({ tabId, file }) => {
      const started = performance.now();
      const [injection] = await (globalThis as unknown as ScriptingChrome).chrome.scripting.executeScript({ target: { tabId }, files: [file], world: 'ISOLATED' });
      const wall = performance.now() - started;
      const result = injection?.result as { ok?: boolean; ms?: number; steps?: Record<string, number>; article?: { title?: string } } | undefined;
      return { wall, inPage: result?.ms ?? Number.NaN, steps: result?.steps ?? {}, ok: result?.ok === true, title: result?.article?.title ?? '' };
    },
    { tabId, file: EXTRACT_FILE },
  );
}

/** Plain Readability 0.6.0 in the same isolated world: its file, then one clone and parse. */
export async function timePlain(worker: Worker, tabId: number): Promise<{ wall: number; inPage: number }> {
  return worker.evaluate(
    async ({ tabId, file }) => {
      const scripting = (globalThis as unknown as ScriptingChrome).chrome.scripting;
      const started = performance.now();
      await scripting.executeScript({ target: { tabId }, files: [file], world: 'ISOLATED' });
      const [run] = await scripting.executeScript({
        target: { tabId },
        world: 'ISOLATED',
        func: () => {
          const ReadabilityClass = (globalThis as unknown as { Readability: new (doc: Document) => { parse(): unknown } }).Readability;
          const t0 = performance.now();
          new ReadabilityClass(document.cloneNode(true) as Document).parse();
          return performance.now() - t0;
        },
      });
      return { wall: performance.now() - started, inPage: typeof run?.result === 'number' ? run.result : Number.NaN };
    },
    { tabId, file: PLAIN_READABILITY_FILE },
  );
}

/**
 * `rounds` reads of the page in tab `tabId` each way, alternating which goes first so neither
 * always runs on a warmer page; the median of each figure.
 */
export async function timeInPage(worker: Worker, tabId: number, rounds: number): Promise<InPageTiming> {
  const lede: Awaited<ReturnType<typeof timeLede>>[] = [];
  const plain: Awaited<ReturnType<typeof timePlain>>[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      lede.push(await timeLede(worker, tabId));
      plain.push(await timePlain(worker, tabId));
    } else {
      plain.push(await timePlain(worker, tabId));
      lede.push(await timeLede(worker, tabId));
    }
  }
  const mid = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  return {
    ledeWall: mid(lede.map((r) => r.wall)),
    ledeInPage: mid(lede.map((r) => r.inPage)),
    plainWall: mid(plain.map((r) => r.wall)),
    plainInPage: mid(plain.map((r) => r.inPage)),
    ok: lede.every((r) => r.ok),
    title: lede[0]?.title ?? '',
  };
}
