import type { QueuedSentence } from './sentence-queue';

/** What the player needs of an utterance: a real SpeechSynthesisUtterance, or a test double. */
export interface UtteranceLike<V> {
  lang: string;
  rate: number;
  voice: V | null;
  // `never`: the player reads nothing of the events, so any event type (SpeechSynthesisEvent…) fits.
  onstart: ((event: never) => void) | null;
  onend: ((event: never) => void) | null;
  onerror: ((event: never) => void) | null;
}

/** What the player needs of `speechSynthesis`. */
export interface SynthLike<U> {
  speak(utterance: U): void;
  cancel(): void;
}

export interface PlayerEvents {
  /** The sentence now being read (its utterance started). */
  onSentence(index: number): void;
  /** The last sentence was read. */
  onFinished(): void;
  /** The voice failed on a sentence: reading pauses there rather than racing silently through the rest. */
  onError(): void;
}

export type PlayerState = 'idle' | 'playing' | 'paused';

/** Speeds offered, as `rate` (1 is the voice's normal speed). */
export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/**
 * Reads a queue of sentences one utterance each: the sentence being read is always known
 * (the highlight follows each utterance's start, whether or not the voice sends word
 * boundaries), skipping is cancelling and speaking the next one, and a long article never
 * meets Chrome's cut-off of long utterances. Pause cancels and resume reads the sentence
 * again from its start: speechSynthesis.pause() does nothing on several Linux and Android voices.
 * Events of a cancelled utterance arrive after cancel(): each speak() has a generation, and
 * events of an older one are ignored.
 */
export class SentencePlayer<V, U extends UtteranceLike<V>> {
  index = 0;
  rate = 1;
  state: PlayerState = 'idle';
  private generation = 0;
  /** Held on purpose: Chrome may collect an utterance nothing refers to, and its `end` never comes. */
  private speaking: U | null = null;

  constructor(
    private readonly synth: SynthLike<U>,
    private readonly makeUtterance: (text: string) => U,
    private readonly sentences: readonly QueuedSentence[],
    private readonly voice: V | null,
    private readonly lang: string,
    private readonly events: PlayerEvents,
  ) {}

  get length(): number {
    return this.sentences.length;
  }

  play(from = this.index): void {
    if (this.sentences.length === 0) return;
    this.index = Math.min(Math.max(0, from), this.sentences.length - 1);
    this.state = 'playing';
    this.speakCurrent();
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.state = 'paused';
    this.silence();
  }

  toggle(): void {
    if (this.state === 'playing') this.pause();
    else this.play();
  }

  next(): void {
    if (this.index + 1 < this.sentences.length) this.moveTo(this.index + 1);
  }

  previous(): void {
    this.moveTo(Math.max(0, this.index - 1));
  }

  /** The nearest offered speed faster (+1) or slower (-1); the sentence being read starts again at it. */
  changeSpeed(step: 1 | -1): void {
    const at = SPEEDS.findIndex((speed) => speed >= this.rate);
    const next = SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, (at < 0 ? SPEEDS.length - 1 : at) + step))];
    if (next !== undefined) this.setRate(next);
  }

  setRate(rate: number): void {
    this.rate = rate;
    if (this.state === 'playing') this.speakCurrent();
  }

  stop(): void {
    this.state = 'idle';
    this.silence();
  }

  /** A move while paused only moves the place; playing, it reads from there at once. */
  private moveTo(index: number): void {
    this.index = index;
    if (this.state === 'playing') this.speakCurrent();
    else this.events.onSentence(index);
  }

  private silence(): void {
    this.generation++;
    this.speaking = null;
    this.synth.cancel();
  }

  private speakCurrent(): void {
    const sentence = this.sentences[this.index];
    if (!sentence) return;
    this.silence();
    const generation = this.generation;
    const utterance = this.makeUtterance(sentence.text);
    utterance.lang = this.lang;
    utterance.rate = this.rate;
    if (this.voice) utterance.voice = this.voice;
    const index = this.index;
    utterance.onstart = () => {
      if (generation === this.generation) this.events.onSentence(index);
    };
    utterance.onend = () => {
      if (generation !== this.generation || this.state !== 'playing') return;
      if (this.index + 1 < this.sentences.length) {
        this.index++;
        this.speakCurrent();
      } else {
        this.state = 'idle';
        this.events.onFinished();
      }
    };
    // "interrupted" and "canceled" errors come from silence() and belong to an older generation.
    utterance.onerror = () => {
      if (generation !== this.generation) return;
      this.state = 'paused';
      this.events.onError();
    };
    // Highlighted at once too: some voices send `start` late, or never.
    this.events.onSentence(index);
    this.speaking = utterance;
    this.synth.speak(utterance);
  }
}
