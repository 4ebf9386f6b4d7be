import { formatZone, isRealDate, isRealTime, parseOffset, type DateParts } from './date-parts';
import { MONTH_NAMES_LONGEST_FIRST, monthNumber } from './month-names';
import { PACKS, allLanguages } from '../../lang';

/**
 * Reads the dates people write on news pages: "26/01/2024 10:21:48", "Thứ Sáu, 26/01/2024 - 10:21",
 * "January 26, 2024 at 6:01 am EST", "26. Januar 2024", "26 de enero de 2024",
 * "ngày 26 tháng 1 năm 2024", "2024年1月26日 10:21", "2024년 1월 26일".
 */
export interface DateTextOptions {
  /**
   * Read "01/02/2024" as January 2. Only US English writes month first; everyone else
   * (and every ambiguous page) reads day first. A reading that cannot be a date is
   * abandoned for the other one whatever this says.
   */
  monthFirst: boolean;
  /**
   * When given, collects each numeric date read that the other order reads as another real day
   * ("7/10/12"), as read: the page is asked which order it writes only when its day is one of them.
   */
  readEitherWay?: DateParts[];
}

export interface FoundDate {
  parts: DateParts;
  /** Where the date (with its time) starts and ends in the text, for labels such as "Updated". */
  index: number;
  end: number;
}

const NOT_AFTER_WORD = String.raw`(?![\p{L}\p{N}])`;
const NOT_BEFORE_WORD = String.raw`(?<![\p{L}\p{N}])`;

/** An alternation of every pack's words for one part of a date; `(?!)` (never matches) when none has any. */
function alternation(words: readonly string[]): string {
  return words.length > 0 ? `(?:${words.join('|')})` : '(?!)';
}

/** The grammar words of dates, from every language pack (utils/lang): pages often declare no language or the wrong one. */
const DAY_WORD = alternation(PACKS.flatMap((pack) => pack.dateWords.day));
const MONTH_WORDS = PACKS.flatMap((pack) => pack.dateWords.month);
const MONTH_WORD = alternation(MONTH_WORDS);
const YEAR_WORD = alternation(PACKS.flatMap((pack) => pack.dateWords.year));
const MORNING_MARKS = PACKS.flatMap((pack) => pack.halfDayMarks.morning);
const AFTERNOON_MARKS = PACKS.flatMap((pack) => pack.halfDayMarks.afternoon);
const AFTERNOON = builtOnFirstUse(() => new RegExp(`^${alternation(AFTERNOON_MARKS)}$`, 'iu'));

/**
 * A regex made when first asked for. Firefox parses and compiles each pattern again in every popup
 * it opens; the clock patterns are only needed once a date is found.
 */
function builtOnFirstUse(build: () => RegExp): () => RegExp {
  let regex: RegExp | null = null;
  return () => (regex ??= build());
}

interface DatePattern {
  regex: RegExp;
  read: (match: RegExpExecArray, options: DateTextOptions) => { year: number; month: number; day: number } | null;
}

function numericDate(first: number, second: number, year: number, options: DateTextOptions) {
  const dayFirst = { year, month: second, day: first };
  const monthFirst = { year, month: first, day: second };
  const readings = options.monthFirst ? [monthFirst, dayFirst] : [dayFirst, monthFirst];
  const real = readings.filter((r) => isRealDate(r.year, r.month, r.day));
  const chosen = real[0] ?? null;
  if (chosen && real.length === 2 && first !== second) options.readEitherWay?.push(chosen);
  return chosen;
}

// Numeric patterns are ASCII-only: no `u` flag, the same matches. Firefox compiles every pattern again in each
// popup it opens, and a Unicode pattern costs more to compile.
const NUMERIC_PATTERNS: readonly DatePattern[] = [
  {
    // 2024-01-26, 2024/01/26, 2024.01.26, and Korean's spaced "2024. 1. 26.": year first is always year-month-day.
    regex: /(?<![\d./-])(\d{4})([-/.]|\. )(\d{1,2})\2(\d{1,2})(?!\d)/g,
    read: (m) => ({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }),
  },
  {
    // 26/01/2024, 26-01-2024, 26.01.2024 (and 01/26/2024 on US pages).
    regex: /(?<![\d./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d])/g,
    read: (m, options) => numericDate(Number(m[1]), Number(m[3]), Number(m[4]), options),
  },
  {
    // 12.03.19 (German datelines), 01/13/08 (US bylines): a two-digit year, only after dots or
    // slashes and with nothing numeric either side, so "1.2.19.4" and "3/4/19/2" stay what they are.
    regex: /(?<![\d./-])(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?![\dA-Za-z/-]|\.\d)/g,
    read: (m, options) => numericDate(Number(m[1]), Number(m[3]), fullYear(Number(m[4])), options),
  },
];

