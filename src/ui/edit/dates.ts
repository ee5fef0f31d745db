// Dates as the user's language writes them, one way throughout the UI: "14 mars 2023" in Swedish,
// "March 14, 2023" in English; a moment adds its time on the user's clock ("14 mars 2023 13:05").
import type { UiLocale } from '../common/text';

const dateParts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };

/** A calendar date (YYYY-MM-DD), read as that day wherever the browser is; anything else as it is. */
export function formatDate(isoDate: string | undefined, locale: UiLocale): string {
  if (isoDate === undefined || isoDate === '') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.toLocaleDateString(locale, { ...dateParts, timeZone: 'UTC' });
}

/** A moment (ISO with time) as its date and time on the user's clock. */
export function formatDateTime(isoDateTime: string | undefined, locale: UiLocale): string {
  const date = momentOf(isoDateTime);
  if (date === undefined) return isoDateTime ?? '';
  return date.toLocaleString(locale, { ...dateParts, hour: '2-digit', minute: '2-digit' });
}

/** The day a moment fell on, on the user's clock, written as formatDate writes days. */
export function formatMomentDate(isoDateTime: string | undefined, locale: UiLocale): string {
  const date = momentOf(isoDateTime);
  if (date === undefined) return isoDateTime ?? '';
  return date.toLocaleDateString(locale, dateParts);
}

function momentOf(isoDateTime: string | undefined): Date | undefined {
  if (isoDateTime === undefined || isoDateTime === '') return undefined;
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
