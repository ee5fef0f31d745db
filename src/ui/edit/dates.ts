// Dates as the user's language writes them, one way throughout the UI: "14 mars 2023" in Swedish,
// "March 14, 2023" in English; a moment adds its time on the user's clock ("14 mars 2023 13:05").
import type { UiLocale } from '../common/text';

const dateParts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };

const dateKinds = {
  /** A calendar date, kept as the day it names. */
  day: { ...dateParts, timeZone: 'UTC' },
  moment: { ...dateParts, hour: '2-digit', minute: '2-digit' },
  momentDay: dateParts
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// One formatter per locale and kind: `toLocaleDateString` builds a new one on every call, as the
// summary's rows (a deadline each) call it.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: UiLocale, kind: keyof typeof dateKinds): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let found = dateFormats.get(key);
  if (found === undefined) {
    found = new Intl.DateTimeFormat(locale, dateKinds[kind]);
    dateFormats.set(key, found);
  }
  return found;
}

/** A calendar date (YYYY-MM-DD), read as that day wherever the browser is; anything else as it is. */
export function formatDate(isoDate: string | undefined, locale: UiLocale): string {
  if (isoDate === undefined || isoDate === '') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return dateFormat(locale, 'day').format(day);
}

/** A moment (ISO with time) as its date and time on the user's clock. */
export function formatDateTime(isoDateTime: string | undefined, locale: UiLocale): string {
  const date = momentOf(isoDateTime);
  if (date === undefined) return isoDateTime ?? '';
  return dateFormat(locale, 'moment').format(date);
}

/** The day a moment fell on, on the user's clock, written as formatDate writes days. */
export function formatMomentDate(isoDateTime: string | undefined, locale: UiLocale): string {
  const date = momentOf(isoDateTime);
  if (date === undefined) return isoDateTime ?? '';
  return dateFormat(locale, 'momentDay').format(date);
}

function momentOf(isoDateTime: string | undefined): Date | undefined {
  if (isoDateTime === undefined || isoDateTime === '') return undefined;
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
