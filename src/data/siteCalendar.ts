// SharePoint keeps a date-only column as the instant its date starts in the site's time zone and
// answers it in UTC: 14 March on a Stockholm site reads `…-03-13T23:00:00Z` (22:00 in summer). The
// model holds the calendar date, so reads and writes convert through the site's zone, never the
// browser's: a user abroad sees the site's dates.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/regional-settings/web';

/** `web/regionalsettings/timezone` as SharePoint answers it (biases in minutes, UTC = local + bias). */
export interface SharePointTimeZone {
  Id: number;
  Description?: string;
  Information?: { Bias: number; DaylightBias: number; StandardBias: number };
}

export interface SiteCalendar {
  /** `YYYY-MM-DD` of a stored date-only value. */
  dateOf(stored: string): string;
  /** The instant SharePoint stores for a date: local midnight, in UTC. */
  midnightOf(date: string): string;
}

/** SharePoint's time zone ids for the zones a site of ours may use, with the rules of each. */
const ianaZones: Readonly<Record<number, string>> = {
  2: 'Europe/London', 3: 'Europe/Paris', 4: 'Europe/Stockholm', 10: 'America/New_York', 11: 'America/Chicago',
  12: 'America/Denver', 13: 'America/Los_Angeles', 76: 'Australia/Sydney', 93: 'UTC'
};

const dayMs = 86400000;

/** Minutes to add to UTC for the wall clock at an instant. */
type OffsetAt = (instant: number) => number;

function ianaOffset(zone: string): OffsetAt {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit'
  });
  return (instant) => {
    const part: Record<string, number> = {};
    for (const { type, value } of format.formatToParts(new Date(instant))) part[type] = Number(value);
    const wallClock = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute);
    return Math.round((wallClock - Math.floor(instant / 60000) * 60000) / 60000);
  };
}

export function siteCalendar(timeZone: SharePointTimeZone): SiteCalendar {
  const iana = ianaZones[timeZone.Id];
  const information = timeZone.Information ?? { Bias: 0, StandardBias: 0, DaylightBias: 0 };
  const offsetAt: OffsetAt = iana ? ianaOffset(iana) : () => -(information.Bias + information.StandardBias);
  // A zone outside the table keeps its standard offset, so a summer midnight reads as the evening
  // before: the daylight shift is added back before taking the date.
  const slackMs = iana ? 0 : Math.abs(information.DaylightBias) * 60000;
  // A year's items hold a few hundred distinct dates: each is worked out once (Intl is slow at 100,000).
  const dates = new Map<string, string>();
  const dateOf = (stored: string): string => {
    const instant = Date.parse(stored);
    if (!Number.isFinite(instant)) return stored.slice(0, 10);
    const local = instant + offsetAt(instant) * 60000 + slackMs;
    return new Date(Math.floor(local / dayMs) * dayMs).toISOString().slice(0, 10);
  };
  return {
    dateOf: (stored) => {
      let date = dates.get(stored);
      if (date === undefined) {
        date = dateOf(stored);
        if (dates.size < 10000) dates.set(stored, date);
      }
      return date;
    },
    midnightOf: (date) => {
      const midnightAsUtc = Date.parse(`${date}T00:00:00Z`);
      const firstGuess = midnightAsUtc - offsetAt(midnightAsUtc) * 60000;
      return new Date(midnightAsUtc - offsetAt(firstGuess) * 60000).toISOString().replace('.000Z', 'Z');
    }
  };
}

export async function readSiteCalendar(sp: SPFI): Promise<SiteCalendar> {
  return siteCalendar(await sp.web.regionalSettings.timeZone());
}
