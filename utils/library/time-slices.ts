import { nextTask } from '../dom/next-task';

/**
 * Long work cut into slices of about `sliceMs`, each ended by a new task, so a click or a
 * keystroke that arrives meanwhile waits one slice at most. Call `between()` after each piece
 * of work: it yields only once the slice is spent (a task hop per piece would cost more than
 * the work). `longestMs` is the longest slice seen, for the benchmarks.
 */
export class TimeSlices {
  readonly #sliceMs: number;
  #sliceStart = performance.now();
  longestMs = 0;

  readonly #pause: () => Promise<void>;

  /** `pause`: awaited at each yield, so work the reader waits for (a search) goes first. */
  constructor(sliceMs = 8, pause: () => Promise<void> = () => Promise.resolve()) {
    this.#sliceMs = sliceMs;
    this.#pause = pause;
  }

  async between(): Promise<void> {
    const spent = performance.now() - this.#sliceStart;
    if (spent < this.#sliceMs) return;
    this.longestMs = Math.max(this.longestMs, spent);
    await nextTask();
    await this.#pause();
    this.#sliceStart = performance.now();
  }

  /** Ends the work: the last slice counts toward `longestMs`. */
  done(): void {
    this.longestMs = Math.max(this.longestMs, performance.now() - this.#sliceStart);
  }
}