/** "19" is 2019 and "98" 1998: news pages with two-digit years are from 1970 on. */
function fullYear(twoDigits: number): number {
  return twoDigits < 70 ? 2000 + twoDigits : 1900 + twoDigits;
}

/**
 * The patterns with month names, built from only the names the text contains (lowered: after NFKC,
 * lowering finds every spelling the `i` flag would). A name absent from the text cannot match, so
 * the matches are those of the full alternation of all 110 names, which costs ~6 ms to compile in
 * every Firefox popup; most texts hold no month name and build nothing.
 */
const MONTH_PATTERNS_BY_NAMES = new Map<string, readonly DatePattern[]>();

function monthNamePatterns(lowered: string): readonly DatePattern[] {
  const names = MONTH_NAMES_LONGEST_FIRST.filter((name) => lowered.includes(name));
  if (names.length === 0) return [];
  const key = names.join('|');
  const cached = MONTH_PATTERNS_BY_NAMES.get(key);
  if (cached) return cached;
  const patterns: readonly DatePattern[] = [
    {
      // 26 Jan 2024, 26. Januar 2024, 26 de enero de 2024, 1er janvier 2024, 26th of January, 2024, "12 مارس، 2019" (Arabic comma),
      // "16.nov.2023" (Folha: the abbreviation's dot against the year).
      regex: new RegExp(
        String.raw`${NOT_BEFORE_WORD}(\d{1,2})(?:\.|er|º|°|st|nd|rd|th)?\s*(?:de\s+|of\s+)?(${key})${NOT_AFTER_WORD}\.?\s*[,،]?\s*(?:del?\s+)?(\d{4})(?!\d)`,
        'giu',
      ),
      read: (m) => (holdsYearWord(m[2] ?? '') ? null : { year: Number(m[3]), month: monthNumber(m[2] ?? '') ?? 0, day: Number(m[1]) }),
    },
    {
      // January 26, 2024; Jan. 26 2024; Sept 3rd, 2019.
      regex: new RegExp(
        String.raw`${NOT_BEFORE_WORD}(${key})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)\s*,?\s*(\d{4})(?!\d)`,
        'giu',
      ),
      read: (m) => ({ year: Number(m[3]), month: monthNumber(m[1] ?? '') ?? 0, day: Number(m[2]) }),
    },
  ];
  MONTH_PATTERNS_BY_NAMES.set(key, patterns);
  return patterns;
}

const YEAR_WORDS = new Set(PACKS.flatMap((pack) => pack.dateWords.year));

/**
 * A month's name holding the word for a year ("tháng năm", May) reads as a date only before its
 * day: "9 tháng năm 2023" is "the nine months of 2023", as Vietnamese reports sum up a year so far.
 */
function holdsYearWord(name: string): boolean {
  return name.toLowerCase().split(/\s+/u).some((word) => YEAR_WORDS.has(word));
}

/** Built on first use, and only for a text holding one of the packs' month words ("tháng"), which it requires. */
let wordPatterns: readonly DatePattern[] | null = null;

function monthWordPattern(lowered: string): readonly DatePattern[] {
  if (!MONTH_WORDS.some((word) => lowered.includes(word))) return [];
  wordPatterns ??= [
    {
      // Vietnamese: "ngày 26 tháng 1 năm 2024", "26 tháng 01, 2024".
      regex: new RegExp(String.raw`(?:${DAY_WORD}\s+)?(?<!\d)(\d{1,2})\s+${MONTH_WORD}\s+(\d{1,2})(?:\s*,\s*|\s+${YEAR_WORD}\s+|\s+)(\d{4})(?!\d)`, 'giu'),
      read: (m) => ({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }),
    },
    {
      // The English order with the month as a word and a number, as WordPress's Vietnamese writes
      // "F j, Y": "Tháng 12 4, 2023". Only with its comma: "tháng 12 4 người" is no date.
      regex: new RegExp(String.raw`${NOT_BEFORE_WORD}${MONTH_WORD}\s+(\d{1,2})\s+(\d{1,2})\s*,\s*(\d{4})(?!\d)`, 'giu'),
      read: (m) => ({ year: Number(m[3]), month: Number(m[1]), day: Number(m[2]) }),
    },
  ];
  return wordPatterns;
}

const CJK_PATTERN: DatePattern = {
  // Chinese, Japanese and Korean: "2024年1月26日", "2024년 1월 26일".
  regex: /(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]?/gu,
  read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
};

/** The date patterns that can match `text`, in the order their matches are collected. */
function datePatterns(text: string): readonly DatePattern[] {
  const lowered = text.toLowerCase();
  return [...NUMERIC_PATTERNS, ...monthNamePatterns(lowered), ...monthWordPattern(lowered), CJK_PATTERN];
}

