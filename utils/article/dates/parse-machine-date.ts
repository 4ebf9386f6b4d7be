import { formatZone, isRealDate, isRealTime, parseOffset, type DateParts } from './date-parts';
import { parseDateText, type DateTextOptions } from './parse-date-text';

/**
 * Dates written for machines (JSON-LD, meta tags, `<time datetime>`): ISO 8601 and its
 * everyday variants ("2017-11-03 03:01:00.000000", "20240126", "+0100" offsets), Unix
 * timestamps, and, because CMSs put anything there, whatever a person would write.
 */
const ISO_LIKE =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:(?:T|\s+)(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)?)?(?:\s|\[|$)/iu;

function zoneOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const upper = text.toUpperCase();
  if (upper === 'Z') return 'Z';
  const offset = parseOffset(upper.replace(/^(?:UTC|GMT)\s*/u, ''));
  if (offset !== null) return formatZone(offset);
  return /^(?:UTC|GMT)$/u.test(upper) ? 'Z' : undefined;
}

function fromIsoLike(match: RegExpExecArray): DateParts | null {
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isRealDate(year, month, day)) return null;
  if (match[4] === undefined) return { year, month, day };
  // Milliseconds at most: "2017-11-24T18:42:20.314667" keeps ".314".
  const fraction = match[7]?.slice(0, 3);
  const time = { hour: Number(match[4]), minute: Number(match[5]), second: Number(match[6] ?? '0'), ...(fraction && /[1-9]/u.test(fraction) ? { fraction } : {}) };
  if (!isRealTime(time.hour, time.minute, time.second)) return null;
  const zone = zoneOf(match[8]);
  return zone ? { year, month, day, time, zone } : { year, month, day, time };
}

function fromTimestamp(text: string): DateParts | null {
  if (!/^\d{10}(?:\d{3})?$/u.test(text)) return null;
  const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    time: { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() },
    zone: 'Z',
  };
}

/**
 * "Mon Aug 03 12:45:00 EDT 2015": C's ctime and Java's Date.toString(), as a server wrote the
 * date into a meta tag, the year after the time. Always in English abbreviations.
 */
const CTIME = /^(?:[a-z]{3},?\s+)?([a-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:([a-z]{1,5})\s+)?(\d{4})$/iu;
const CTIME_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function fromCtime(text: string): DateParts | null {
  const match = CTIME.exec(text);
  if (!match) return null;
  const [, monthName = '', day, hour, minute, second, zone, year] = match;
  const month = CTIME_MONTHS.indexOf(monthName.toLowerCase()) + 1;
  if (month === 0 || !isRealDate(Number(year), month, Number(day))) return null;
  const time = { hour: Number(hour), minute: Number(minute), second: Number(second ?? '0') };
  if (!isRealTime(time.hour, time.minute, time.second)) return null;
  const parts = { year: Number(year), month, day: Number(day), time };
  // UTC is one offset; an abbreviation such as CST names two (China's, and the American Central one): the day is kept, no offset.
  return zone !== undefined && /^(?:UTC|GMT|Z)$/iu.test(zone) ? { ...parts, zone: 'Z' } : parts;
}

export function parseMachineDate(value: string, options: DateTextOptions): DateParts | null {
  const text = value.trim();
  if (text === '') return null;
  const iso = ISO_LIKE.exec(text);
  if (iso) return fromIsoLike(iso);
  return fromTimestamp(text) ?? fromCtime(text) ?? parseDateText(text, options);
}
