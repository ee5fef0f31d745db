/**
 * The site's time zone as SharePoint names it (an id out of its own table, a description, biases in
 * minutes) with the IANA zone that gives its daylight saving rules, and the date arithmetic a
 * date-only field needs: the calendar date of an instant in the zone, and the instant of local midnight.
 */
import { SpError } from './errors';

export interface SiteTimeZone {
  /** SharePoint's id (`regionalsettings/timezones`). */
  id: number;
  description: string;
  iana: string;
  /** UTC = local + bias + (daylightBias in summer, else standardBias), in minutes. */
  bias: number;
  daylightBias: number;
  standardBias: number;
}

/** The zones a site can be run in: ids, descriptions and biases as a tenant's `timezones` lists them. */
export const SITE_TIME_ZONES: readonly SiteTimeZone[] = [
  { id: 2, description: '(UTC) Dublin, Edinburgh, Lisbon, London', iana: 'Europe/London', bias: 0, daylightBias: -60, standardBias: 0 },
  { id: 3, description: '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', iana: 'Europe/Paris', bias: -60, daylightBias: -60, standardBias: 0 },
  { id: 4, description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', iana: 'Europe/Stockholm', bias: -60, daylightBias: -60, standardBias: 0 },
  { id: 10, description: '(UTC-05:00) Eastern Time (US and Canada)', iana: 'America/New_York', bias: 300, daylightBias: -60, standardBias: 0 },
  { id: 11, description: '(UTC-06:00) Central Time (US and Canada)', iana: 'America/Chicago', bias: 360, daylightBias: -60, standardBias: 0 },
  { id: 13, description: '(UTC-08:00) Pacific Time (US and Canada)', iana: 'America/Los_Angeles', bias: 480, daylightBias: -60, standardBias: 0 },
  { id: 76, description: '(UTC+10:00) Canberra, Melbourne, Sydney', iana: 'Australia/Sydney', bias: -600, daylightBias: -60, standardBias: 0 },
  { id: 93, description: '(UTC) Coordinated Universal Time', iana: 'UTC', bias: 0, daylightBias: 0, standardBias: 0 }
];

/** W. Europe Standard Time: a Swedish region's site. */
export const DEFAULT_TIME_ZONE_ID = 4;

/** A zone by SharePoint id (`13`), IANA name (`America/Los_Angeles`) or a word of its description (`Pacific`). */
export function siteTimeZone(name: string | number): SiteTimeZone {
  const text = String(name).trim().toLowerCase();
  const found = SITE_TIME_ZONES.find((zone) => String(zone.id) === text || zone.iana.toLowerCase() === text)
    ?? SITE_TIME_ZONES.find((zone) => text.length > 2 && zone.description.toLowerCase().includes(text));
  if (!found) {
    const known = SITE_TIME_ZONES.map((zone) => `${zone.id} ${zone.iana}`).join(', ');
    throw new Error(`Unknown time zone '${String(name)}' (known: ${known}).`);
  }
  return found;
}

export function siteTimeZoneById(id: number): SiteTimeZone {
  const found = SITE_TIME_ZONES.find((zone) => zone.id === id);
  if (!found) throw new SpError(500, '-1, Microsoft.SharePoint.Emulator.NotSupportedException', `The time zone ${id} is not emulated.`);
  return found;
}

const calendars = new Map<string, Intl.DateTimeFormat>();

function calendarOf(iana: string): Intl.DateTimeFormat {
  let format = calendars.get(iana);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: iana, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit'
    });
    calendars.set(iana, format);
  }
  return format;
}

/** The zone's wall clock at an instant, as if that wall clock were UTC (ms). */
function wallClock(instant: number, iana: string): number {
  const parts: Record<string, number> = {};
  for (const part of calendarOf(iana).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** `YYYY-MM-DD`: the calendar date an instant falls on in the zone. */
export function localDateOf(instant: number, zone: SiteTimeZone): string {
  return new Date(wallClock(instant, zone.iana)).toISOString().slice(0, 10);
}

/** The instant the zone's wall clock shows `YYYY-MM-DDTHH:mm:ss` (a time skipped in spring is read an hour on). */
export function localInstant(wall: string, zone: SiteTimeZone): number {
  const asUtc = Date.parse(`${wall}Z`);
  const firstGuess = asUtc - (wallClock(asUtc, zone.iana) - asUtc);
  return asUtc - (wallClock(firstGuess, zone.iana) - firstGuess);
}

/** The instant local midnight starts the date in the zone (no supported zone shifts its clocks at midnight). */
export function localMidnight(date: string, zone: SiteTimeZone): number {
  return localInstant(`${date}T00:00:00`, zone);
}
