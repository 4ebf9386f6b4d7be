import type { Quote } from './types';

/** A statement as found in the text, before its speaker phrase is turned into a speaker. */
export interface Found {
  text: string;
  /** The words that name who spoke ("ông Nguyễn Văn Quang – Phó bí thư", "she", "the minister"), or null. */
  phrase: string | null;
  /** The phrase followed the verb ("said John Smith"), so its first name is the speaker. */
  verbFirst?: boolean;
  /** The phrase came without a speech verb (a clause ending in a colon): only a person named there counts. */
  personOnly?: boolean;
  kind: Quote['kind'];
  /** The quotation opens its paragraph or follows an attributed one in it: without a cue, it goes on from the last speaker quoted. */
  opensParagraph?: boolean;
  /** Too weak to stand unattributed: kept only when it goes on from the previous paragraph's speaker. */
  onlyIfContinued?: boolean;
  block: number;
  /** Offset in the paragraph, so people named before it in the same paragraph are known when it is attributed. */
  at: number;
}
