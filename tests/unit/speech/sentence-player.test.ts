import { describe, expect, it } from 'vitest';
import { firstSentenceOf, sentenceQueue } from '@/utils/speech/sentence-queue';
import { SentencePlayer, type UtteranceLike } from '@/utils/speech/sentence-player';

/** A stand-in for speechSynthesis: records what is spoken, and lets the test end or fail it. */
class FakeUtterance implements UtteranceLike<string> {
  lang = '';
  rate = 1;
  voice: string | null = null;
  onstart: ((event: never) => void) | null = null;
  onend: ((event: never) => void) | null = null;
  onerror: ((event: never) => void) | null = null;
  constructor(readonly text: string) {}
}

class FakeSynth {
  spoken: FakeUtterance[] = [];
  cancelled = 0;
  /** Utterances spoken and not yet ended or cancelled; a cancelled one still fires its error later, as browsers do. */
  private pending: FakeUtterance[] = [];
  speak(utterance: FakeUtterance): void {
    this.spoken.push(utterance);
    this.pending.push(utterance);
    utterance.onstart?.(undefined as never);
  }
  cancel(): void {
    this.cancelled++;
    const dropped = this.pending;
    this.pending = [];
    queueMicrotask(() => dropped.forEach((u) => u.onerror?.(undefined as never)));
  }
  finishCurrent(): void {
    const current = this.pending.shift();
    current?.onend?.(undefined as never);
  }
  get last(): FakeUtterance | undefined {
    return this.spoken.at(-1);
  }
}

const BLOCKS = ['Hà Nội mưa to. Đường ngập sâu.', 'Ông Lan nói: "Chúng tôi đã chuẩn bị." Nước rút chậm.', 'Hết.'];

function setUp() {
  const synth = new FakeSynth();
  const queue = sentenceQueue(BLOCKS, 'vi');
  const events: string[] = [];
  const player = new SentencePlayer(synth, (text) => new FakeUtterance(text), queue, 'Test vi', 'vi-VN', {
    onSentence: (index) => events.push(`sentence ${index}`),
    onFinished: () => events.push('finished'),
    onError: () => events.push('error'),
  });
  return { synth, queue, events, player };
}

describe('sentenceQueue', () => {
  it('cuts each block into sentences with their offsets in the block', () => {
    const queue = sentenceQueue(BLOCKS, 'vi');
    expect(queue.map((s) => [s.block, s.text])).toEqual([
      [0, 'Hà Nội mưa to.'],
      [0, 'Đường ngập sâu.'],
      [1, 'Ông Lan nói: "Chúng tôi đã chuẩn bị."'],
      [1, 'Nước rút chậm.'],
      [2, 'Hết.'],
    ]);
    for (const s of queue) expect(BLOCKS[s.block]?.slice(s.start, s.end)).toBe(s.text);
  });

  it('finds where a block starts, or the next block that has text', () => {
    const queue = sentenceQueue(['Một.', '', 'Hai. Ba.'], 'vi');
    expect(firstSentenceOf(queue, 2)).toBe(1);
    expect(firstSentenceOf(queue, 1)).toBe(1);
    expect(firstSentenceOf(queue, 9)).toBe(0);
  });
});

describe('SentencePlayer with a fake speechSynthesis', () => {
  it('speaks one sentence at a time in the voice and language given, and moves on as each ends', () => {
    const { synth, events, player } = setUp();
    player.play(2);
    expect(synth.last).toMatchObject({ text: 'Ông Lan nói: "Chúng tôi đã chuẩn bị."', lang: 'vi-VN', voice: 'Test vi', rate: 1 });
    synth.finishCurrent();
    expect(synth.last?.text).toBe('Nước rút chậm.');
    synth.finishCurrent();
    synth.finishCurrent();
    expect(events.filter((e) => e === 'finished')).toHaveLength(1);
    expect(player.state).toBe('idle');
    expect(events).toContain('sentence 4');
  });

  it('skips forward and back at once, and a cancelled utterance does not move the place', async () => {
    const { synth, player } = setUp();
    player.play(0);
    player.next();
    player.next();
    expect(synth.last?.text).toBe('Ông Lan nói: "Chúng tôi đã chuẩn bị."');
    player.previous();
    expect(synth.last?.text).toBe('Đường ngập sâu.');
    await Promise.resolve(); // the cancelled utterances report their errors now
    expect(player.index).toBe(1);
    expect(player.state).toBe('playing');
  });

  it('pauses by cancelling and resumes the sentence from its start', () => {
    const { synth, player } = setUp();
    player.play(1);
    player.toggle();
    expect(player.state).toBe('paused');
    const spoken = synth.spoken.length;
    player.next(); // paused: the place moves, nothing is spoken
    expect(synth.spoken).toHaveLength(spoken);
    player.toggle();
    expect(synth.last?.text).toBe('Ông Lan nói: "Chúng tôi đã chuẩn bị."');
  });

  it('changes speed by steps and reads the current sentence again at the new speed', () => {
    const { synth, player } = setUp();
    player.play(0);
    player.changeSpeed(1);
    expect(synth.last).toMatchObject({ text: 'Hà Nội mưa to.', rate: 1.25 });
    player.changeSpeed(-1);
    player.changeSpeed(-1);
    expect(player.rate).toBe(0.75);
    for (let i = 0; i < 10; i++) player.changeSpeed(1);
    expect(player.rate).toBe(2);
  });

  it('pauses on a voice error instead of racing through the rest', () => {
    const { synth, events, player } = setUp();
    player.play(0);
    synth.last?.onerror?.(undefined as never);
    expect(player.state).toBe('paused');
    expect(events.at(-1)).toBe('error');
  });

  it('stops: nothing more is spoken when the last utterance ends late', () => {
    const { synth, player } = setUp();
    player.play(0);
    const first = synth.last;
    player.stop();
    first?.onend?.(undefined as never);
    expect(synth.spoken).toHaveLength(1);
    expect(player.state).toBe('idle');
  });
});