/** Zone abbreviations news sites print after a time; CST and IST are left out because each names two zones. */
const ZONE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  utc: 0, gmt: 0, z: 0, wet: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180,
  est: -300, edt: -240, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, akst: -540, akdt: -480, hst: -600,
  ict: 420, wib: 420, sgt: 480, hkt: 480, awst: 480, jst: 540, kst: 540, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

const ZONE = String.raw`[([]?\s*(?:(?:GMT|UTC)\s*([+\-−]\s*\d{1,2}(?::?\d{2})?)?|([+\-−]\d{2}:?\d{2})|(${Object.keys(ZONE_ABBREVIATIONS).join('|')}))\s*[)\]]?${NOT_AFTER_WORD}`;
const MERIDIEM = `(${[...MORNING_MARKS, ...AFTERNOON_MARKS].join('|')})`;
const MERIDIEM_AHEAD = String.raw`(?=\s*${alternation([...MORNING_MARKS, ...AFTERNOON_MARKS])}(?![\p{L}]))`;
const CLOCK_SUFFIX = alternation(allLanguages('clockSuffixes'));
// "16 ноября 2023 г., 10:21", "2023 года в 10:21", "16 listopada 2023 r., godz. 10:21": the year's word, then the time.
const YEAR_SUFFIX = alternation(allLanguages('yearSuffixes'));
const HOUR_WORD = alternation(PACKS.flatMap((pack) => pack.clockWords.hour));
const MINUTE_WORD = alternation(PACKS.flatMap((pack) => pack.clockWords.minute));
// "10:21", "10h21", and written out, "16 giờ 45 phút" (a minute of one digit only so: "16 giờ 5 phút");
// an hour word with no minute only before a half-day word, "8 giờ sáng": "8 giờ" alone is a duration as often.
const CONNECTOR = alternation(allLanguages('timeConnectors'));

// "10.21 GMT", "kl. 10.21", "um 10.21 Uhr": a dot parts hour and minutes only where a zone, a half-day word or a clock word
// follows, or a time connector precedes; elsewhere "10.21" after a date may be any number.
const DOT_TIME_FOLLOWER = alternation(['GMT', 'UTC', ...Object.keys(ZONE_ABBREVIATIONS).filter((zone) => zone.length >= 3), ...MORNING_MARKS, ...AFTERNOON_MARKS, ...allLanguages('clockSuffixes')]);
const CLOCK_DOT = String.raw`\.(?=\d{2}\s*${DOT_TIME_FOLLOWER}(?![\p{L}]))|(?<=${CONNECTOR}\s*\d{1,2})\.(?=\d{2}(?!\d))`;
const CLOCK = String.raw`(\d{1,2})\s*(?:(?:[:hH]|${CLOCK_DOT}|${HOUR_WORD}(?=\s*\d))\s*(\d{2}|(?<=${HOUR_WORD}\s*)\d(?!\d))|${HOUR_WORD}${MERIDIEM_AHEAD})(?:\s*${MINUTE_WORD}${NOT_AFTER_WORD})?(?:\s*:\s*(\d{2}))?(?:[.,]\d+)?(?:\s*${MERIDIEM}(?![\p{L}]))?(?:\s*${CLOCK_SUFFIX}${NOT_AFTER_WORD})?`;

/** The time right after a date: "26/01/2024 10:21:48", "- 10:21", ", at 6:01 am EST", "T10:21:48Z", "um 10:21 Uhr". */
const TIME_AFTER = builtOnFirstUse(() => new RegExp(
  String.raw`^\s*(?:${YEAR_SUFFIX}${NOT_AFTER_WORD}\s*)?(?:[,\-–—|•·@/(]|T|${CONNECTOR})?\s*(?:(?:[,\-–—|]|${CONNECTOR})\s*)?${CLOCK}(?:\s*${ZONE})?`,
  'iu',
));

/** The time right before a date: "10:21 26/01/2024", "10:21 (GMT+7), ngày 26/01/2024", "16:45 Thứ hai, 4/12/2023". */
const TIME_BEFORE = builtOnFirstUse(() => {
  const weekday = alternation(allLanguages('weekdayNames'));
  return new RegExp(String.raw`${CLOCK}(?:\s*${ZONE})?\s*[,\-–—|•·]?\s*(?:${weekday}\s*,?\s*)?(?:${DAY_WORD}\s*)?$`, 'iu');
});

/** Korean and Chinese put the half-day word first: "오후 3:05", "下午 3:05". */
// The mark and its spaces are one optional group: two `\s*` side by side would split a run of spaces every way.
// "2023.11.16. 오전 10:21": Korean closes a date with a dot.
const TIME_AFTER_CJK = builtOnFirstUse(() => new RegExp(String.raw`^\.?\s*(?:${MERIDIEM}\s*)?(\d{1,2})\s*(?::|時|时|시)\s*(\d{1,2})\s*(?:分|분)?`, 'iu'));

