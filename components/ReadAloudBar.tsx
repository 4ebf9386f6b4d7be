import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { chooseVoice } from '@/utils/speech/choose-voice';
import { findAnchorTarget } from '@/utils/dom/jump-to-anchor';
import { readingStartBlock } from '@/utils/dom/reading-start';
import { firstSentenceOf, sentenceQueue } from '@/utils/speech/sentence-queue';
import { SentencePlayer, SPEEDS, type PlayerState } from '@/utils/speech/sentence-player';
import { blocksToRead, clearMark, keepInView, markSentence } from './read-aloud-dom';
import { VoiceMissing } from './VoiceMissing';
import { isPlainKey } from '../hooks/use-reader-keys';
import { t, type MessageKey } from '../i18n/t';

interface Props {
  body: HTMLElement;
  /** The article's language: the voice is chosen by it. */
  lang: string | null;
  locale: string;
  scroller: HTMLElement | null;
  onClose: () => void;
}

type Phase = { kind: 'loading' } | { kind: 'no-speech' } | { kind: 'no-voice' } | { kind: 'ready'; voice: string };
type Player = SentencePlayer<SpeechSynthesisVoice, SpeechSynthesisUtterance>;

/** The browser's voices; Chrome lists them only after `voiceschanged`, so it is waited for, briefly. */
function loadVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, 1500);
    synth.addEventListener('voiceschanged', done);
  });
}

