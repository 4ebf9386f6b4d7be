/**
 * The UTC offset a named time zone ("Europe/Berlin") had at a local wall-clock time, so a
 * page that states "08.04.2015 12:46" in a country with summer time gets +02:00 in April and
 * +01:00 in January. Read from Intl, which every browser and Node carry with the zone rules.
 */

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(zone)) {
    try {
      formatters.set(zone, new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }));
    } catch {
      // An engine without the zone (or without longOffset) states no offset rather than a wrong one.
      formatters.set(zone, null);
    }
  }
  return formatters.get(zone) ?? null;
}

/** Minutes east of UTC in `zone` at the instant `utcMs`; null when the engine cannot tell. */
function offsetAtInstant(format: Intl.DateTimeFormat, utcMs: number): number | null {
  const name = format.formatToParts(new Date(utcMs)).find((part) => part.type === 'timeZoneName')?.value ?? '';
  if (name === 'GMT') return 0;
  const match = /^GMT([+-])(\d{2}):(\d{2})$/u.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : null;
}

/** A fixed "+07:00" is itself; a zone name is read at the wall-clock time `localMs` (its digits taken as UTC). */
export function offsetAtLocalTime(zone: string, localMs: number): number | null {
  const fixed = /^([+-])(\d{2}):(\d{2})$/u.exec(zone);
  if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
  const format = formatterFor(zone);
  if (!format) return null;
  // Two steps: the offset at the wall time read as UTC is at most one transition away from the right one.
  const first = offsetAtInstant(format, localMs);
  return first === null ? null : offsetAtInstant(format, localMs - first * 60_000);
}
