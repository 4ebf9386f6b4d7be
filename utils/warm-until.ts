import type { warmFinisher } from './warm-finisher';
import { nextTask } from './dom/next-task';

/** What loading the finishing code gives (utils/finish-reading.ts), as far as warming it goes. */
interface Warmable {
  warmFinisher: typeof warmFinisher;
}

/**
 * Returns `part` (the page's part of a read), and while it is awaited, runs the finishing code on
 * its sample once `finisher` has loaded, one step per task (utils/warm-finisher.ts): Firefox's
 * background waits for the page there with nothing else to do (services/finish-tab.ts). Chrome's
 * popup does not warm: it loads the finishing code in that same wait, and warming it there gained
 * nothing (npm run bench:browser -- --browser chromium --verbose: the page's part to the first
 * answer 89 ms at the median without, 93 with). Kept apart from warm-finisher.ts, which belongs
 * to the finishing code's chunk.
 */
export function warmUntil<T>(part: Promise<T>, finisher: Promise<Warmable>): Promise<T> {
  let partIn = false;
  const tracked = part.finally(() => {
    partIn = true;
  });
  void finisher.then(({ warmFinisher }) => warmFinisher(() => partIn, nextTask)).catch(() => undefined);
  return tracked;
}