/** The index among `blocks` of `start`, or of the first block after it (a picture, code); 0 for none. */
function blockIndexOf(blocks: readonly Element[], start: Element | null): number {
  if (!start) return 0;
  const index = blocks.findIndex((el) => el === start || el.contains(start) || (start.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
  return Math.max(0, index);
}

/** The block the focus is on: an outline item's (a key point, a quote, a section), or the article's. */
function focusedStart(body: HTMLElement): { block: Element; fromOutline: boolean } | null {
  const active = body.ownerDocument.activeElement;
  if (!(active instanceof HTMLElement)) return null;
  const item = active.closest<HTMLElement>('[data-block]')?.dataset.block;
  if (item !== undefined && /^\d+$/u.test(item)) {
    const block = findAnchorTarget(body, { block: Number(item) });
    return block ? { block, fromOutline: true } : null;
  }
  return body.contains(active) && active !== body ? { block: active, fromOutline: false } : null;
}

const ICONS = {
  previous: 'M6 4v12M16 4 8 10l8 6z',
  play: 'M6 4l10 6-10 6z',
  pause: 'M6 4h3v12H6zM11 4h3v12h-3z',
  next: 'M14 4v12M4 4l8 6-8 6z',
  stop: 'M5 5h10v10H5z',
} as const;

function BarButton({ icon, label, shortcut, onClick }: { icon: keyof typeof ICONS; label: MessageKey; shortcut: string; onClick: () => void }) {
  return (
    <button type="button" class={`tool-button read-${icon}`} aria-label={t(label)} title={`${t(label)} (${shortcut})`} aria-keyshortcuts={shortcut} onClick={onClick}>
      <svg class="icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
        <path d={ICONS[icon]} fill="currentColor" stroke="currentColor" stroke-width="1.2" stroke-linejoin="round" />
      </svg>
    </button>
  );
}

/**
 * Read aloud with the voices installed on the device (Web Speech API, `localService` voices
 * only): play and pause, previous and next sentence, speed, stop; the sentence being read is
 * highlighted and kept in view. Its code is fetched the first time the reader asks for it.
 */
export function ReadAloudBar({ body, lang, locale, scroller, onClose }: Props) {
  const language = lang ?? locale;
  const blocks = useMemo(() => blocksToRead(body), [body]);
  const queue = useMemo(() => sentenceQueue(blocks.map((el) => el.textContent ?? ''), language), [blocks, language]);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [state, setState] = useState<PlayerState>('idle');
  const [rate, setRate] = useState(1);
  const [finished, setFinished] = useState(false);
  const player = useRef<Player | null>(null);

  useEffect(() => {
    const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
    if (!synth) {
      setPhase({ kind: 'no-speech' });
      return undefined;
    }
    // Taken at once, before focus can move: the bar arrives a few milliseconds after the key or click.
    const startBlock = readingStartBlock(body, scroller);
    let live = true;
    const topBar = body.ownerDocument.querySelector('.reader-top');
    void loadVoices(synth).then((voices) => {
      if (!live) return;
      const voice = chooseVoice(voices, language);
      if (!voice) {
        setPhase({ kind: 'no-voice' });
        return;
      }
      const created: Player = new SentencePlayer(synth, (text) => new SpeechSynthesisUtterance(text), queue, voice, voice.lang, {
        onSentence: (index) => {
          const range = markSentence(blocks, queue[index]);
          const block = blocks[queue[index]?.block ?? -1];
          const target = range ?? block;
          if (target) keepInView(target, scroller, topBar);
          setState(created.state);
        },
        onFinished: () => {
          created.index = 0;
          clearMark(body.ownerDocument);
          setFinished(true);
          setState('idle');
        },
        onError: () => setState(created.state),
      });
      player.current = created;
      setPhase({ kind: 'ready', voice: voice.name });
      created.play(firstSentenceOf(queue, blockIndexOf(blocks, startBlock)));
      setState(created.state);
    });
    return () => {
      live = false;
      player.current?.stop();
      player.current = null;
      clearMark(body.ownerDocument);
    };
  }, [queue]);

  const act = (action: (p: Player) => void) => {
    const current = player.current;
    if (!current) return;
    action(current);
    setFinished(false);
    setState(current.state);
    setRate(current.rate);
  };
  /**
   * R on an outline item reads from its block; while reading, R pauses; paused, R on a block
   * of the article (where a jump left focus) reads from there, else resumes.
   */
  const playOrPause = (fromFocus: boolean) =>
    act((p) => {
      const from = fromFocus ? focusedStart(body) : null;
      const at = from ? firstSentenceOf(queue, blockIndexOf(blocks, from.block)) : -1;
      if (from?.fromOutline) p.play(at);
      else if (p.state === 'playing') p.pause();
      else if (from && queue[at]?.block !== queue[p.index]?.block) p.play(at);
      else p.play();
    });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // The "?" dialog is modal: its keys are not the bar's.
      if (!isPlainKey(event) || body.ownerDocument.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      const action =
        key === 'r' ? () => playOrPause(true)
        : key === 'n' ? () => act((p) => p.next())
        : key === 'p' ? () => act((p) => p.previous())
        : key === '+' || key === '=' ? () => act((p) => p.changeSpeed(1))
        : key === '-' || key === '_' ? () => act((p) => p.changeSpeed(-1))
        : key === 'x' ? onClose
        : undefined;
      if (!action) return;
      event.preventDefault();
      action();
    };
    // A click on an outline item while reading: the reading follows the reader there.
    const onClick = (event: MouseEvent) => {
      const item = event.target instanceof Element ? event.target.closest<HTMLElement>('.outline-item[data-block]') : null;
      const block = item ? findAnchorTarget(body, { block: Number(item.dataset.block) }) : undefined;
      if (block && player.current?.state === 'playing') act((p) => p.play(firstSentenceOf(queue, blockIndexOf(blocks, block))));
    };
    const doc = body.ownerDocument;
    doc.addEventListener('keydown', onKey);
    doc.addEventListener('click', onClick);
    return () => {
      doc.removeEventListener('keydown', onKey);
      doc.removeEventListener('click', onClick);
    };
  });

  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return (
    <div class="read-aloud" role="group" aria-label={t('readAloud')}>
      {phase.kind === 'ready' && (
        <div class="read-aloud-controls">
          <BarButton icon="previous" label="keyPreviousSentence" shortcut="P" onClick={() => act((p) => p.previous())} />
          {state === 'playing' ? (
            <BarButton icon="pause" label="readPause" shortcut="R" onClick={() => playOrPause(false)} />
          ) : (
            <BarButton icon="play" label="readPlay" shortcut="R" onClick={() => playOrPause(false)} />
          )}
          <BarButton icon="next" label="keyNextSentence" shortcut="N" onClick={() => act((p) => p.next())} />
          <BarButton icon="stop" label="readStop" shortcut="X" onClick={onClose} />
          <label class="read-aloud-speed">
            {t('readSpeed')}{' '}
            <select value={String(rate)} aria-keyshortcuts="+ -" onChange={(event) => act((p) => p.setRate(Number((event.target as HTMLSelectElement).value)))}>
              {SPEEDS.map((speed) => (
                <option key={speed} value={String(speed)}>{`${number.format(speed)}×`}</option>
              ))}
            </select>
          </label>
          <span class="read-aloud-voice">{finished ? t('readFinished') : t('readVoice', phase.voice)}</span>
        </div>
      )}
      {phase.kind === 'no-speech' && <p role="alert" class="read-aloud-message">{t('readNoSpeech')}</p>}
      {phase.kind === 'no-voice' && <VoiceMissing lang={language} locale={locale} />}
      {phase.kind !== 'ready' && phase.kind !== 'loading' && (
        <button type="button" class="text-button" onClick={onClose}>
          {t('keysClose')}
        </button>
      )}
    </div>
  );
}
