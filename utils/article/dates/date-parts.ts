import { packFor } from '../../lang';
import { offsetAtLocalTime } from './zone-offset';

/**
 * A calendar date read from a page, with the time and the offset only when the page gave them.
 * Kept as parts rather than a Date because a Date cannot say "no time zone stated", and
 * an article's date must not move a day because the reader's computer sits in another zone.
 */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** Absent when the page gave a day only. */
  time?: { hour: number; minute: number; second: number; /** Fraction digits as written ("096"), kept so the value round-trips. */ fraction?: string };
  /** "Z" or "+07:00"; absent when the page stated no zone. */
  zone?: string;
}

/** Older than this is a typo or a copyright year, not a news date. */
const EARLIEST_YEAR = 1990;

/** Dates a page states without a zone may be up to this far ahead of UTC. */
const LATEST_ZONE_MS = 14 * 60 * 60 * 1000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isRealTime(hour: number, minute: number, second: number): boolean {
  return hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60;
}

/** "+07:00" from minutes east of UTC; "Z" for UTC itself. */
export function formatZone(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "+0700", "+07", "+07:00", "-4" → minutes east of UTC; null when it is no offset. */
export function parseOffset(text: string): number | null {
  const match = /^([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/u.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 14 || minutes >= 60) return null;
  return (match[1] === '+' ? 1 : -1) * (hours * 60 + minutes);
}

export function toIsoString(parts: DateParts): string {
  const date = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
  if (!parts.time) return date;
  const { hour, minute, second, fraction } = parts.time;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${fraction ? `.${fraction}` : ''}${parts.zone ?? ''}`;
}

/** The earliest instant the parts can mean: a date without a zone could be anywhere on Earth. */
function earliestInstant(parts: DateParts): number {
  const { hour = 0, minute = 0, second = 0 } = parts.time ?? {};
  const local = Date.UTC(parts.year, parts.month - 1, parts.day, hour, minute, second);
  if (parts.zone === undefined) return local - LATEST_ZONE_MS;
  const offset = parts.zone === 'Z' ? 0 : (parseOffset(parts.zone) ?? 0);
  return local - offset * 60_000;
}

/** A date an article can have: a real calendar day, not before 1990, not after `now`. */
export function isPlausibleArticleDate(parts: DateParts, now: number): boolean {
  if (parts.year < EARLIEST_YEAR || !isRealDate(parts.year, parts.month, parts.day)) return false;
  if (parts.time && !isRealTime(parts.time.hour, parts.time.minute, parts.time.second)) return false;
  return earliestInstant(parts) <= now;
}

/**
 * Vietnamese pages state local times without a zone, and Vietnam has kept one zone for
 * every year we accept; so a time on a page in `lang="vi"` gets that offset (the pack's
 * impliedZone); so do Chinese (UTC+8 wherever it is written) and Japanese (UTC+9), and
 * German, French, Italian, Dutch and Polish, written in countries that share Central European
 * time and its summer time (a zone name, read at the stated time). A page that names its
 * country (`regionZone`, page-region.ts) takes that country's zone instead; other languages
 * span zones, so their times stay unstated unless the page names its country.
 */
export function zoneImpliedByLanguage(lang: string | null): string | undefined {
  const zone = packFor(lang)?.impliedZone ?? '';
  return zone === '' ? undefined : zone;
}

/** `regionZone`: the zone of the page's country (page-region.ts); null when its country spans zones, undefined when it names none. */
export function withImpliedZone(parts: DateParts, lang: string | null, regionZone?: string | null): DateParts {
  if (!parts.time || parts.zone !== undefined) return parts;
  const zone = regionZone === undefined ? zoneImpliedByLanguage(lang) : regionZone;
  if (!zone) return parts;
  const { hour, minute, second } = parts.time;
  const offset = offsetAtLocalTime(zone, Date.UTC(parts.year, parts.month - 1, parts.day, hour, minute, second));
  return offset === null ? parts : { ...parts, zone: formatZone(offset) };
}
