import type { BodyPassContext } from './body-passes';
import { closestTag } from './closest-tag';
import { shortText } from './bounded-text';

/**
 * A video or audio player kept as text: its time readout ("0:00/0:45", "-0:00"), and, on a player
 * whose media the scripts set (NYT's "VideoBlock": no video left), the title and blurb of its
 * transcript box ("transcript", "Manhattan Blast Suspect Arrested", "n/a") read as the story's
 * sections. A figure holding a readout is the player: its text goes (its caption stays), and so
 * does the figure when no picture or media of its own is left. Elsewhere only the readout goes: a
 * real video stays, and so does the text around it.
 */
const READOUT = /^-?\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?$/u;
const MAX_READOUT_CHARS = 20;
const SHOWN_MEDIA = 'img, picture, video, audio, iframe';
const PLAYER_TEXT = 'p, h1, h2, h3, h4, h5, h6, dl, ul, ol, header';

/**
 * A readout: in a figure any time alone; elsewhere only a player's own shape ("0:00/0:45", a
 * countdown "-0:00"), as a live blog sets its entries' times ("14:05") alone on a line.
 */
function isReadout(el: Element, inFigure: boolean): boolean {
  const text = shortText(el, MAX_READOUT_CHARS);
  return text !== null && READOUT.test(text) && (inFigure || /\/|^-/u.test(text));
}

export function removePlayerChrome(root: Element, _ctx: BodyPassContext): void {
  for (const line of Array.from(root.querySelectorAll('p, span, div'))) {
    if (!line.isConnected || line.firstElementChild !== null) continue;
    const figure = closestTag(line, 'figure');
    if (!isReadout(line, figure !== null)) continue;
    line.remove();
    if (!figure) continue;
    for (const text of Array.from(figure.querySelectorAll(PLAYER_TEXT))) if (text.isConnected && !closestTag(text, 'figcaption')) text.remove();
    if (figure.querySelector(SHOWN_MEDIA) === null) figure.remove();
  }
}