interface ClockReading {
  time: { hour: number; minute: number; second: number };
  zone?: string;
  length: number;
}

function to24Hour(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const afternoon = AFTERNOON().test(meridiem);
  if (afternoon && hour < 12) return hour + 12;
  if (!afternoon && hour === 12) return 0;
  return hour;
}

function zoneFrom(gmtOffset: string | undefined, numeric: string | undefined, abbreviation: string | undefined, gmtSeen: boolean): string | undefined {
  if (gmtOffset) {
    const offset = parseOffset(gmtOffset.replace(/\s+/gu, ''));
    return offset === null ? undefined : formatZone(offset);
  }
  if (numeric) {
    const offset = parseOffset(numeric);
    return offset === null ? undefined : formatZone(offset);
  }
  if (abbreviation) {
    const offset = ZONE_ABBREVIATIONS[abbreviation.toLowerCase()];
    return offset === undefined ? undefined : formatZone(offset);
  }
  return gmtSeen ? 'Z' : undefined;
}

function readClock(match: RegExpExecArray): ClockReading | null {
  const hour = to24Hour(Number(match[1]), match[4]);
  const minute = Number(match[2] ?? '0');
  const second = Number(match[3] ?? '0');
  if (!isRealTime(hour, minute, second)) return null;
  const gmtSeen = /GMT|UTC/iu.test(match[0]);
  const zone = zoneFrom(match[5], match[6], match[7], gmtSeen);
  return { time: { hour, minute, second }, zone, length: match[0].length };
}

function clockAfter(rest: string): ClockReading | null {
  const match = TIME_AFTER().exec(rest);
  if (match) return readClock(match);
  const cjk = TIME_AFTER_CJK().exec(rest);
  if (!cjk) return null;
  const hour = to24Hour(Number(cjk[2]), cjk[1]);
  const minute = Number(cjk[3]);
  return isRealTime(hour, minute, 0) ? { time: { hour, minute, second: 0 }, length: cjk[0].length } : null;
}

function clockBefore(before: string): ClockReading | null {
  const match = TIME_BEFORE().exec(before);
  return match ? readClock(match) : null;
}

/**
 * A digit in any script a dateline is written in: ASCII, full-width ("２０２４年", which NFKC
 * turns into ASCII), Arabic-Indic ("١٢ مارس ٢٠١٩") and Persian ("۱۲"). A text without one holds no date.
 */
export const ANY_DIGIT = /[0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]/u;

/** Arabic-Indic and Persian digits as ASCII ones, one character each, so indices into the text stay valid. */
function withAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
}

/** Every date in `text`, in order, each with the time written next to it. */
export function findDatesInText(raw: string, options: DateTextOptions): FoundDate[] {
  // NFKC turns full-width digits and colons ("２０２４年") into ASCII ones.
  const text = withAsciiDigits(raw.normalize('NFKC'));
  const found: FoundDate[] = [];
  // Every pattern needs a digit: most texts asked (titles, bylines, furniture) build and run none.
  if (!/\d/.test(text)) return [];
  for (const pattern of datePatterns(text)) {
    pattern.regex.lastIndex = 0;
    for (const match of text.matchAll(pattern.regex)) {
      const ymd = pattern.read(match, options);
      if (!ymd || !isRealDate(ymd.year, ymd.month, ymd.day)) continue;
      found.push(withClock(text, ymd, match.index, match.index + match[0].length));
    }
  }
  return dropOverlaps(found);
}

function withClock(text: string, ymd: { year: number; month: number; day: number }, index: number, end: number): FoundDate {
  const after = clockAfter(text.slice(end, end + 40));
  if (after) return { parts: withTime(ymd, after), index, end: end + after.length };
  const before = clockBefore(text.slice(Math.max(0, index - 40), index));
  if (before) return { parts: withTime(ymd, before), index: index - before.length, end };
  return { parts: ymd, index, end };
}

/** No `zone` key at all when none was written, so equal dates compare equal. */
function withTime(ymd: { year: number; month: number; day: number }, clock: ClockReading): DateParts {
  return clock.zone ? { ...ymd, time: clock.time, zone: clock.zone } : { ...ymd, time: clock.time };
}

function dropOverlaps(found: FoundDate[]): FoundDate[] {
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: FoundDate[] = [];
  for (const date of found) {
    const last = kept[kept.length - 1];
    if (last && date.index < last.end) continue;
    kept.push(date);
  }
  return kept;
}

/** The first date written in `text`, or null. */
export function parseDateText(text: string, options: DateTextOptions): DateParts | null {
  return findDatesInText(text, options)[0]?.parts ?? null;
}
